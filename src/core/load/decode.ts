/**
 * Bytes to text, for files as Excel saves them: a byte-order mark names the encoding (UTF-8 from "CSV UTF-8",
 * UTF-16 from "Unicode text"); without one, text that is valid UTF-8 is UTF-8, and anything else is read as
 * Windows-1252, what Excel's default "CSV (Comma delimited)" writes on a UK or European PC.
 */
import { t } from '../i18n/index.js';
import { type Said, said } from '../problems.js';

export type Encoding = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when a byte-order mark named the encoding; false when it was worked out from the bytes. */
  marked: boolean;
}

/**
 * Windows-1252's bytes 0x80–0x9F (the rest is Latin-1); 0 for the five bytes it leaves undefined. Decoded here,
 * not by `TextDecoder('windows-1252')`, which some runtimes (Node) read as Latin-1.
 */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] || b : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Reads bytes as text: by byte-order mark, else UTF-8 when valid, else Windows-1252. The mark is dropped. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8', marked: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'UTF-16 LE',
      marked: true,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'UTF-16 BE',
      marked: true,
    };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
      marked: false,
    };
  } catch {
    return { text: windows1252(bytes), encoding: 'Windows-1252', marked: false };
  }
}

/**
 * The note under a widget whose JSON file was not UTF-8 (JSON's own encoding), or undefined: as a CSV file's
 * note does (csv.ts `readingNote`), it says how the file was read, so that a wrong letter has a known cause.
 */
export function jsonReadingNote(encoding: Encoding): Said | undefined {
  if (encoding === 'Windows-1252') return said((l) => t(l, 'decode.json1252'));
  if (encoding !== 'UTF-8') return said((l) => t(l, 'decode.jsonUtf16'));
  return undefined;
}
