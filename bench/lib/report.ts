/**
 * Benchmark results as rows (section, measurement, figure, target, verdict), printed as a
 * Markdown table and written to bench/results/latest.md with the machine description.
 */
import { cpus, totalmem } from 'node:os'

export type Verdict = 'met' | 'missed' | 'n/a'

export interface Row {
  section: string
  what: string
  figure: string
  target?: string
  verdict?: Verdict
}

export function row(section: string, what: string, figure: string, target?: string, met?: boolean): Row {
  return { section, what, figure, ...(target ? { target, verdict: met === undefined ? 'n/a' : met ? 'met' : 'missed' } : {}) }
}

export function machine(): string {
  const cpu = cpus()
  return [
    `- CPU: ${cpu[0]?.model.trim() ?? 'unknown'} × ${cpu.length} cores`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `- Node: ${process.version} (${process.platform} ${process.arch})`,
    `- Date: ${new Date().toISOString()}`,
  ].join('\n')
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function table(rows: readonly Row[]): string {
  const lines = ['| Part | Measurement | Figure | Target | |', '|---|---|---|---|---|']
  for (const r of rows) {
    const mark = r.verdict === 'met' ? '✅' : r.verdict === 'missed' ? '❌' : ''
    lines.push(`| ${cell(r.section)} | ${cell(r.what)} | ${cell(r.figure)} | ${cell(r.target ?? '')} | ${mark} |`)
  }
  return lines.join('\n')
}

export function document(rows: readonly Row[], notes: readonly string[], command: string): string {
  return [
    '# Benchmark results',
    '',
    `Written by \`${command}\`. Figures, not pass/fail: ✅/❌ compare each figure with the target beside it.`,
    '',
    '## Machine',
    '',
    machine(),
    '',
    '## Figures',
    '',
    table(rows),
    '',
    ...(notes.length > 0 ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n')
}
