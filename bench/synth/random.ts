/** Seeded randomness so every synthetic data set is reproducible from its size and seed. */
export type Rng = () => number

/** mulberry32: tiny, fast, good enough for test data. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  if (list.length === 0) throw new Error('pick from an empty list')
  return list[Math.floor(rng() * list.length)]!
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p
}

/**
 * Sampler of ranks 0..n-1 with probability ∝ 1/(rank+1)^s (Zipf): a few actors appear in many
 * events, most in few, as in news.
 */
export function zipfSampler(n: number, s = 1.05): (rng: Rng) => number {
  const cumulative: number[] = []
  let total = 0
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1) ** s
    cumulative.push(total)
  }
  return (rng) => {
    const target = rng() * total
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** k distinct ranks from a sampler (k small relative to n). */
export function distinct(rng: Rng, sample: (rng: Rng) => number, k: number): number[] {
  const out = new Set<number>()
  for (let tries = 0; out.size < k && tries < k * 20; tries++) out.add(sample(rng))
  return [...out]
}
