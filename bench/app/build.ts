/** Builds the app with Vite into a temporary folder (the repo's dist/ is left to others). */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** `profiling`: the unminified build split per library (bench/app/vite.profile.config.ts). */
export function buildApp(outDir: string, profiling = false): Promise<{ ok: boolean; output: string }> {
  const config = profiling ? ['--config', 'bench/app/vite.profile.config.ts'] : []
  return new Promise((resolveBuild) => {
    const child = spawn('npx', ['vite', 'build', ...config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => resolveBuild({ ok: code === 0, output }))
  })
}
