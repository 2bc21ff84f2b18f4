/**
 * Swedish exports are UTF-8 or Windows-1252 (Excel's "CSV (semikolonavgränsad)").
 * Decode strictly as UTF-8 first; invalid byte sequences mean it is not UTF-8.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced) return { text: new TextDecoder(forced).decode(bytes), encoding: forced };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
