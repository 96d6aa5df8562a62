import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Portable browser choice: CHROMIUM_PATH, else Debian's chromium, else Playwright's own.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Several people may build and test at once: PW_DIST and PW_PORT give each an own build and server.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // --bypass-lock: a developer's own preview or dev server must not stop the tests.
    command: `npx vite preview --port ${port} --strictPort --bypass-lock --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
