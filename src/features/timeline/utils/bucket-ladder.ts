/**
 * The fixed ladder of time buckets used when a window holds too many events to draw one by one.
 * Each step maps a time to an integer index and back, aligned on the UTC calendar the axis shows
 * (weeks start on Monday, months/quarters/years on their first day), so a bucket keeps its id
 * while the window pans.
 */

const HOUR = 3_600_000
const DAY = 24 * HOUR
const WEEK = 7 * DAY
/** 1970-01-05, the first Monday after the epoch. */
const FIRST_MONDAY = 4 * DAY

export interface BucketStep {
  name: 'hour' | '6h' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century'
  /** Typical width, to choose a step for a window. */
  approxMs: number
  indexOf: (time: number) => number
  startOf: (index: number) => number
}

function fixed(name: BucketStep['name'], width: number, origin = 0): BucketStep {
  return {
    name,
    approxMs: width,
    indexOf: (time) => Math.floor((time - origin) / width),
    startOf: (index) => origin + index * width,
  }
}

/** A step of `months` calendar months (1 month, 3 a quarter, 12 a year…). */
function calendar(name: BucketStep['name'], months: number): BucketStep {
  return {
    name,
    approxMs: months * 30.436875 * DAY,
    indexOf: (time) => {
      const date = new Date(time)
      return Math.floor((date.getUTCFullYear() * 12 + date.getUTCMonth()) / months)
    },
    startOf: (index) => {
      const month = index * months
      const year = Math.floor(month / 12)
      const start = new Date(Date.UTC(2000, month - year * 12, 1))
      start.setUTCFullYear(year)
      return start.getTime()
    },
  }
}

export const BUCKET_LADDER: readonly BucketStep[] = [
  fixed('hour', HOUR),
  fixed('6h', 6 * HOUR),
  fixed('day', DAY),
  fixed('week', WEEK, FIRST_MONDAY),
  calendar('month', 1),
  calendar('quarter', 3),
  calendar('year', 12),
  calendar('decade', 120),
  calendar('century', 1200),
]

/** The finest step that puts at most `maxPerWindow` buckets across a window `widthMs` wide. */
export function stepFor(widthMs: number, maxPerWindow: number): number {
  const found = BUCKET_LADDER.findIndex((step) => widthMs / step.approxMs <= maxPerWindow)
  return found === -1 ? BUCKET_LADDER.length - 1 : found
}
