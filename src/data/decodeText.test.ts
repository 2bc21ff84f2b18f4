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
    expect(decodeText(cp1252('Vasagatan 1–3, 50 €, Lars’ kiosk')).text).toBe(
      'Vasagatan 1–3, 50 €, Lars’ kiosk',
    );
  });

  it('keeps UTF-8 as UTF-8, with or without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Våldsbrott'))).toEqual({
      text: 'Våldsbrott',
      encoding: 'utf-8',
    });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Våld')]);
    expect(decodeText(withBom).text).toBe('Våld'); // TextDecoder drops the BOM
  });

  it('uses a forced encoding', () => {
    expect(decodeText(new TextEncoder().encode('Våld'), 'windows-1252').text).toBe('VÃ¥ld');
  });
});

describe('decodeText: Mac and UTF-16 exports', () => {
  /** "Våldsbrott;Söder;Skadegörelse;Årsta" as Excel for Mac writes it ("CSV (Macintosh)", CR line ends). */
  const macRoman = Uint8Array.from(
    [...'Våldsbrott;Söder\rSkadegörelse;Årsta\r'].map(
      (c) => ({ å: 0x8c, ö: 0x9a, Å: 0x81 })[c] ?? c.charCodeAt(0),
    ),
  );

  it('recognises Mac Roman and never garbles å, ä, ö into "VŒldsbrott"', () => {
    expect(decodeText(macRoman)).toEqual({
      text: 'Våldsbrott;Söder\rSkadegörelse;Årsta\r',
      encoding: 'macintosh',
    });
  });

  it('still reads Windows-1252 as Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0x56, 0xe5, 0x6c, 0x64])).encoding).toBe('windows-1252');
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...'Våld'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = Uint8Array.from([0xfe, 0xff, ...[...'Våld'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeText(le)).toEqual({ text: 'Våld', encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: 'Våld', encoding: 'utf-16be' });
  });
});
