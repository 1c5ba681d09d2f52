// The overview's figures for files (docs/overview.md): people, ties, the positions' verdict and
// the tie-length ratio behind it, the groups found, and how long computeOverview takes in Node
// (the same code the worker runs). `npx tsx scripts/overview-figures.ts FILE…`
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importNetwork } from '../src/core/formats/index';
import { computeOverview } from '../src/core/layout/communities';
import { undirectedPairs } from '../src/core/layout/overview';

for (const file of process.argv.slice(2)) {
  const imported = importNetwork({ name: basename(file), text: readFileSync(file, 'utf8') });
  if (!imported.ok) throw new Error(`${file}: refused`);
  const doc = imported.doc;
  const pairs = undirectedPairs(doc);
  const n = doc.actors.length;
  const placed = doc.actors.every((a) => a.position);
  let ratio: number | null = null;
  if (placed && pairs.length && n > 1) {
    const at = (i: number) => doc.actors[i]!.position!;
    const dist = (a: number, b: number) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    let tied = 0;
    for (let k = 0; k < pairs.length; k += 2) tied += dist(pairs[k]!, pairs[k + 1]!);
    const stride = Math.max(1, Math.floor(n * 0.618)) % n || 1;
    let spread = 0;
    for (let i = 0; i < n; i += 1) spread += dist(i, (i + stride) % n);
    ratio = tied / (pairs.length / 2) / (spread / n);
  }
  const start = performance.now();
  const overview = computeOverview(doc);
  const ms = performance.now() - start;
  console.log(
    `${basename(file)}: ${n} people, ${pairs.length / 2} tied pairs; positions ${overview.verdict}` +
      (ratio === null ? '' : ` (tie/spread ratio ${ratio.toFixed(3)})`) +
      `; ${overview.groups.count} ${overview.groups.source === 'document' ? 'teams' : 'communities'}` +
      ` (largest ${Math.max(...overview.groups.members.map((m) => m.length))});` +
      ` computeOverview ${Math.round(ms)} ms`,
  );
}
