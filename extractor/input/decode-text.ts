export type DecodeResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; warning: string };

/** Share of control bytes above which a file is treated as binary rather than text. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Decodes a file's bytes as UTF-8 (BOM removed), falling back to Windows-1252
 * with a warning, and rejects what is not text at all.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.every(isBlankByte)) return { ok: false, warning: 'is empty' };
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) return { ok: true, text: new TextDecoder(utf16).decode(bytes), warnings: [] };
  if (looksBinary(bytes)) return { ok: false, warning: 'looks binary, not text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return decodeInvalidUtf8(bytes);
  }
}

/**
 * A file with more good UTF-8 characters than broken bytes (a bad copy-paste)
 * keeps its UTF-8 reading; one whose non-ASCII bytes are mostly invalid was
 * written in Windows-1252, the usual legacy encoding of news sites.
 */
function decodeInvalidUtf8(bytes: Uint8Array): DecodeResult {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const invalid = lenient.match(/\uFFFD/g)?.length ?? 0;
  const nonAscii = lenient.match(/[\u0080-\uffff]/g)?.length ?? 0;
  if (nonAscii - invalid > invalid) {
    const bytesThat = invalid === 1 ? 'byte that is' : 'bytes that are';
    return { ok: true, text: lenient, warnings: [`has ${invalid} ${bytesThat} not valid UTF-8; replaced with �`] };
  }
  return { ok: true, text: decodeWindows1252(bytes), warnings: ['is not valid UTF-8; read as Windows-1252'] };
}

/** UTF-16 files are full of NUL bytes, so their byte-order mark is checked before the binary test. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isBlankByte(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) return true;
    if (byte < 0x20 && !isBlankByte(byte)) controls += 1;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE;
}

/**
 * Windows-1252 is Latin-1 except for 0x80-0x9F, where it has typographic quotes,
 * dashes and the euro sign. Node's TextDecoder treats the label as Latin-1 and
 * would turn curly quotes into control characters, so that range is mapped here.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}
