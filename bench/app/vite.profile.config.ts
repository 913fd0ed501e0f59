/**
 * The app's Vite config, unminified and split into one chunk per heavy dependency, so a CPU
 * profile of the built app says which library the time is spent in (benchmark use only).
 */
import { defineConfig, mergeConfig } from 'vite'
import base from '../../vite.config'

const CHUNKS: [RegExp, string][] = [
  [/node_modules\/vis-timeline\//, 'vis-timeline'],
  [/node_modules\/vis-data\//, 'vis-data'],
  [/node_modules\/(moment)\//, 'moment'],
  [/node_modules\/(react-dom|scheduler)\//, 'react-dom'],
  [/node_modules\/@tanstack\//, 'tanstack'],
  [/node_modules\/zod\//, 'zod'],
  [/node_modules\//, 'other-deps'],
]

export default mergeConfig(
  base,
  defineConfig({
    build: {
      minify: false,
      rollupOptions: {
        output: {
          manualChunks: (id: string) => CHUNKS.find(([re]) => re.test(id))?.[1],
        },
      },
    },
  }),
)
