import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
