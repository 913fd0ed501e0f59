/** Inclusive ("total") time per function of a V8 CPU profile: a function's own samples and its callees', counted once per stack. */
import type { Profile } from '../app/profile'

interface Node {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}

export function inclusive(profile: Profile, labelOf: (url: string) => string, top: number): [string, number][] {
  const nodes = profile.nodes as unknown as Node[]
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} [${labelOf(n.callFrame.url)}]`
  const total = new Map<string, number>()
  let all = 0
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!
      if (n.callFrame.functionName === '(idle)') return
      seen.add(name(n))
    }
    all += us
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + us)
  })
  return [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]): [string, number] => [k, (100 * v) / all])
}
