/** The small shared argument parser of the CLI commands: `--name value`, `--flag`, positionals. */
import { availableParallelism } from 'node:os'
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

export function parseCli<const T extends Options>(options: T, usage: string) {
  try {
    return parseArgs({ args: process.argv.slice(2), options: { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } }, allowPositionals: true })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    process.exit(2)
  }
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 4))
}

export function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} takes a whole number, got "${value}"`)
    process.exit(2)
  }
  return n
}
