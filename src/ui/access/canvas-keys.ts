// Keyboard operation of the network drawing: which actor the arrow keys move to (the nearest one
// in that direction on screen), and the reading order Home/End and a first focus follow. Pure
// geometry over screen points, so it is tested without a browser.

export interface Point {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
]);

/**
 * The actor to move to from `from` in a direction: among the points lying in that direction
 * (within 45° either side of it), the one with the smallest distance, where sideways distance
 * counts double — so ArrowRight goes to the neighbour on the same row before a nearer one
 * above it. Null when nothing lies that way.
 */
export function nearestInDirection(
  from: Point,
  points: readonly Point[],
  direction: Direction,
): Point | null {
  let best: Point | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    // Along the direction (positive ahead) and across it.
    const along =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && p.id < best.id)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Points in reading order: in rows from top to bottom (points within `rowHeight` of a row's
 * first point share it), each row from left to right.
 */
export function readingOrder(points: readonly Point[], rowHeight = 40): Point[] {
  const byY = [...points].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Point[][] = [];
  for (const p of byY) {
    const row = rows[rows.length - 1];
    if (row && p.y - row[0]!.y <= rowHeight) row.push(p);
    else rows.push([p]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}
