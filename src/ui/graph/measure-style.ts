// Node size and colour by an actor measure: sizes from 22 to 70 px and a viridis colour ramp
// (perceptually even and readable with colour-blindness), scaled to the measure's range.
// Actors without a value are drawn small and white with a dashed border.
import type { Core } from 'cytoscape';
import { interpolateViridis } from './colour-ramps';
import type { NetworkDocument } from '../../core/document/types';
import type { MetricValue } from '../../core/metrics/types';
import { actorElementId } from './elements';

export const SIZE_RANGE = [22, 70] as const;

export interface MeasureScale {
  min: number;
  max: number;
}

/** The range of a measure's values; null when no actor has one. */
export function measureScale(values: readonly MetricValue[] | undefined): MeasureScale | null {
  const present = (values ?? []).filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return { min: Math.min(...present), max: Math.max(...present) };
}

/** 0…1 within the scale (0.5 when every value is the same). */
export const position = (value: number, scale: MeasureScale) =>
  scale.max === scale.min ? 0.5 : (value - scale.min) / (scale.max - scale.min);

export const rampColor = (t: number) => interpolateViridis(0.05 + 0.9 * t);

export function applyMeasureStyle(
  cy: Core,
  doc: NetworkDocument,
  size: readonly MetricValue[] | undefined,
  color: readonly MetricValue[] | undefined,
): void {
  const sizeScale = measureScale(size);
  const colorScale = measureScale(color);
  cy.batch(() => {
    doc.actors.forEach((actor, i) => {
      const node = cy.getElementById(actorElementId(actor.id));
      if (node.empty()) return;
      const s = size?.[i] ?? null;
      const c = color?.[i] ?? null;
      node.data({
        sized: size !== undefined,
        size:
          s !== null && sizeScale
            ? SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * position(s, sizeScale)
            : 16,
        colored: color !== undefined,
        fill: c !== null && colorScale ? rampColor(position(c, colorScale)) : '#ffffff',
        unmeasured: (size !== undefined && s === null) || (color !== undefined && c === null),
      });
    });
  });
}
