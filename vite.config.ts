import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Cloudscape's global styles inline all eight Open Sans faces as base64 (135 KB gzip of the
 * first route's CSS). As files, the browser fetches only the faces a page uses, when it uses them.
 */
function inlineFontsAsFiles(): Plugin {
  const fontFace = /@font-face\s*\{[^}]*\}/g;
  const inlineWoff2 = /url\(['"]?data:font\/woff2;base64,([A-Za-z0-9+/=]+)['"]?\)/;
  return {
    name: 'lakelab:inline-fonts-as-files',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('@cloudscape-design/global-styles/index.css')) return null;
      return code.replace(fontFace, (face) => {
        const weight = /font-weight:\s*(\w+)/.exec(face)?.[1] ?? 'normal';
        const style = /font-style:\s*(\w+)/.exec(face)?.[1] ?? 'normal';
        return face.replace(inlineWoff2, (_, base64: string) => {
          const ref = this.emitFile({
            type: 'asset',
            name: `open-sans-${weight}-${style}.woff2`,
            source: Buffer.from(base64, 'base64'),
          });
          return `url(__VITE_ASSET__${ref}__)`;
        });
      });
    },
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), inlineFontsAsFiles()],
  worker: { format: 'es' },
  optimizeDeps: { include: ['sql.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
