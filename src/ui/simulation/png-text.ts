// Text carried inside a PNG file: iTXt chunks (PNG 1.2 §11.3.4.5, UTF-8, uncompressed) written
// before IEND, and read back. The chart's PNG export carries the run's provenance this way, so
// the picture says where its simulated numbers came from wherever it is copied.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | null = null;
/** CRC-32 of a chunk's type and data (ISO 3309, as the PNG specification defines it). */
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Each chunk's type and where its data lies. */
function chunks(bytes: Uint8Array): { type: string; start: number; length: number }[] {
  if (!isPng(bytes)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { type: string; start: number; length: number }[] = [];
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) throw new Error(`PNG chunk ${type} runs past the file`);
    out.push({ type, start: at + 8, length });
    at += 12 + length;
  }
  return out;
}

/**
 * The PNG with an iTXt chunk per entry inserted before IEND. Keywords are 1–79 Latin-1
 * characters (the specification's rule); the text is any Unicode, stored as UTF-8.
 */
export function addPngText(
  bytes: Uint8Array,
  entries: Readonly<Record<string, string>>,
): Uint8Array {
  const end = chunks(bytes).find((c) => c.type === 'IEND');
  if (!end) throw new Error('PNG file without IEND');
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const [keyword, text] of Object.entries(entries)) {
    if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword))
      throw new Error(`not a PNG text keyword: ${keyword}`);
    const key = Uint8Array.from(keyword, (ch) => ch.charCodeAt(0));
    const value = encoder.encode(text);
    // keyword NUL, compression flag 0, method 0, language tag "" NUL, translated keyword "" NUL.
    const data = new Uint8Array(key.length + 5 + value.length);
    data.set(key, 0);
    data.set(value, key.length + 5);
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set([105, 84, 88, 116], 4); // "iTXt"
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    parts.push(chunk);
  }
  const at = end.start - 8;
  const size = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(bytes.length + size);
  out.set(bytes.subarray(0, at), 0);
  let offset = at;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  out.set(bytes.subarray(at), offset);
  return out;
}

/** The uncompressed iTXt and tEXt entries of a PNG, by keyword (checking each chunk's CRC). */
export function readPngText(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Record<string, string> = {};
  for (const { type, start, length } of chunks(bytes)) {
    if (type !== 'iTXt' && type !== 'tEXt') continue;
    const crc = view.getUint32(start + length);
    if (crc32(bytes.subarray(start - 4, start + length)) !== crc)
      throw new Error(`PNG chunk ${type}: bad CRC`);
    const data = bytes.subarray(start, start + length);
    const nul = data.indexOf(0);
    const keyword = String.fromCharCode(...data.subarray(0, nul));
    if (type === 'tEXt') {
      out[keyword] = String.fromCharCode(...data.subarray(nul + 1));
      continue;
    }
    if (data[nul + 1] !== 0) continue; // compressed: not written by us
    const language = data.indexOf(0, nul + 3);
    const translated = data.indexOf(0, language + 1);
    out[keyword] = decoder.decode(data.subarray(translated + 1));
  }
  return out;
}
