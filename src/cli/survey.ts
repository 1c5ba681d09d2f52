// `leadnet survey links FILE --base URL` and `leadnet survey merge FILE CODE|FILE... -o OUT`: the
// roster survey's respondent links and the merge of response codes, the same as in the app.
// The merge is all or nothing: one refused code writes nothing, so a script never takes a
// half-merged file for the whole; OUT is written through a temporary file (atomic).
import { readFileSync } from 'node:fs';
import type { createAnalysisApi } from '../core/api';
import { applyCommand } from '../core/commands';
import { planResponse } from '../core/commands/surveys';
import type { NetworkDocument } from '../core/document/types';
import { exportLeadnet } from '../core/formats/leadnet';
import { englishText } from '../core/messages';
import {
  type Survey,
  currentWave,
  findCodes,
  readCode,
  respondentLinks,
  responseWarnings,
  surveysOf,
  waveCoverage,
} from '../core/survey';
import { say } from '../core/survey/messages';
import { InputError, type Io, UsageError, parseArgs, readDocument, writing } from './args';
import { checkTargets, writeAll } from './write-all';

type Api = ReturnType<typeof createAnalysisApi>;

function chooseSurvey(doc: NetworkDocument, id: string | undefined, file: string): Survey {
  const surveys = surveysOf(doc);
  if (id !== undefined) {
    const found = surveys.find((s) => s.id === id);
    if (!found)
      throw new InputError(
        `${file}: no survey with id ${JSON.stringify(id)} (surveys: ${surveys.map((s) => JSON.stringify(s.id)).join(', ') || 'none'})`,
      );
    return found;
  }
  if (surveys.length === 0) throw new InputError(`${file}: the network has no survey`);
  if (surveys.length > 1)
    throw new UsageError(
      `${file} has ${surveys.length} surveys: choose one with --survey (${surveys.map((s) => s.id).join(', ')})`,
    );
  return surveys[0]!;
}

export function surveyCommand(rest: string[], io: Io, api: Api): number {
  const [sub, ...args] = rest;
  if (sub === 'links') return linksCommand(args, io, api);
  if (sub === 'merge') return mergeCommand(args, io, api);
  throw new UsageError(
    sub === undefined
      ? 'survey needs links or merge'
      : `unknown survey command ${JSON.stringify(sub)}`,
  );
}

function linksCommand(args: string[], io: Io, api: Api): number {
  const { positionals, options } = parseArgs(args, ['base', 'survey'], ['json']);
  if (positionals.length !== 1) throw new UsageError('survey links takes one FILE');
  const base = options.get('base');
  if (typeof base !== 'string') throw new UsageError('survey links needs --base URL');
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UsageError(`--base must be a whole URL, such as https://example.org/leadnet/`);
  }
  const file = positionals[0]!;
  const doc = readDocument(file, api);
  const survey = chooseSurvey(doc, options.get('survey') as string | undefined, file);
  const wave = currentWave(survey);
  if (!wave)
    throw new InputError(englishText(say('survey_no_wave', { survey: survey.title || survey.id })));
  const links = respondentLinks(doc, survey, wave, url.href);
  if (options.has('json')) io.stdout(JSON.stringify(links, null, 2));
  else for (const link of links) io.stdout(`${link.name}\t${link.url}`);
  io.stderr(
    englishText(
      say('survey_links_made', {
        count: links.length,
        wave: wave.label || wave.id,
        survey: survey.title || survey.id,
      }),
    ),
  );
  return 0;
}

function mergeCommand(args: string[], io: Io, api: Api): number {
  const { positionals, options } = parseArgs(
    args.map((arg) => (arg === '-o' ? '--out' : arg)),
    ['out', 'survey'],
    [],
  );
  const out = options.get('out');
  if (typeof out !== 'string') throw new UsageError('survey merge needs -o OUT');
  if (positionals.length < 2) throw new UsageError('survey merge takes FILE and at least one CODE');
  const [file, ...sources] = positionals as [string, ...string[]];
  writing(() => checkTargets([out])); // a target that cannot be written fails before any work
  let doc = readDocument(file, api);
  const survey = chooseSurvey(doc, options.get('survey') as string | undefined, file);

  const codes: { code: string; from: string }[] = [];
  for (const source of sources) {
    if (/^LN\d/i.test(source)) codes.push({ code: source, from: 'argument' });
    else {
      let text: string;
      try {
        text = readFileSync(source, 'utf8');
      } catch (error) {
        throw new InputError(
          `${source}: not a response code, and no file to read codes from (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
      }
      const found = findCodes(text);
      if (!found.length) throw new InputError(`${source}: no response code in the file`);
      for (const code of found) codes.push({ code, from: source });
    }
  }

  const refused: string[] = [];
  const report: string[] = [];
  codes.forEach(({ code, from }, i) => {
    const read = readCode(doc, survey.id, code);
    const where = `code ${i + 1}${from === 'argument' ? '' : ` (${from})`}`;
    if (!read.ok) {
      refused.push(...read.messages.map((m) => `${where}: ${englishText(m)}`));
      return;
    }
    const command = { type: 'surveys/respond', survey: survey.id, response: read.input } as const;
    report.push(...planResponse(doc, command).report.map((m) => `${where}: ${englishText(m)}`));
    doc = applyCommand(doc, command).doc;
  });
  if (refused.length) {
    throw new InputError(
      [
        ...refused,
        englishText(say('survey_codes_refused', { refused: refused.length, total: codes.length })),
      ].join('\n'),
    );
  }
  writing(() => writeAll([{ path: out, text: exportLeadnet(doc) }]));
  for (const line of report) io.stderr(line);
  const merged = surveysOf(doc).find((s) => s.id === survey.id)!;
  const wave = currentWave(merged)!;
  const coverage = waveCoverage(doc, wave);
  io.stderr(
    englishText(
      say('survey_answered', {
        answered: coverage.answered.length,
        asked: coverage.asked.length,
        wave: wave.label || wave.id,
      }),
    ),
  );
  for (const warning of responseWarnings(doc)) io.stderr(`warning: ${englishText(warning)}`);
  io.stdout(out);
  return 0;
}
