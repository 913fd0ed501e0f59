import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import type { Plugin } from 'vite'
import { configDefaults, defineConfig } from 'vitest/config'

/**
 * index.html carries the production Content-Security-Policy (no inline scripts). The dev server
 * needs an inline React Refresh preamble and a websocket, so only `vite` (serve) relaxes it.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  }
}

/**
 * One config for the app build and the unit tests. Pipeline tests (*.test.ts) run in Node;
 * component tests (*.test.tsx) run in jsdom. Playwright specs in e2e/ are not vitest's.
 */
export default defineConfig({
  plugins: [react(), tailwindcss(), relaxCspForDevServer()],
  build: { chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'e2e/**'],
        },
      },
    ],
  },
})
