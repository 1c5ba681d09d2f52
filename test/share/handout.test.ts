// The hand-out file: the network goes into a data block that no label can break out of, the
// shell's scripts are untouched (so their CSP hashes hold), and the policy covers every inline
// script and style of the file.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { exportLeadnet } from '../../src/core/formats/leadnet';
import {
  HANDOUT_BLOCK_ID,
  buildHandout,
  escapeJsonForScript,
  handoutFileName,
} from '../../src/share/handout';
import {
  appPolicy,
  cytoscapeStyleText,
  handoutPolicy,
  inlineBlocks,
  sha256Source,
  withHandoutPolicy,
} from '../../scripts/csp';

const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Leadnet hand-out</title>
    <script type="module">console.log("</body> is not the end \\x3C/script>");</script>
    <style>body{margin:0}</style>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

/** What an HTML parser would hand the app: the data block's text, found like the boot does. */
function blockText(html: string): string {
  const match = new RegExp(
    `<script type="application/json" id="${HANDOUT_BLOCK_ID}">([\\s\\S]*?)</script>`,
  ).exec(html);
  if (!match) throw new Error('no data block');
  return match[1]!;
}

describe('the hand-out data block', () => {
  it('carries the network exactly', () => {
    const json = exportLeadnet(createExampleDocument());
    const html = buildHandout(SHELL, json, 'Example');
    expect(JSON.parse(blockText(html))).toEqual(JSON.parse(json));
  });

  it('labels with </script>, <!-- and & cannot end the block or open a comment', () => {
    const base = createExampleDocument();
    const label = '</script><script>alert(1)</script><!-- & -->';
    const doc = {
      ...base,
      meta: { ...base.meta, title: '</title><script>x</script>' },
      actors: [{ ...base.actors[0]!, label }, ...base.actors.slice(1)],
    };
    const html = buildHandout(SHELL, exportLeadnet(doc), doc.meta.title);
    const inside = blockText(html);
    expect(inside).not.toMatch(/[<>&]/);
    expect(JSON.parse(inside).actors[0].label).toBe(label);
    // the title is escaped text, and no new executable script appeared
    expect(html).toContain(
      '<title>\u2068&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;\u2069 – Leadnet</title>',
    );
    expect(inlineBlocks(html).scripts).toEqual(inlineBlocks(SHELL).scripts);
  });

  test.prop([fc.string({ unit: 'grapheme' })])('escaped JSON parses back to the same text', (s) => {
    const escaped = escapeJsonForScript(JSON.stringify(s));
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(escaped)).toBe(s);
  });

  it('goes before the real </body>, not one inside a script', () => {
    const html = buildHandout(SHELL, '{}', 'x');
    expect(html.indexOf(HANDOUT_BLOCK_ID)).toBeGreaterThan(html.indexOf('<div id="app">'));
    expect(html).toContain('console.log("</body> is not the end');
  });

  it('a title with a right-to-left override is isolated, so the tab reads “… – Leadnet”', () => {
    const html = buildHandout(SHELL, '{}', 'Ward A\u202E');
    expect(html).toContain('<title>\u2068Ward A\u202E\u2069 – Leadnet</title>');
  });

  it('a title with $& stays text', () => {
    expect(buildHandout(SHELL, '{}', 'A $& B')).toContain(
      '<title>\u2068A $&amp; B\u2069 – Leadnet</title>',
    );
  });

  it('refuses a page that is not a shell', () => {
    expect(() => buildHandout('<p>hi</p>', '{}', 'x')).toThrow(/shell/);
  });

  it('names the file after the network', () => {
    expect(handoutFileName('Region Nord: QI / 2025')).toBe('Region Nord QI 2025 (hand-out).html');
    expect(handoutFileName(undefined)).toBe('network (hand-out).html');
    expect(handoutFileName('  ')).toBe('network (hand-out).html');
  });
});

describe('the policies', () => {
  it("hashes Cytoscape's injected style as it is in the installed source", () => {
    // The text the renderer puts in its <style> element (cytoscape 3.x).
    expect(cytoscapeStyleText()).toBe('.__________cytoscape_container { position: relative; }');
    expect(appPolicy()).toContain(sha256Source(cytoscapeStyleText()));
  });

  it('fails loudly when the source no longer has that style', () => {
    expect(() => cytoscapeStyleText('var x = 1;')).toThrow(/CSP/);
  });

  it('sha256Source hashes as browsers do (a known value)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(sha256Source('a\r\nb')).toBe(sha256Source('a\nb'));
  });

  it("the app's policy is strict: nothing inline, nothing from elsewhere", () => {
    const policy = appPolicy();
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-|\*|https?:/);
  });

  it("the hand-out's policy allows its own inline code by hash, and nothing to fetch", () => {
    const html = withHandoutPolicy(SHELL);
    const policy = /content="([^"]+)"/.exec(html)![1]!;
    const { scripts, styles } = inlineBlocks(SHELL);
    expect(scripts).toHaveLength(1);
    expect(styles).toEqual(['body{margin:0}']);
    expect(policy).toContain(`script-src ${sha256Source(scripts[0]!)};`);
    expect(policy).toContain(sha256Source('body{margin:0}'));
    expect(policy).toContain('worker-src blob:');
    expect(policy).not.toMatch(/connect-src|'self'|unsafe-/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(handoutPolicy(['a'], ['b'])).toMatch(/^default-src 'none'/);
  });

  it('a data block is not an inline script the policy must cover', () => {
    const filled = buildHandout(SHELL, '{"a":1}', 'x');
    expect(inlineBlocks(filled).scripts).toEqual(inlineBlocks(SHELL).scripts);
  });
});
