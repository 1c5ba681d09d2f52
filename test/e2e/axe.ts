// axe-core in the browser tests: injects axe into the page with `page.evaluate(source)` (a strict
// CSP blocks `page.addScriptTag`) and returns the serious and critical WCAG A/AA violations, each
// with the elements it names, so a failing test says what is wrong and where.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of each. */
  targets: string[];
}

let source: string | undefined;

/** axe-core's browser build, read once from node_modules. */
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Runs axe on the page (or on the part under `include`) against WCAG 2.0–2.2 A and AA and
 * returns the serious and critical violations.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource());
  return page.evaluate(async (context) => {
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(context ?? document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map(
          (n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
        ),
      }));
  }, include ?? null);
}

/** The findings as readable lines, for an assertion message. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map((f) => `${f.rule} (${f.impact}): ${f.help}\n  ${f.targets.join('\n  ')}`)
    .join('\n');
}
