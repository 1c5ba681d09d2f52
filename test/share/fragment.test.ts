// Share links: a network survives the trip through the fragment unchanged; the size limit holds;
// a damaged, cut-off or altered link is refused with a message, never a throw or a wrong network.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { deflateSync, strToU8, zlibSync } from 'fflate';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { importNetwork } from '../../src/core/formats';
import { exportLeadnet } from '../../src/core/formats/leadnet';
import {
  FRAGMENT_LIMIT,
  FRAGMENT_PREFIX,
  MAX_UNPACKED_BYTES,
  adler32,
  decodeFragment,
  encodeFragment,
  fromBase64Url,
  toBase64Url,
} from '../../src/share/fragment';

function linkOf(json: string): string {
  const encoded = encodeFragment(json);
  if (!encoded.ok) throw new Error(`over the limit: ${encoded.length}`);
  return encoded.fragment;
}

describe('share link fragment', () => {
  it('round-trips the example network through the import path unchanged', () => {
    const doc = createExampleDocument();
    const fragment = linkOf(exportLeadnet(doc));
    expect(fragment.startsWith('#doc=')).toBe(true);
    expect(fragment).toMatch(/^#doc=[A-Za-z0-9_-]+$/); // nothing a URL would need to escape
    const decoded = decodeFragment(fragment);
    expect(decoded.ok).toBe(true);
    const imported = importNetwork({ name: 'link', text: decoded.ok ? decoded.text : '' });
    expect(imported.ok && imported.doc).toEqual(doc);
  });

  it('keeps unicode and markup in labels exactly', () => {
    const label = 'Søren Ærø – «leder» 👩‍⚕️ </script><!--';
    const base = createExampleDocument();
    const doc = { ...base, actors: [{ ...base.actors[0]!, label }, ...base.actors.slice(1)] };
    const decoded = decodeFragment(linkOf(exportLeadnet(doc)));
    expect(decoded.ok && JSON.parse(decoded.text).actors[0].label).toBe(label);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 2000 })])('any text round-trips', (text) => {
    const decoded = decodeFragment(linkOf(text));
    expect(decoded).toEqual({ ok: true, text });
  });

  it('fits a network of a few hundred people under the limit, and refuses a large one', () => {
    const medium = exportLeadnet(createSyntheticNetwork({ actors: 150, seed: 3 }));
    const ok = encodeFragment(medium);
    expect(ok.ok).toBe(true);
    expect(ok.length).toBeLessThanOrEqual(FRAGMENT_LIMIT);

    const large = exportLeadnet(createSyntheticNetwork({ actors: 1500, seed: 3 }));
    const refused = encodeFragment(large);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? 0 : (refused.length ?? Infinity)).toBeGreaterThan(FRAGMENT_LIMIT);
  });

  it('refuses text too long to try without compressing it', () => {
    const huge = 'x'.repeat(FRAGMENT_LIMIT * 41);
    expect(encodeFragment(huge)).toEqual({ ok: false, length: null, limit: FRAGMENT_LIMIT });
  });

  it('a limit is a limit: exactly at it is fine, one over is refused', () => {
    const json = exportLeadnet(createExampleDocument());
    const length = linkOf(json).length;
    expect(encodeFragment(json, length).ok).toBe(true);
    expect(encodeFragment(json, length - 1).ok).toBe(false);
    expect(decodeFragment(linkOf(json), length - 1)).toEqual({
      ok: false,
      error: expect.stringContaining(`up to ${length - 1}`),
    });
  });
});

describe('damaged and altered links', () => {
  const good = linkOf(exportLeadnet(createExampleDocument()));

  it('a link cut short (a mail client wrapping it) is refused', () => {
    for (const keep of [good.length - 1, good.length - 7, Math.floor(good.length / 2), 9]) {
      const result = decodeFragment(good.slice(0, keep));
      expect(result.ok, `cut at ${keep}`).toBe(false);
    }
  });

  it('a changed character is caught by the checksum or the unpacking', () => {
    const body = good.slice(FRAGMENT_PREFIX.length);
    for (const at of [10, 100, Math.floor(body.length / 2), body.length - 10]) {
      const swapped = body[at] === 'A' ? 'B' : 'A';
      const tampered = FRAGMENT_PREFIX + body.slice(0, at) + swapped + body.slice(at + 1);
      const result = decodeFragment(tampered);
      expect(result.ok, `changed at ${at}`).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(/damaged|changed|cut off/);
    }
  });

  it('tampered data with a matching checksum still goes through the import checks', () => {
    // Someone who rewrites the JSON and packs it again makes a well-formed link: the checksum
    // cannot catch that, the import path must (here: a tie to nobody).
    const doc = createExampleDocument() as unknown as { ties: { target: string }[] };
    doc.ties[0]!.target = 'nobody';
    const decoded = decodeFragment(linkOf(JSON.stringify(doc)));
    expect(decoded.ok).toBe(true);
    const imported = importNetwork({ name: 'link', text: decoded.ok ? decoded.text : '' });
    expect(imported.ok).toBe(false);
    expect(JSON.stringify(imported)).toContain('nobody');
  });

  it('names what is wrong', () => {
    expect(decodeFragment('#other=1')).toEqual({
      ok: false,
      error: expect.stringContaining('#doc='),
    });
    expect(decodeFragment('#doc=ab$cd')).toEqual({
      ok: false,
      error: expect.stringContaining('characters'),
    });
    expect(decodeFragment('#doc=')).toEqual({ ok: false, error: expect.stringContaining('start') });
    // raw deflate without the zlib header
    const raw = FRAGMENT_PREFIX + toBase64Url(deflateSync(strToU8('{"a":1}')));
    expect(decodeFragment(raw).ok).toBe(false);
  });

  it('refuses a small link that unpacks into a huge text (a zip bomb)', () => {
    const bomb = zlibSync(new Uint8Array(MAX_UNPACKED_BYTES + 1024), { level: 9 });
    const fragment = FRAGMENT_PREFIX + toBase64Url(bomb);
    expect(fragment.length).toBeLessThan(FRAGMENT_LIMIT);
    expect(decodeFragment(fragment)).toEqual({
      ok: false,
      error: expect.stringContaining('unpacks to more than'),
    });
  });
});

describe('the pieces', () => {
  it('adler32 matches the RFC 1950 value of "Wikipedia"', () => {
    // The worked example on the Adler-32 Wikipedia page: 0x11E60398.
    expect(adler32(strToU8('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array())).toBe(1);
  });

  it('adler32 agrees with the checksum fflate writes, on long input', () => {
    const data = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
    const packed = zlibSync(data);
    const view = new DataView(packed.buffer, packed.byteOffset + packed.length - 4, 4);
    expect(adler32(data)).toBe(view.getUint32(0));
  });

  test.prop([fc.uint8Array({ maxLength: 300 })])('base64url round-trips bytes', (bytes) => {
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });
});
