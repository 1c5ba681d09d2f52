// The app holds every file to the limits the CLI does (src/core/limits.ts), in a real browser:
// our own GEXF and GraphML whose `leadnet` carrier nests 10,000 deep are refused in the Open
// dialog with a message that says the limit (it used to say "Unserializable return value"),
// and Leadnet JSON of 60,000 and 200,000 actors is refused likewise — the network on screen
// stays, nothing is saving, no layout runs. Every file is generated here. Screenshots:
// .tmp/screens/limits-*.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { exportNetwork } from '../../src/core/formats';
import { useBrowser } from './fixture';

const app = useBrowser();
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'leadnet-e2e-limits-'));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

const text = async (selector: string) => ((await page.textContent(selector)) ?? '').trim();

/** Opens FILE through the Open dialog and returns what the dialog says went wrong. */
async function refusal(file: string): Promise<{ heading: string; errors: string }> {
  await page.setInputFiles('[data-testid="open-input"]', file);
  await page.waitForSelector('[data-testid="open-errors"], [data-testid="import-open"]', {
    timeout: 120_000,
  });
  expect(await page.$('[data-testid="import-open"]'), 'the file was accepted').toBeNull();
  return {
    heading: await text('[data-testid="import-dialog"] h2'),
    errors: await text('[data-testid="open-errors"]'),
  };
}

/** The network on screen is still the example, and nothing is saving or running. */
async function unchanged(): Promise<void> {
  expect(await text('[data-testid="summary-actors"]')).toBe('45');
  expect(await text('[data-testid="save-status"]')).not.toMatch(/Saving/);
  expect(await text('[data-testid="status"]')).not.toMatch(/Working|Saving|layout/i);
}

describe('our own GEXF and GraphML with a carrier nested 10,000 deep', () => {
  it.each(['gexf', 'graphml'] as const)(
    'a %s is refused in the Open dialog, saying the limit',
    async (format) => {
      page = await app.openApp({ viewport: { width: 1280, height: 720 } });
      const doc = { ...createExampleDocument(), deep: 'PLACEHOLDER' } as never;
      const file = join(dir, `deep.${format}`);
      writeFileSync(
        file,
        exportNetwork(doc, format).files[0]!.text.replace(
          '&quot;PLACEHOLDER&quot;',
          '['.repeat(10_000) + ']'.repeat(10_000),
        ),
      );
      const { heading, errors } = await refusal(file);
      expect(heading).toBe(`Could not open \u2068deep.${format}\u2069`);
      expect(errors).toBe(
        `“\u2068deep.${format}\u2069”: its leadnet attribute (Leadnet's own data, in JSON) is nested more than 100 levels deep; no network file needs that`,
      );
      expect(errors).not.toMatch(/Unserializable|RangeError/);
      await page.screenshot({ path: `.tmp/screens/limits-carrier-${format}.png` });
      await page.keyboard.press('Escape');
      await unchanged();
    },
  );
});

describe('Leadnet JSON over the actor limit', () => {
  it.each([60_000, 200_000])(
    'a file of %i actors is refused, saying the limit; the network on screen stays',
    { timeout: 300_000 },
    async (actors) => {
      page = await app.openApp({ viewport: { width: 1280, height: 720 } });
      const file = join(dir, `big-${actors}.json`);
      writeFileSync(
        file,
        JSON.stringify(createSyntheticNetwork({ actors, tiesPerActor: 0.5, seed: 5 })),
      );
      const { errors } = await refusal(file);
      expect(errors).toBe(
        `“\u2068big-${actors}.json\u2069”: more than 50,000 actors (nodes); Leadnet reads networks up to that size`,
      );
      if (actors === 200_000)
        await page.screenshot({ path: '.tmp/screens/limits-200000-actors.png' });
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
      await unchanged();
    },
  );
});
