// The factors of a sensitivity analysis: model parameters varied over their documented ranges
// (DESIGN §5.3), each mapped from the unit interval — on a log scale for rates whose range spans a
// decade. Switches and the horizon are choices of the run, not uncertain values, and have no range
// to vary over here.
import { MessageError } from '../messages/error';
import {
  DEFAULT_MODEL_PARAMETERS,
  PARAMETER_NAMES,
  type ParameterName,
  type ParameterSpec,
  isParameterName,
} from '../simulation/parameters';
import { say } from './messages';

export type FactorScale = 'linear' | 'log';

export interface Factor {
  name: ParameterName;
  /** The range varied over, in the parameter's own units. */
  range: [number, number];
  /** `log`: equal steps in log(value) — a rate whose range spans a decade or more. */
  scale: FactorScale;
  /** Whole numbers only (the value is rounded to the nearest). */
  integer: boolean;
}

/** A factor as a request may give it: a name, and optionally a range of its own. */
export type FactorRequest = ParameterName | { name: string; range?: readonly [number, number] };

/**
 * Has the parameter a range sensitivity analysis varies over? Not the horizon (the run's length)
 * and not the 0/1 switches (the gate's scope, the coordinator channels): those are the model's
 * structure, compared with the what-if, not drawn from a range.
 */
export function hasSensitivityRange(name: ParameterName): boolean {
  const spec: ParameterSpec = DEFAULT_MODEL_PARAMETERS[name];
  const isSwitch = spec.integer === true && spec.bounds[0] === 0 && spec.bounds[1] === 1;
  return name !== 'weeks' && !isSwitch;
}

/** Every parameter with a documented range to vary over, in the table's order. */
export const SENSITIVITY_PARAMETERS: readonly ParameterName[] =
  PARAMETER_NAMES.filter(hasSensitivityRange);

/** Log scale for a range that is positive and spans a decade or more (hi / lo ≥ 10). */
export function scaleOf(range: readonly [number, number]): FactorScale {
  return range[0] > 0 && range[1] / range[0] >= 10 ? 'log' : 'linear';
}

/**
 * The factors a request names (default: every parameter with a documented range), checked: an
 * unknown name, a parameter without such a range, a name twice, an empty range or one outside the
 * parameter's hard bounds is refused with a message saying which. `at` is where the list is.
 */
export function resolveFactors(
  requested: readonly FactorRequest[] | undefined,
  at: readonly (string | number)[] = ['parameters'],
): Factor[] {
  const list = requested ?? SENSITIVITY_PARAMETERS;
  const errors = [];
  const factors: Factor[] = [];
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    const name = typeof item === 'string' ? item : item.name;
    const path = [...at, i];
    if (!isParameterName(name)) {
      errors.push(
        say('sens_param_unknown', { name, known: SENSITIVITY_PARAMETERS.join(', ') }, { path }),
      );
      continue;
    }
    if (!hasSensitivityRange(name)) {
      errors.push(say('sens_param_no_range', { name }, { path }));
      continue;
    }
    if (seen.has(name)) {
      errors.push(say('sens_param_twice', { name }, { path }));
      continue;
    }
    seen.add(name);
    const spec: ParameterSpec = DEFAULT_MODEL_PARAMETERS[name];
    const given = typeof item === 'string' ? undefined : item.range;
    const range: [number, number] = given ? [given[0], given[1]] : [spec.range[0], spec.range[1]];
    const [lo, hi] = range;
    const [min, max] = spec.bounds;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
      errors.push(say('sens_range_empty', { name, lo, hi }, { path: [...path, 'range'] }));
      continue;
    }
    if (lo < min || hi > max) {
      errors.push(
        say('sens_range_out_of_bounds', { name, lo, hi, min, max }, { path: [...path, 'range'] }),
      );
      continue;
    }
    factors.push({ name, range, scale: scaleOf(range), integer: spec.integer === true });
  }
  if (list.length === 0) errors.push(say('sens_no_parameters', {}, { path: [...at] }));
  if (errors.length > 0) throw new MessageError(errors);
  return factors;
}

/** The parameter value at unit position u ∈ [0, 1] of a factor's range. */
export function factorValue(factor: Factor, u: number): number {
  const [lo, hi] = factor.range;
  let value: number;
  if (u <= 0) value = lo;
  else if (u >= 1) value = hi;
  else value = factor.scale === 'log' ? lo * Math.pow(hi / lo, u) : lo + u * (hi - lo);
  return factor.integer ? Math.round(value) : value;
}
