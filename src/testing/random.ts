/** Seeded randomness for fuzz tests, random-URL specs and synthetic data: reproducible from a seed. */
export type Random = () => number

/** mulberry32: tiny, fast, good enough to pick test inputs reproducibly. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(random: Random, list: readonly T[]): T {
  if (list.length === 0) throw new Error('pick from an empty list')
  return list[Math.floor(random() * list.length)]!
}
