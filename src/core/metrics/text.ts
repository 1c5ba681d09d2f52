// A measure's texts as messages, for every surface: its name, meaning and source under the codes
// derived from its registry id, its tooltip lines, and the note on how the E-I index was
// counted. The CLI says them in English (englishText), the UI in its language (messageText).
import type { Message } from '../messages/types';
import { type MeasurePart, type MeasureRef, measureCode, parameterCode, say } from './messages';
import type { EiBasis, MetricDefinition } from './types';

/** A part of a measure's text: its name ('label'), its meaning ('about'), its source. */
export function measureText(metric: MeasureRef, part: MeasurePart = 'label'): Message {
  return { code: measureCode(metric, part), params: {} };
}

/** A measure's tooltip, one message a line: its meaning, each setting, its source. */
export function measureTooltip(metric: MetricDefinition): Message[] {
  return [
    measureText(metric, 'about'),
    ...(metric.parameters ?? []).map((p) =>
      say('measure_setting', {
        name: p.name,
        value: p.value,
        about: parameterCode(metric, p.name),
      }),
    ),
    say('measure_source', { source: measureCode(metric, 'source') }),
  ];
}

/** What the network's E-I index counted as inside, when that is not the teams; else null. */
export function eiBasisNote(basis: EiBasis): Message | null {
  if (basis === 'group') return say('measure_ei_basis_group', {});
  if (basis === null) return say('measure_ei_basis_none', {});
  return null;
}
