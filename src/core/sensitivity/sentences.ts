// A screening's result in sentences (issue 12): whether the scenario's direction held over the
// design points, and which parameters its size (or the level) depends on most. Messages with
// codes, said in either language; the scenario and the parameters are named by their labels.
import type { Message } from '../messages/types';
import { say } from './messages';
import type { TargetResult } from './run';

export function resultSentences(
  target: TargetResult,
  scenario: string,
  parameterLabel: (name: string) => string,
): Message[] {
  const out: Message[] = [];
  const r = target.robustness;
  if (r) {
    if (r.implied === null) out.push(say('sens_robust_unclear', { scenario }));
    else {
      const lower = r.implied === 'lower';
      const count = lower ? r.lower : r.higher;
      const other = lower ? r.higher : r.lower;
      const share = { scenario, count, points: r.points, other, unclear: r.unclear };
      if (count === r.points)
        out.push(
          lower
            ? say('sens_robust_lower_all', { scenario, points: r.points })
            : say('sens_robust_higher_all', { scenario, points: r.points }),
        );
      else
        out.push(
          lower ? say('sens_robust_lower_share', share) : say('sens_robust_higher_share', share),
        );
    }
  }
  const [first, second] = target.ranking.map(parameterLabel);
  if (first !== undefined && second !== undefined)
    out.push(
      r ? say('sens_depends', { first, second }) : say('sens_depends_level', { first, second }),
    );
  return out;
}
