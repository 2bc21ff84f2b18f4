import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

/** Windows-1252 bytes of a string, for the characters this test uses. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '–': 0x96, '€': 0x80, '’': 0x92 };
  return Uint8Array.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

describe('decodeText', () => {
  it('reads Windows-1252 å, ä, ö as one byte each', () => {
    const bytes = cp1252('Våldsbrott;Sankt Göransgatan;Skadegörelse');
    expect(bytes.length).toBe('Våldsbrott;Sankt Göransgatan;Skadegörelse'.length);
    expect(decodeText(bytes)).toEqual({
      text: 'Våldsbrott;Sankt Göransgatan;Skadegörelse',
      encoding: 'windows-1252',
    });
  });

  it('reads the Windows-1252 characters at 0x80–0x9F, not control characters', () => {
    expect(decodeText(cp1252('Vasagatan 1–3, 50 €, Lars’ kiosk')).text).toBe('Vasagatan 1–3, 50 €, Lars’ kiosk');
  });

  it('keeps UTF-8 as UTF-8, with or without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Våldsbrott'))).toEqual({ text: 'Våldsbrott', encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Våld')]);
    expect(decodeText(withBom).text).toBe('Våld'); // TextDecoder drops the BOM
  });

  it('uses a forced encoding', () => {
    expect(decodeText(new TextEncoder().encode('Våld'), 'windows-1252').text).toBe('VÃ¥ld');
  });
});
