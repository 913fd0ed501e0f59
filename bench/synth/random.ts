/** Seeded randomness so every synthetic data set is reproducible from its size and seed. */
import { pick, seededRandom, type Random } from '../../src/testing/random'

export type Rng = Random
export const seededRng = seededRandom
export { pick }

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
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
