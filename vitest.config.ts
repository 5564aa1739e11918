import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    // GitHub's workflow parser imports its JSON schema without an import attribute, which
    // Node refuses; let Vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
