// The model's warnings grouped for reading: a finding about a team (a code with a `team`
// parameter) becomes one group per code listing the teams by label; anything else stays a group
// of its own. Groups keep the order in which their first warning came.
import type { Message } from '../../core/messages';
import { m } from '../i18n-plain';

export interface WarningGroup {
  /** What the teams have in common, in the UI's language (a sentence start, no team named). */
  what: () => string;
  /** The teams' labels, in order; empty for a warning that is not about a team. */
  teams: string[];
  messages: Message[];
}

/**
 * The headline of each team finding the engine reports, one team a message (`team`) or several
 * (`teams`); other codes are listed one by one.
 */
const TEAM_FINDINGS: Readonly<Record<string, () => string>> = {
  sim_support_not_recorded_none: () => m.ws_warn_what_not_recorded(),
  sim_support_not_recorded_level: () => m.ws_warn_what_assumed(),
  sim_team_no_coordinator: () => m.ws_warn_what_no_coordinator(),
  sim_team_empty: () => m.ws_warn_what_empty(),
};

export function groupWarnings(warnings: readonly Message[]): WarningGroup[] {
  const groups: WarningGroup[] = [];
  const byCode = new Map<string, WarningGroup>();
  for (const message of warnings) {
    const { team, teams } = message.params;
    const named =
      typeof team === 'string' ? [team] : Array.isArray(teams) ? (teams as string[]) : null;
    const what = TEAM_FINDINGS[message.code];
    if (!named || !what) {
      groups.push({ what: () => '', teams: [], messages: [message] });
      continue;
    }
    let group = byCode.get(message.code);
    if (!group) {
      group = { what, teams: [], messages: [] };
      byCode.set(message.code, group);
      groups.push(group);
    }
    group.teams.push(...named);
    group.messages.push(message);
  }
  return groups;
}
