/** Wall and CPU time of a run (CPU covers every thread of this process, workers included). */
import { loadavg } from 'node:os'

export interface Measured<T> {
  value: T
  wallMs: number
  cpuMs: number
  /** 1-minute load average when the run ended: figures from a busy machine are not comparable. */
  load: number
}

export async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = await run()
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000, load: loadavg()[0] ?? 0 }
}
