/** Dates that outlets put in their URL paths. */
import type { UrlDate } from './reader'

const day = (y: string, m: string, d: string) => ({ year: +y, month: +m, day: +d, hour: 0, minute: 0, second: 0 })

/** `/20201013-slug`, `/20201012/slug/`, `-20201012/123.html`, or `/2020/10/13/`. */
export function dayInPath(url: URL): UrlDate | null {
  const path = url.pathname
  const compact = /(?:^|[/-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/-]|\.html|$)/.exec(path)
  if (compact) return { wall: day(compact[1]!, compact[2]!, compact[3]!), hasTime: false }
  const slashed = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=\/)/.exec(path)
  if (slashed) return { wall: day(slashed[1]!, slashed[2]!, slashed[3]!), hasTime: false }
  return null
}

/** RFA: `/cl-10092020134231.html`, month day year hour minute second. */
export function rfaStamp(url: URL): UrlDate | null {
  const m = /-(\d{2})(\d{2})(\d{4})(\d{2})(\d{2})(\d{2})\.html$/.exec(url.pathname)
  if (!m) return dayInPath(url)
  return {
    wall: { year: +m[3]!, month: +m[1]!, day: +m[2]!, hour: +m[4]!, minute: +m[5]!, second: +m[6]! },
    hasTime: true,
  }
}

/** Year and month only (`/2020/09/slug`): not a publication day, but a check on other sources. */
export function monthInPath(url: URL): { year: number; month: number } | null {
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(url.pathname)
  return m ? { year: +m[1]!, month: +m[2]! } : null
}
