// Initial route transfer size (gzip JS+CSS) and time from navigation to an interactive shell.
import { gzipSync } from 'node:zlib';
import { launchBrowser, median } from './browser.mjs';

export async function benchShell(url) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const assets = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      const u = response.url();
      if (type === 'script' || type === 'stylesheet' || u.endsWith('.wasm')) {
        assets.push({ url: u, body: await response.body().catch(() => Buffer.alloc(0)) });
      }
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.waitForLoadState('networkidle');
    const gzipBytes = assets
      .filter((a) => !a.url.endsWith('.wasm'))
      .reduce((sum, a) => sum + gzipSync(a.body).length, 0);
    const wasmLoaded = assets.some((a) => a.url.endsWith('.wasm'));

    const times = [];
    for (let i = 0; i < 5; i++) {
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const start = Date.now();
      await fresh.goto(url);
      await fresh.getByRole('button', { name: 'Play' }).waitFor();
      times.push(Date.now() - start);
      await fresh.close();
    }
    return [
      {
        name: 'Initial route transfer (gzip JS+CSS)',
        value: `${(gzipBytes / 1024).toFixed(0)} KB`,
        target: '≤ 450 KB',
        ok: gzipBytes <= 450 * 1024,
      },
      {
        name: 'sql.js wasm loaded on first route',
        value: wasmLoaded ? 'yes' : 'no',
        target: 'no',
        ok: !wasmLoaded,
      },
      {
        name: 'Navigation to interactive shell (median of 5)',
        value: `${median(times)} ms`,
        target: '≤ 1000 ms',
        ok: median(times) <= 1000,
      },
    ];
  } finally {
    await browser.close();
  }
}
