// Collects the import report: each kind of change is one line with a count and the first few
// places it happened (ReportLine), so ten thousand doubled edges make one line, not 10,000.
import { englishLocation, englishText } from '../messages/english';
import type { Location, Message } from '../messages/types';
import type { ImportFormat, ImportReport, ReportLine } from './types';

const WHERE_SHOWN = 5;

export type Bucket = 'changed' | 'refused' | 'notes';

export class ReportCollector {
  private readonly lines: Record<Bucket, Map<string, ReportLine>> = {
    changed: new Map(),
    refused: new Map(),
    notes: new Map(),
  };

  /** Adds `count` cases of `message` (one line per distinct message) found at `where`. */
  add(bucket: Bucket, message: Message, where?: Location, count = 1): void {
    const map = this.lines[bucket];
    const key = JSON.stringify([message.code, message.params]);
    let line = map.get(key);
    if (!line) {
      line = { message, count: 0, where: [] };
      map.set(key, line);
    }
    line.count += count;
    if (where !== undefined && line.where.length < WHERE_SHOWN) line.where.push(where);
  }

  /** Takes over every line of `other`, as if its `add` calls had been made here. */
  absorb(other: ReportCollector): void {
    for (const bucket of ['changed', 'refused', 'notes'] as const)
      for (const [key, line] of other.lines[bucket]) {
        const mine = this.lines[bucket].get(key);
        if (!mine) {
          this.lines[bucket].set(key, { ...line, where: [...line.where] });
          continue;
        }
        mine.count += line.count;
        for (const where of line.where) if (mine.where.length < WHERE_SHOWN) mine.where.push(where);
      }
  }

  count(bucket: Bucket): number {
    let n = 0;
    for (const line of this.lines[bucket].values()) n += line.count;
    return n;
  }

  build(format: ImportFormat, kept: ImportReport['kept']): ImportReport {
    return {
      format,
      kept,
      changed: [...this.lines.changed.values()],
      refused: [...this.lines.refused.values()],
      notes: [...this.lines.notes.values()],
    };
  }
}

/** The report as English text lines, as the CLI prints it (kept, then changed, refused, notes). */
export function reportLines(report: ImportReport): string[] {
  const { actors, ties, groups } = report.kept;
  const out = [`kept: ${actors} actors, ${ties} ties, ${groups} groups (read as ${report.format})`];
  const section = (label: string, lines: ReportLine[]) => {
    for (const line of lines) {
      const where = line.where.length
        ? ` (${line.where.map(englishLocation).join('; ')}${line.count > line.where.length ? '; …' : ''})`
        : '';
      out.push(`${label}: ${line.count} × ${englishText(line.message)}${where}`);
    }
  };
  section('changed', report.changed);
  section('refused', report.refused);
  section('note', report.notes);
  return out;
}
