// The architecture's boundaries, as the linter holds them: src/core imports neither Svelte,
// Cytoscape nor comlink and touches no DOM globals; workers/ imports no UI code.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('src/core stays free of the UI', () => {
  for (const pkg of ['svelte', 'cytoscape', 'comlink', 'cytoscape-fcose']) {
    it(`refuses an import of ${pkg}`, async () => {
      expect(
        await ruleIds(`import x from '${pkg}';\nexport const y = x;\n`, 'src/core/example.ts'),
      ).toContain('no-restricted-imports');
    });
  }

  it('refuses the DOM globals', async () => {
    expect(
      await ruleIds('export const title = document.title;\n', 'src/core/example.ts'),
    ).toContain('no-restricted-globals');
  });

  it('allows the same import outside src/core', async () => {
    expect(
      await ruleIds(
        `import { mount } from 'svelte';\nexport const m = mount;\n`,
        'src/ui/example.ts',
      ),
    ).not.toContain('no-restricted-imports');
  });
});

describe('workers/ import only src/core and comlink', () => {
  it('refuses UI state in a worker', async () => {
    expect(
      await ruleIds(
        `import { DocumentStore } from '../src/state/document.svelte';\nexport const s = DocumentStore;\n`,
        'workers/example.worker.ts',
      ),
    ).toContain('no-restricted-imports');
  });
});
