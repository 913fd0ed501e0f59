/**
 * What distinguishes one outlet's markup from another's. The shared machinery (html-blocks,
 * paragraphs, read-article) does the rest, so each outlet file stays a short declaration.
 */
import type { Element } from 'domhandler'
import type { Classify, PageMeta, PageTime, Role } from '../html-blocks'
import type { LineParser, Published } from '../published'
import type { WallTime } from '../zoned-time'

export interface UrlDate {
  wall: WallTime
  hasTime: boolean
}

export interface OutletReader {
  /** Outlet key written to RawArticle.outlet. */
  outlet: string
  /** Claims a file from its URL host (lower-case, no port) and, when the host is unknown, its HTML. */
  matches: (host: string, html: string) => boolean
  /** Marks subtrees (skip, caption, subhead, lead, date) beyond the shared rules. */
  classify: Classify
  /** Parsers for the publication-time line, tried on the first blocks and on role 'date' blocks. */
  dateLines: LineParser[]
  /**
   * A `<time>` element read with its shown text, which can be more precise than its datetime
   * (a clock time, or "2 小时前" counted back from the archive time); null to fall back to
   * `dateLines` on the datetime.
   */
  pageTime?: (time: PageTime, archivedMs: number | null) => Published | null
  /** Zone of the outlet's newsroom, for times from the URL or the archive epoch. */
  timeZone: string
  /** A date in the URL, when the outlet puts one there. */
  urlDate: (url: URL) => UrlDate | null
  /** Paragraph-level boilerplate specific to the outlet (whole paragraph matches are dropped). */
  boilerplate: RegExp[]
  /** A marker opening the lead that is stripped (the sentence after it is kept). */
  leadMarker: RegExp | null
  /** Site-name suffix of titles, stripped. */
  titleSuffix: RegExp | null
  /** The original edition a translated page links to, with the day it came out. */
  original?: (page: PageMeta) => OriginalEdition | null
}

export interface OriginalEdition {
  url: string
  /** Day the original came out (YYYY-MM-DD), local to `timeZone`. */
  day: string
  timeZone: string
}

export const hasClass = (el: Element, word: string): boolean => hasAnyClass(el, [word])

/** True when a class name of the element contains one of the words (the class list is split once). */
export const hasAnyClass = (el: Element, words: readonly string[]): boolean => {
  const classes = (el.attribs.class ?? '').toLowerCase().split(/\s+/)
  return words.some((w) => classes.some((c) => c.includes(w)))
}

/** True for an element directly under the document root (the dump's top-level blocks). */
export const isTopLevel = (el: Element): boolean => el.parent === null || el.parent.type === 'root'

/** Combines classifiers: the first non-null role wins. */
export const firstRole = (...fs: Classify[]): Classify => (el) => {
  for (const f of fs) {
    const r = f(el)
    if (r) return r
  }
  return null
}

export type { Role }
