import { decodeText, type TextEncodingName } from '../decodeText';

/** Turns a byte range of the file into the same string the general path's whole-file decoding gives. */
export type FieldDecoder = (b: Uint8Array, start: number, end: number) => string;

/** Each byte's character in Windows-1252, taken from decodeText so both paths agree. */
let cp1252Chars: string[] | null = null;

function cp1252Table(): string[] {
  if (!cp1252Chars) {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeText(all, 'windows-1252').text;
    if (text.length !== 256) throw new Error('Windows-1252 should decode one character per byte');
    cp1252Chars = [...text];
  }
  return cp1252Chars;
}

function ascii(b: Uint8Array, start: number, end: number): string | null {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c >= 0x80) return null;
    s += String.fromCharCode(c);
  }
  return s;
}

export function fieldDecoder(encoding: TextEncodingName): FieldDecoder {
  if (encoding === 'utf-8') {
    const utf8 = new TextDecoder('utf-8');
    return (b, start, end) => ascii(b, start, end) ?? utf8.decode(b.subarray(start, end));
  }
  const table = cp1252Table();
  return (b, start, end) => {
    let s = '';
    for (let i = start; i < end; i++) s += table[b[i]];
    return s;
  };
}

/** The inverse of the field decoder: a text's bytes in the file's encoding (every character it decodes to has one). */
export function fieldEncoder(encoding: TextEncodingName): (text: string) => Uint8Array {
  if (encoding === 'utf-8') {
    const utf8 = new TextEncoder();
    return (text) => utf8.encode(text);
  }
  const byteOf = new Map(cp1252Table().map((c, i) => [c, i]));
  return (text) =>
    Uint8Array.from(text, (c) => {
      const byte = byteOf.get(c);
      if (byte === undefined) throw new Error(`no Windows-1252 byte for U+${c.charCodeAt(0)}`);
      return byte;
    });
}
