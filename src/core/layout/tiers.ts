// Role-tier layouts: a top-down hierarchy that follows the group tree, and concentric rings
// by role tier with each team in its own sector. Both are pure and return positions in
// `doc.actors` order as [x0, y0, x1, y1, …].
import type { NetworkDocument } from '../document/types';

/** Managers and regional coordinators lead the hierarchy; coordinators next; members last. */
export const ROLE_TIERS: Readonly<Record<string, number>> = {
  manager: 0,
  'regional-coordinator': 0,
  coordinator: 1,
  member: 2,
};
const OTHER_TIER = 2;

export function roleTier(role: string): number {
  return Object.prototype.hasOwnProperty.call(ROLE_TIERS, role)
    ? (ROLE_TIERS[role] as number)
    : OTHER_TIER;
}

/** The group tree: each group's child groups and own actors, in document order. */
interface GroupTree {
  roots: number[];
  childGroups: number[][];
  ownActors: number[][];
  /** Actors that belong to no group. */
  looseActors: number[];
}

function buildGroupTree(doc: NetworkDocument): GroupTree {
  const groupIndex = new Map<string, number>();
  doc.groups.forEach((g, i) => groupIndex.set(g.id, i));
  const childGroups: number[][] = doc.groups.map(() => []);
  const ownActors: number[][] = doc.groups.map(() => []);
  const roots: number[] = [];
  doc.groups.forEach((g, i) => {
    const parent = g.parent === undefined ? undefined : groupIndex.get(g.parent);
    if (parent === undefined) roots.push(i);
    else childGroups[parent]?.push(i);
  });
  const looseActors: number[] = [];
  doc.actors.forEach((a, i) => {
    const group = a.group === undefined ? undefined : groupIndex.get(a.group);
    if (group === undefined) looseActors.push(i);
    else ownActors[group]?.push(i);
  });
  return { roots, childGroups, ownActors, looseActors };
}

/**
 * The groups under the roots, each after its parent (pre-order), walked with a stack rather than
 * recursion: a chain of groups nested thousands deep must not overflow the call stack. Read
 * backwards, every group comes after all the groups under it.
 */
function topDown(tree: GroupTree): number[] {
  const order: number[] = [];
  const stack = tree.roots.slice().reverse();
  const seen = new Uint8Array(tree.childGroups.length);
  while (stack.length > 0) {
    const g = stack.pop()!;
    if (seen[g]) continue;
    seen[g] = 1;
    order.push(g);
    const children = tree.childGroups[g] ?? [];
    for (let k = children.length - 1; k >= 0; k -= 1) stack.push(children[k]!);
  }
  return order;
}

export interface HierarchyOptions {
  /** Horizontal distance between actors in a row. */
  spacingX?: number;
  /** Vertical distance between rows. */
  spacingY?: number;
  /** Space between sibling groups and around a group's content (room for compound borders). */
  gap?: number;
  /** The width/height ratio sibling groups are wrapped towards (a screen is about 1.6). */
  aspect?: number;
}

interface Shelf {
  blocks: Placed[];
  width: number;
  height: number;
}

/** Wraps sibling blocks into shelves, choosing the shelf count whose shape is nearest `aspect`. */
function arrangeBlocks(
  blocks: Placed[],
  gap: number,
  rowsWidth: number,
  rowsHeight: number,
  aspect: number,
): Shelf[] {
  let best: Shelf[] = [];
  let bestScore = Infinity;
  for (let count = 1; count <= Math.max(1, blocks.length); count += 1) {
    const perShelf = Math.ceil(blocks.length / count);
    const shelves: Shelf[] = [];
    for (let i = 0; i < blocks.length; i += perShelf) {
      const part = blocks.slice(i, i + perShelf);
      shelves.push({
        blocks: part,
        width: part.reduce((sum, b) => sum + b.width, 0) + gap * Math.max(0, part.length - 1),
        height: Math.max(...part.map((b) => b.height)),
      });
    }
    const width = Math.max(rowsWidth, ...shelves.map((s) => s.width));
    const height = rowsHeight + shelves.reduce((sum, s) => sum + s.height + gap, 0);
    const score = Math.abs(Math.log(width / Math.max(height, 1) / aspect));
    if (score < bestScore - 1e-9) {
      best = shelves;
      bestScore = score;
    }
  }
  return best;
}

interface Placed {
  width: number;
  height: number;
  /** The block's own actors: index and position relative to the block's top-left corner. */
  items: { actor: number; x: number; y: number }[];
  /** The blocks of its child groups, each with its top-left corner relative to this block's. */
  blocks: { block: Placed; x: number; y: number }[];
}

/**
 * Top-down hierarchy: each group's own actors stand in rows by role tier (managers first),
 * its child groups side by side below them, so management sits above the teams it supports.
 */
export function hierarchyLayout(
  doc: NetworkDocument,
  options: HierarchyOptions = {},
): Float64Array {
  const dx = options.spacingX ?? 130;
  const dy = options.spacingY ?? 95;
  const gap = options.gap ?? 110;
  const aspect = options.aspect ?? 1.6;
  const tree = buildGroupTree(doc);

  // Each group's block is built from its child groups' blocks, so groups are placed bottom-up
  // (the reverse of a top-down order); a block keeps its children's blocks by reference with an
  // offset, and absolute positions are summed once at the end.
  const place = (actors: number[], blocks: Placed[]): Placed => {
    const rows: number[][] = [];
    const byTier = new Map<number, number[]>();
    for (const a of actors) {
      const tier = roleTier(doc.actors[a]?.role ?? '');
      const members = byTier.get(tier);
      if (members) members.push(a);
      else byTier.set(tier, [a]); // not a spread copy per actor: quadratic at 50,000
    }
    for (const tier of [...byTier.keys()].sort((p, q) => p - q)) {
      const members = byTier.get(tier) ?? [];
      const perRow = Math.max(3, Math.ceil(Math.sqrt(members.length)));
      for (let i = 0; i < members.length; i += perRow) rows.push(members.slice(i, i + perRow));
    }
    const rowsWidth = rows.reduce((max, r) => Math.max(max, r.length * dx), 0);
    const rowsHeight = rows.length * dy;
    const shelves = arrangeBlocks(blocks, gap, rowsWidth, rowsHeight, aspect);
    const childrenWidth = shelves.reduce((max, shelf) => Math.max(max, shelf.width), 0);
    const width = Math.max(rowsWidth, childrenWidth, dx);
    const items: Placed['items'] = [];
    rows.forEach((row, r) => {
      const left = (width - row.length * dx) / 2 + dx / 2;
      row.forEach((actor, k) => items.push({ actor, x: left + k * dx, y: r * dy + dy / 2 }));
    });
    const placed: Placed['blocks'] = [];
    let top = rowsHeight + (rows.length && blocks.length ? gap / 2 : 0);
    let height = rowsHeight;
    for (const shelf of shelves) {
      let left = (width - shelf.width) / 2;
      for (const block of shelf.blocks) {
        placed.push({ block, x: left + gap / 2, y: top + gap / 2 });
        left += block.width + gap;
      }
      height = top + shelf.height + gap;
      top += shelf.height + gap;
    }
    return { width: width + (blocks.length ? gap : 0), height, items, blocks: placed };
  };

  const order = topDown(tree);
  const block: Placed[] = [];
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const g = order[k]!;
    block[g] = place(
      tree.ownActors[g] ?? [],
      (tree.childGroups[g] ?? []).map((c) => block[c]!),
    );
  }
  const whole = place(
    tree.looseActors,
    tree.roots.map((g) => block[g]!),
  );
  const positions = new Float64Array(doc.actors.length * 2);
  const stack: { block: Placed; x: number; y: number }[] = [
    { block: whole, x: -whole.width / 2, y: 0 },
  ];
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const it of at.block.items) {
      positions[2 * it.actor] = at.x + it.x;
      positions[2 * it.actor + 1] = at.y + it.y;
    }
    for (const child of at.block.blocks)
      stack.push({ block: child.block, x: at.x + child.x, y: at.y + child.y });
  }
  return positions;
}

export interface ConcentricOptions {
  /** Which tier takes the outer ring: managers outside (default) or members outside. */
  outer?: 'managers' | 'members';
  /** Minimum distance between neighbours on a ring. */
  spacing?: number;
  /** Minimum distance between rings. */
  ringGap?: number;
}

/**
 * Concentric rings by role tier. Every group owns an angular sector proportional to its
 * actors, so a team's members, its coordinator and its managers line up along one radius.
 */
export function concentricLayout(
  doc: NetworkDocument,
  options: ConcentricOptions = {},
): Float64Array {
  const spacing = options.spacing ?? 110;
  const ringGap = options.ringGap ?? 170;
  const tree = buildGroupTree(doc);
  const n = doc.actors.length;
  const anchor = new Float64Array(n);

  // Each group's weight is its actors and those of every group under it, summed bottom-up;
  // then each span is shared out top-down. Both walks use an explicit order, not recursion.
  const order = topDown(tree);
  const weight = new Float64Array(doc.groups.length);
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const g = order[k]!;
    let w = tree.ownActors[g]?.length ?? 0;
    for (const c of tree.childGroups[g] ?? []) w += weight[c]!;
    weight[g] = w;
  }
  // Spread a span over own actors (tier by tier) and child groups (by weight).
  const spans: { actors: number[]; children: number[]; from: number; to: number }[] = [
    { actors: tree.looseActors, children: tree.roots, from: 0, to: 2 * Math.PI },
  ];
  while (spans.length > 0) {
    const { actors, children, from, to } = spans.pop()!;
    const childWeight = children.map((c) => weight[c]!);
    const total = actors.length + childWeight.reduce((s, w) => s + w, 0);
    if (total === 0) continue;
    const byTier = new Map<number, number[]>();
    for (const a of actors) {
      const tier = roleTier(doc.actors[a]?.role ?? '');
      const members = byTier.get(tier);
      if (members) members.push(a);
      else byTier.set(tier, [a]); // not a spread copy per actor: quadratic at 50,000
    }
    for (const members of byTier.values()) {
      members.forEach((a, k) => (anchor[a] = from + ((k + 0.5) / members.length) * (to - from)));
    }
    let at = from;
    children.forEach((c, k) => {
      const share =
        ((childWeight[k] ?? 0) / total) * (to - from) +
        ((actors.length / total) * (to - from)) / children.length;
      const next = { actors: tree.ownActors[c] ?? [], children: tree.childGroups[c] ?? [] };
      spans.push({ ...next, from: at, to: at + share });
      at += share;
    });
  }

  const tiers = [...new Set(doc.actors.map((a) => roleTier(a.role)))].sort((p, q) => p - q);
  // Outer ring first when managers are outside: the innermost ring is the last tier.
  const inward = options.outer === 'members' ? tiers.slice() : tiers.slice().reverse();
  const positions = new Float64Array(n * 2);
  let radius = 0;
  inward.forEach((tier, ring) => {
    const members = doc.actors
      .map((a, i) => i)
      .filter((i) => roleTier(doc.actors[i]?.role ?? '') === tier);
    members.sort((p, q) => (anchor[p] as number) - (anchor[q] as number));
    const needed = (members.length * spacing) / (2 * Math.PI);
    radius =
      members.length === 1 && ring === 0
        ? 0
        : Math.max(ring === 0 ? 0 : radius + ringGap, needed, ringGap);
    const angles = spreadOnCircle(
      members.map((i) => anchor[i] as number),
      radius > 0 ? spacing / radius : 0,
    );
    members.forEach((actor, k) => {
      const angle = (angles[k] as number) - Math.PI / 2;
      positions[2 * actor] = radius * Math.cos(angle);
      positions[2 * actor + 1] = radius * Math.sin(angle);
    });
  });
  return positions;
}

/** Moves sorted anchor angles apart to at least `gap`, then re-centres them on the anchors. */
function spreadOnCircle(anchors: number[], gap: number): number[] {
  const out = anchors.slice();
  for (let i = 1; i < out.length; i += 1)
    out[i] = Math.max(out[i] as number, (out[i - 1] as number) + gap);
  // Pushed round past a full turn, the last would land on the first: space them evenly.
  if (out.length > 1 && (out[out.length - 1] as number) - (out[0] as number) > 2 * Math.PI - gap)
    out.forEach((_, k) => (out[k] = (anchors[0] as number) + (k * 2 * Math.PI) / out.length));
  const shift =
    out.reduce((s, a, i) => s + (a - (anchors[i] as number)), 0) / Math.max(1, out.length);
  return out.map((a) => a - shift);
}
