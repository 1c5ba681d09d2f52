// Lint: TypeScript and Svelte, the app's red lines ({@html}, eval), and the architecture's
// boundaries: src/core stays free of Svelte, Cytoscape and comlink.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'public/', 'src/paraglide/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // No import circle anywhere in the app, the engine, the workers or the CLI.
    files: ['src/**/*.ts', 'src/**/*.svelte', 'workers/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.js', '.svelte', '.svelte.ts', '.json'] }),
      ],
      // Components are not followed (their TypeScript needs a parser of its own there): a circle
      // through a component is caught by test/core/import-graph.test.ts, which reads them too.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/ignore': ['src/paraglide/', '\\.svelte$'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'src/core is framework-free: no Svelte.' },
            {
              group: ['cytoscape', 'cytoscape-*'],
              message: 'src/core does not draw: no Cytoscape.',
            },
            {
              group: ['comlink'],
              message: 'src/core is called through comlink by workers/, not the reverse.',
            },
            {
              group: ['**/ui/*', '**/state/*', '**/services/*'],
              message: 'src/core does not depend on the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/*', '**/state/*', '**/services/*', 'svelte', 'cytoscape'],
              message: 'workers/ imports only src/core and comlink.',
            },
          ],
        },
      ],
    },
  },
);
