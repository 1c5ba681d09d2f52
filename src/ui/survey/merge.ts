// Merging response codes in the app: each code read against the network as it will be after the
// codes before it (so two codes from one person replace in order), every accepted code in ONE
// command (one undo step), every refused one with its reasons. The same reading as the CLI's.
import type { Command } from '../../core/commands';
import { planResponse } from '../../core/commands/surveys';
import type { NetworkDocument } from '../../core/document/types';
import type { Message } from '../../core/messages/types';
import { readCode } from '../../core/survey/code';
import { say } from '../../core/survey/messages';

export interface CodeResult {
  /** The code as it was given (shortened for the report). */
  readonly code: string;
  readonly ok: boolean;
  readonly messages: readonly Message[];
}

export interface MergePlan {
  /** Undefined when no code could be taken. */
  readonly command?: Command;
  readonly results: readonly CodeResult[];
}

export function planMerge(
  doc: NetworkDocument,
  surveyId: string,
  codes: readonly string[],
  at?: string,
): MergePlan {
  let working = doc;
  const commands: Command[] = [];
  const results: CodeResult[] = [];
  for (const code of codes) {
    const read = readCode(working, surveyId, code, at);
    if (!read.ok) {
      results.push({ code, ok: false, messages: read.messages });
      continue;
    }
    const command = {
      type: 'surveys/respond',
      survey: surveyId,
      response: read.input,
    } as const;
    const plan = planResponse(working, command);
    working = plan.doc;
    commands.push(command);
    results.push({ code, ok: true, messages: plan.report });
  }
  if (!commands.length) return { results };
  // One code: the undo button names the respondent (the command's own description).
  const command: Command =
    commands.length === 1
      ? commands[0]!
      : { type: 'batch', commands, label: say('survey_undo_merge', { count: commands.length }) };
  return { command, results };
}
