/**
 * Builds the app with Vite into a temporary folder (the repo's dist/ is left to others), from the
 * working tree or, with `fromHead`, from a snapshot of the last commit (stable while others edit).
 */
import { spawn } from 'node:child_process'
import { mkdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function run(command: string, args: string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => done({ ok: code === 0, output }))
  })
}

/** The last commit's files in `dir`, with the repo's node_modules linked in. */
export async function snapshotHead(dir: string): Promise<{ ok: boolean; output: string }> {
  await mkdir(dir, { recursive: true })
  const archived = await run('sh', ['-c', `git archive HEAD | tar -x -C '${dir}'`], ROOT)
  if (archived.ok) await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return archived
}

/** `profiling`: the unminified build split per library (bench/app/vite.profile.config.ts). */
export function buildApp(outDir: string, options: { profiling?: boolean; root?: string } = {}): Promise<{ ok: boolean; output: string }> {
  const config = options.profiling ? ['--config', 'bench/app/vite.profile.config.ts'] : []
  return run('npx', ['vite', 'build', ...config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], options.root ?? ROOT)
}
