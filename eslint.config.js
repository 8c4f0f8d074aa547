import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'artifacts', 'bench-corpus', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The data flows one way: the extractor never imports the app, the app never imports the extractor.
  {
    files: ['extractor/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', 'react', 'react-dom'], message: 'The extractor is framework-free and never imports the app.' }] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/extractor/**', 'node:*'], message: 'The app reads the bundle; it never imports the extractor or Node modules.' }] }],
    },
  },
  // Features do not import each other; the app composes them.
  ...['map', 'timeline', 'procurement', 'sources', 'header', 'export', 'embed'].map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/extractor/**', 'node:*'], message: 'The app never imports the extractor or Node modules.' },
            {
              group: ['map', 'timeline', 'procurement', 'sources', 'header', 'export', 'embed']
                .filter((other) => other !== feature)
                .map((other) => `**/features/${other}/**`),
              message: 'Features do not import each other; compose them in src/app.',
            },
          ],
        },
      ],
    },
  })),
  {
    // Config files are the one place a default export is the tool's contract.
    files: ['vite.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
