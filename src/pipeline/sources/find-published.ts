/**
 * Where the publication time comes from, in order: the outlet's date line among the first
 * blocks (or any block an outlet marked as 'date'), the page's published-time metadata or
 * `<time datetime>`, a date in the URL, the archive epoch.
 */
import type { RawArticle } from '../doc'
import type { HtmlContent } from './html-blocks'
import type { OutletReader } from './outlets/reader'
import { fromEpoch, fromUrlDate, isoWithOffset, type Published } from './published'

export interface PublishedResult extends Published {
  from: RawArticle['publishedFrom']
  /** Indices of blocks that held the date line (not article text). */
  blocks: Set<number>
}

/** The date line sits before the story; later blocks are story text even if they look like dates. */
const HEAD_BLOCKS = 6
const META_KEYS = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'date', 'dc.date']

export function findPublished(content: HtmlContent, reader: OutletReader, url: URL | null, archivedMs: number | null): PublishedResult | null {
  return fromBlocks(content, reader) ?? fromPage(content, reader, archivedMs) ?? fromUrl(reader, url) ?? fromArchive(reader, archivedMs)
}

function fromBlocks(content: HtmlContent, reader: OutletReader): PublishedResult | null {
  const { blocks } = content
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (i >= HEAD_BLOCKS && b.role !== 'date') continue
    for (const parse of reader.dateLines) {
      const p = parse(b.text)
      if (p) return { ...p, from: 'body', blocks: new Set([i]) }
    }
  }
  return null
}

function fromPage(content: HtmlContent, reader: OutletReader, archivedMs: number | null): PublishedResult | null {
  for (const key of META_KEYS) {
    const v = content.page.meta.get(key)
    const p = v ? isoWithOffset(v) : null
    if (p) return { ...p, from: 'body', blocks: new Set() }
  }
  for (const t of content.page.times) {
    const shown = reader.pageTime?.(t, archivedMs)
    if (shown) return { ...shown, from: 'body', blocks: new Set() }
    for (const parse of [...reader.dateLines, isoWithOffset]) {
      const p = parse(t.datetime)
      if (p) return { ...p, from: 'body', blocks: new Set() }
    }
  }
  return null
}

function fromUrl(reader: OutletReader, url: URL | null): PublishedResult | null {
  const d = url ? reader.urlDate(url) : null
  const p = d ? fromUrlDate(d.wall, d.hasTime, reader.timeZone) : null
  return p ? { ...p, from: 'url', blocks: new Set() } : null
}

function fromArchive(reader: OutletReader, ms: number | null): PublishedResult | null {
  const p = ms === null ? null : fromEpoch(ms, reader.timeZone)
  return p ? { ...p, from: 'archive', blocks: new Set() } : null
}
