// The graph's colour ramps (src/ui/graph/colour-ramps.ts) give exactly d3-scale-chromatic's
// colours: at every 1/4096 of the range, at the ends and beyond them.
import * as d3 from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import * as ours from '../../src/ui/graph/colour-ramps';

const POINTS = [
  -1,
  -0.01,
  ...Array.from({ length: 4097 }, (_, i) => i / 4096),
  1 / 3,
  0.05 + 0.9 * 0.7,
  1.01,
  2,
  Number.NaN,
];

describe('the colour ramps', () => {
  for (const name of ['interpolateViridis', 'interpolateGreens', 'interpolatePurples'] as const)
    it(`${name} is d3's at every point`, () => {
      for (const t of POINTS) expect(ours[name](t), `${name}(${t})`).toBe(d3[name](t));
    });
});
