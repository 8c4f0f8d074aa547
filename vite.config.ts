import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { dossierData } from './extractor/vite-plugin';

// Relative base: the built app works unchanged from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [react(), dossierData({ inputDir: process.env.DOSSIER_INPUT ?? 'data/articles', outputFile: 'public/data/bundle.json' })],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/extractor/**/*.test.ts', 'tests/schema/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
