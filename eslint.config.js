// ESLint flat config: JavaScript, TypeScript and Svelte recommended rules, no `any`, and the build outputs left out.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  globalIgnores([
    'dist*/',
    'coverage/',
    'playwright-report/',
    'test-results*/',
    '.svelte-check/',
    'graph-data/schema/',
  ]),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  svelte.configs.prettier,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Graphs are made from the prototype-safe classes, so that any string can be a node id.
    files: ['src/**/*.{ts,svelte}'],
    ignores: ['src/lib/graph/safe-graph.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'graphology',
              message: 'Make graphs with the classes in src/lib/graph/safe-graph.ts (types may come from graphology).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
    rules: {
      // TypeScript (svelte-check) already reports undefined names and knows ambient globals; ESLint's copy does not.
      'no-undef': 'off',
    },
  },
);
