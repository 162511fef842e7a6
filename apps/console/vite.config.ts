import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API a dev server forwards to (npm run start:api or scripts/up.mjs listen on 3000). */
const apiTarget = process.env.CONSOLE_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Built into dist/console and served by the API under /console/ (its own prefix, so no console
 * route ever shadows an API route). In development Vite serves it and proxies every other path.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    // Pages load lazily (console-routes.tsx); a chunk above this means a page pulled in too much.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
    proxy: {
      // Everything that is not the console itself goes to the API (including SSE and the rating link).
      '^/(?!console(/|$)).*': { target: apiTarget, changeOrigin: false },
    },
  },
});
