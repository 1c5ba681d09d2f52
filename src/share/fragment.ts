// A network carried in a link's fragment (`#doc=…`): the Leadnet JSON compressed with zlib
// (deflate plus an Adler-32 checksum) and written in base64url. Browsers never send the fragment
// to a server. Decoding only unpacks the text; the caller validates it through the import path.
import { Inflate, strFromU8, strToU8, zlibSync } from 'fflate';
import { adler32, fromBase64Url, toBase64Url } from '../core/bytes';

import {
  FRAGMENT_LIMIT,
  FRAGMENT_PREFIX,
  MAIL_SAFE_LENGTH,
  isShareFragment,
} from './fragment-prefix';

export { FRAGMENT_LIMIT, FRAGMENT_PREFIX, MAIL_SAFE_LENGTH, isShareFragment };

/** Unpacked text over this size is refused: a small link must not inflate into a huge one. */
export const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

/**
 * JSON text longer than this cannot compress under the limit (JSON rarely shrinks more than
 * about 20 times): refused before compressing, so the page never spends long on it.
 */
export const MAX_TEXT_TO_TRY = FRAGMENT_LIMIT * 40;

export type EncodeResult =
  | { ok: true; fragment: string; length: number }
  | { ok: false; length: number | null; limit: number };

/** Packs Leadnet JSON into a fragment (`#doc=…`), or says how far it is over the limit. */
export function encodeFragment(json: string, limit = FRAGMENT_LIMIT): EncodeResult {
  if (json.length > MAX_TEXT_TO_TRY) return { ok: false, length: null, limit };
  const packed = zlibSync(strToU8(json), { level: 9 });
  const fragment = FRAGMENT_PREFIX + toBase64Url(packed);
  if (fragment.length > limit) return { ok: false, length: fragment.length, limit };
  return { ok: true, fragment, length: fragment.length };
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Unpacks a fragment made by encodeFragment. A damaged, cut-off or altered link gives an error
 * in plain words, never a throw: the checksum catches changed data, the sizes catch bombs.
 */
export function decodeFragment(hash: string, limit = FRAGMENT_LIMIT): DecodeResult {
  if (!isShareFragment(hash))
    return { ok: false, error: 'the link does not carry a network (no #doc= part)' };
  if (hash.length > limit)
    return {
      ok: false,
      error: `the link's network part is ${hash.length} characters; Leadnet reads links up to ${limit}`,
    };
  const bytes = fromBase64Url(hash.slice(FRAGMENT_PREFIX.length));
  if (!bytes)
    return { ok: false, error: 'the link is damaged: it has characters a link never has' };
  if (bytes.length < 6 || !isZlibHeader(bytes))
    return { ok: false, error: 'the link is damaged or cut off: its data does not start right' };
  let unpacked: Uint8Array;
  try {
    unpacked = inflateCapped(bytes.subarray(2, -4), MAX_UNPACKED_BYTES);
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof TooLarge
          ? `the link unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: not a link Leadnet made`
          : 'the link is damaged or cut off: its data cannot be unpacked',
    };
  }
  const stored = readUint32(bytes, bytes.length - 4);
  if (adler32(unpacked) !== stored)
    return { ok: false, error: 'the link is damaged or was changed: its checksum does not match' };
  try {
    return { ok: true, text: strFromU8(unpacked) };
  } catch {
    return { ok: false, error: 'the link is damaged: its text is not valid UTF-8' };
  }
}

class TooLarge extends Error {}

function inflateCapped(body: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > cap) throw new TooLarge();
    chunks.push(chunk);
    if (final) done = true;
  });
  inflater.push(body, true);
  if (!done) throw new Error('incomplete');
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function isZlibHeader(bytes: Uint8Array): boolean {
  const cmf = bytes[0]!;
  const flg = bytes[1]!;
  // deflate (method 8), no preset dictionary, header checksum ok (RFC 1950 §2.2)
  return (cmf & 0x0f) === 8 && (flg & 0x20) === 0 && ((cmf << 8) | flg) % 31 === 0;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  );
}

// The bytes-as-text helpers live in src/core (the roster survey's links use them too).
export { adler32, fromBase64Url, toBase64Url } from '../core/bytes';
