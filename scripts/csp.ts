// The Content-Security-Policy of the production build and of the hand-out file, written at
// build time. Cytoscape injects one <style> element; its hash is computed from the installed
// cytoscape's source, so an upgrade that changes that text changes the policy with it (and the
// browser tests, which fail on any violation, catch a source that can no longer be read).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** `'sha256-…'` of a script's or style's text, as the browser hashes it (CRLF read as LF). */
export function sha256Source(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** The text of the <style> element Cytoscape adds to the page's head, read from its source. */
export function cytoscapeStyleText(source = readCytoscapeSource()): string {
  const className = /var className = '(__+cytoscape_container)';/.exec(source)?.[1];
  const rule = /stylesheet\.textContent = '\.' \+ className \+ '([^']*)';/.exec(source)?.[1];
  if (!className || rule === undefined)
    throw new Error(
      "Cannot find the <style> text Cytoscape injects in its source: the CSP's style hash would be wrong. Read cytoscape's renderer and update scripts/csp.ts.",
    );
  return `.${className}${rule}`;
}

/** The ES module build of the installed cytoscape: the file the app bundles. */
function readCytoscapeSource(): string {
  const require = createRequire(import.meta.url);
  // cytoscape's "exports" hide package.json: find its folder from the CommonJS entry.
  const folder = join(dirname(require.resolve('cytoscape')), '..');
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { module: string };
  return readFileSync(join(folder, pkg.module), 'utf8');
}

/**
 * The app's policy. Beyond `default-src 'none'` each source is there for one reason:
 * - script-src 'self': the bundled app and the service worker's registration; nothing inline.
 * - worker-src 'self': the analysis workers (module workers from /assets) and the service worker.
 * - style-src 'self' + one hash: the app's stylesheet, and Cytoscape's injected <style>.
 * - img-src 'self' data: blob:: the icon; the chart's PNG export draws the SVG through an
 *   Image from a blob: URL; data: for images libraries build in memory (Cytoscape, Plot).
 * - connect-src 'self': the Export menu fetches the hand-out shell from the app's own origin;
 *   workbox fetches the precache from it.
 * - font-src 'self', manifest-src 'self': the web app manifest (and any font) from the origin.
 * - base-uri, form-action, object-src 'none': no <base>, no forms posting, no plugins.
 */
export function appPolicy(
  styleHashes: readonly string[] = [sha256Source(cytoscapeStyleText())],
): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The header adds what a <meta> policy cannot carry: no framing by other sites. */
export function appHeaderPolicy(): string {
  return `${appPolicy()}; frame-ancestors 'none'`;
}

/**
 * The hand-out's policy: it opens from file://, where 'self' means nothing reliable, so every
 * inline script and style is allowed by its hash alone. `worker-src blob:` because the workers
 * are inlined and started from blob: URLs. No connect-src: the hand-out fetches nothing.
 */
export function handoutPolicy(
  scriptHashes: readonly string[],
  styleHashes: readonly string[],
): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    'worker-src blob:',
    `style-src ${styleHashes.join(' ')}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/**
 * Adds the app's policy as a <meta> to the production build only: the dev server injects inline
 * code of its own that a strict policy would block.
 */
export function appCspPlugin(): Plugin {
  return {
    name: 'leadnet:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: appPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The inline scripts' and styles' texts of an HTML file (the ones a CSP hash must allow). */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1]!;
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    // Data blocks (application/json) are never run, so the policy does not cover them.
    if (type && type !== 'module' && !/javascript/i.test(type)) continue;
    scripts.push(match[2]!);
  }
  // Styles are looked for outside the scripts: a script may hold the text "<style>".
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  for (const match of withoutScripts.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    styles.push(match[1]!);
  return { scripts, styles };
}

/** Puts the hand-out's policy, hashing every inline script and style, at the top of the head. */
export function withHandoutPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"'))
    throw new Error('The hand-out shell already has a CSP meta: it would be enforced as well.');
  const { scripts, styles } = inlineBlocks(html);
  const policy = handoutPolicy(scripts.map(sha256Source), [
    ...styles.map(sha256Source),
    sha256Source(cytoscapeStyleText()),
  ]);
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  const at = charset ? charset.index + charset[0].length : html.indexOf('<head>') + '<head>'.length;
  return `${html.slice(0, at)}\n    ${cspMeta(policy)}${html.slice(at)}`;
}
