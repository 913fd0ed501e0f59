/**
 * Inclusive ("total") and self time per function of a V8 CPU profile, as shares of the samples
 * whose stack holds `within` (e.g. "stageTimes": leaves out the profiler's own work and idle time).
 */
import type { Profile } from '../app/profile'

interface Node {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}

export function inclusive(profile: Profile, labelOf: (url: string) => string, top: number, within = ''): { self: [string, number][]; total: [string, number][] } {
  const nodes = profile.nodes as unknown as Node[]
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} [${labelOf(n.callFrame.url)}]`
  const total = new Map<string, number>()
  const self = new Map<string, number>()
  let all = 0
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0
    const seen = new Set<string>()
    const stack: string[] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!
      if (n.callFrame.functionName === '(idle)') return
      seen.add(name(n))
      stack.push(n.callFrame.functionName)
    }
    if (within && !stack.includes(within)) return
    all += us
    const leaf = name(byId.get(id)!)
    self.set(leaf, (self.get(leaf) ?? 0) + us)
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + us)
  })
  const top$ = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]): [string, number] => [k, (100 * v) / all])
  return { self: top$(self), total: top$(total) }
}

/**
 * The profile restricted to the samples inside `name` (e.g. "stageTimes"), plus garbage
 * collection: leaves out idle time and the inspector's own dispatch of Profiler.stop, which
 * otherwise shows up as a "dispatch" function worth a third of the samples.
 */
export function within(profile: Profile, name: string): Profile {
  const nodes = profile.nodes as unknown as Node[]
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const keep = (id: number): boolean => {
    if (byId.get(id)?.callFrame.functionName === '(garbage collector)') return true
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)?.callFrame.functionName === name) return true
    return false
  }
  const samples: number[] = []
  const timeDeltas: number[] = []
  profile.samples.forEach((id, i) => {
    if (!keep(id)) return
    samples.push(id)
    timeDeltas.push(profile.timeDeltas[i] ?? 0)
  })
  return { ...profile, samples, timeDeltas }
}
