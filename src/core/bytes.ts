// Bytes as text and their checksums, DOM-free (the worker, Node and the page alike): base64url
// for links, Crockford's base32 for codes a person may read aloud or type, Adler-32 (what zlib
// writes) and CRC-32 (IEEE 802.3) to tell a damaged or altered text from a good one.

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUE = new Map([...BASE64URL].map((c, i) => [c, i]));

/** Bytes as base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Null when the text is not base64url (padding is not allowed). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = BASE64URL_VALUE.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Crockford's base32 alphabet: no I, L, O or U, so nothing reads as another character. */
export const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE32_VALUE = new Map([...BASE32].map((c, i) => [c, i]));
// Read as the digits they look like (Crockford): a typed O is a zero, an I a one.
BASE32_VALUE.set('O', 0);
BASE32_VALUE.set('I', 1);

/** Bytes as Crockford base32 (upper case, no padding). */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** Null when a character is not in the alphabet (case does not matter). */
export function fromBase32(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text.toUpperCase()) {
    const value = BASE32_VALUE.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (at < out.length) out[at++] = (buffer >> bits) & 0xff;
    }
  }
  // Only the canonical spelling is read: the last character's spare bits are zero, and no
  // character is left over. Else a changed last character could read as the same bytes.
  if (bits >= 5 || (buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** RFC 1950's Adler-32, which fflate writes but does not check when unpacking. */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length;) {
    const end = Math.min(i + 3800, data.length); // sums stay exact below 2^53 between modulos
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip and PNG use it). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** FNV-1a, 32 bits, of a text's UTF-16 code units: a short fingerprint, not a protection. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
