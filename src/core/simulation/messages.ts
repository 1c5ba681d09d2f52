// What the simulation engine says: its refusals and warnings as codes (texts in
// messages/{en,da}/engine-sim.json). Teams and people are named by their labels, never ids.
import { defineMessages } from '../messages/types';

export const SIMULATION_MESSAGES = defineMessages({
  sim_no_teams: {},
  sim_param_unknown: { name: 'text', known: 'token' },
  sim_param_out_of_bounds: { value: 'number', min: 'number', max: 'number' },
  sim_param_not_whole: { value: 'number' },
  sim_param_outside_range: { value: 'number', min: 'number', max: 'number' },
  sim_weeks_not_settable: {},
  sim_week_after_horizon: { week: 'count', weeks: 'count' },
  sim_selects_no_ties: {},
  sim_selects_no_pairs: {},
  sim_selects_no_actors: {},
  sim_selects_no_teams: {},
  sim_no_group: { id: 'text' },
  sim_support_not_recorded_none: { teams: 'names' },
  sim_support_not_recorded_level: { teams: 'names', level: 'number' },
  sim_support_no_median: {},
  sim_team_unknown: { id: 'text' },
  sim_team_empty: { team: 'name' },
  sim_team_no_coordinator: { team: 'name' },
  sim_seed_not_whole: { value: 'number' },
  sim_runs_too_few: { runs: 'number' },
  sim_scenario_twice: { id: 'text' },
  sim_scenario_unknown: { id: 'text', presets: 'token' },
  sim_scenario_either_between: {},
  sim_scenario_from_to: {},
  sim_scenario_one_of: {},
});

export const say = SIMULATION_MESSAGES.say;
export type SimulationMessage = ReturnType<typeof say>;

// The readiness check's texts (readiness.ts): what a run needs of the network, per team.
export const READINESS_MESSAGES = defineMessages({
  ready_no_teams: {},
  ready_no_teams_groups: { count: 'count' },
  ready_teams_empty: {},
  ready_no_managers: {},
  ready_no_support: {},
  ready_no_leadership: {},
  ready_nothing_progresses: {},
  ready_team_empty: { team: 'name' },
  ready_team_no_coordinator: { team: 'name' },
  ready_team_no_support: { team: 'name' },
  ready_team_support_not_manager: { team: 'name', people: 'names' },
  ready_team_no_leadership: { team: 'name' },
});
