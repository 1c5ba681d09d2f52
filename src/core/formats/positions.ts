// A file's own drawing (issue 13): tools that keep positions as plain node attributes — a
// GraphML with `x` and `y` keys (the airlines sample, Gephi's and igraph's exports), a GEXF or a
// CSV node table with x and y columns — are drawn where the file put them. The readers already
// take GEXF `viz:position`, yEd geometry, Cytoscape `position` and graphology's x/y; this picks up
// the rest. Leadnet's own files (escaped names, a carrier) keep x and y as the attributes they are.
import { say } from './messages';
import type { RawAttributes, RawGraph } from './raw';
import type { ReportCollector } from './report';

/** A coordinate as a file writes it: a number, or a numeric text ("12.5"). */
function coordinate(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value.trim())
        : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** The attribute named `name` in any case (`x`, `X`), if there is exactly one. */
function keyOf(attributes: RawAttributes, name: string): string | undefined {
  if (attributes.has(name)) return name;
  const found = [...attributes.keys()].filter((k) => k.trim().toLowerCase() === name);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Moves each node's numeric x and y attributes into its position (and out of its attributes),
 * for nodes the reader placed nowhere. Only when every node that has both has numbers in them:
 * an `x` column of words is an attribute, not a drawing.
 */
export function positionsFromAttributes(raw: RawGraph, report: ReportCollector): void {
  if (raw.escapedNames || raw.carrier !== undefined) return;
  const found: { index: number; x: number; y: number; keys: [string, string] }[] = [];
  for (const [index, node] of raw.nodes.entries()) {
    if (node.position) continue;
    const kx = keyOf(node.attributes, 'x');
    const ky = keyOf(node.attributes, 'y');
    if (kx === undefined || ky === undefined) continue;
    const x = coordinate(node.attributes.get(kx));
    const y = coordinate(node.attributes.get(ky));
    if (x === undefined || y === undefined) return;
    found.push({ index, x, y, keys: [kx, ky] });
  }
  if (!found.length) return;
  for (const { index, x, y, keys } of found) {
    const node = raw.nodes[index]!;
    node.position = { x, y };
    node.attributes.delete(keys[0]);
    node.attributes.delete(keys[1]);
  }
  report.add(
    'notes',
    say('fmt_note_positions_xy', {}),
    raw.nodes[found[0]!.index]!.where,
    found.length,
  );
}
