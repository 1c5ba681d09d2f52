// What the sensitivity engine says: its refusals and its sentences as codes (texts in
// messages/{en,da}/engine-sensitivity.json). Parameters are named by their names (tokens).
import { defineMessages } from '../messages/types';

export const SENSITIVITY_MESSAGES = defineMessages({
  sens_param_unknown: { name: 'text', known: 'token' },
  sens_param_no_range: { name: 'token' },
  sens_param_twice: { name: 'token' },
  sens_range_empty: { name: 'token', lo: 'number', hi: 'number' },
  sens_range_out_of_bounds: {
    name: 'token',
    lo: 'number',
    hi: 'number',
    min: 'number',
    max: 'number',
  },
  sens_no_parameters: {},
  sens_method: { value: 'text' },
  sens_output: { value: 'text' },
  sens_runs: { value: 'number', min: 'count' },
  sens_trajectories: { value: 'number', min: 'count' },
  sens_levels: { value: 'number', min: 'count' },
  sens_levels_odd: { value: 'number' },
  sens_samples: { value: 'number', min: 'count' },
  sens_scenario_needed: {},
  sens_week: { week: 'number', weeks: 'count' },
  sens_team_unknown: { id: 'text' },
  sens_sobol_too_many: { count: 'count', max: 'count' },
  sens_points_missing: { from: 'count', to: 'count' },
  sens_shard: { value: 'text' },
  sens_part_not_json: { file: 'token', detail: 'text' },
  sens_part_not_part: { file: 'token' },
  sens_part_incomplete: { file: 'token' },
  sens_part_none: {},
  sens_part_other_run: { file: 'token', first: 'token', at: 'token' },
  sens_part_shards: { file: 'token', of: 'count', first: 'token', n: 'count' },
  sens_part_twice: { shard: 'count', of: 'count', file: 'token', other: 'token' },
  sens_part_missing: { shard: 'count', of: 'count' },
});

export const say = SENSITIVITY_MESSAGES.say;
