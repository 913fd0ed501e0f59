/**
 * One article file (bytes) to a RawArticle: decode, split the dump header, pick the outlet
 * reader from the URL host (or the markup), flatten the HTML, find the publication time
 * (body line, then page metadata, then URL date, then archive epoch), build paragraphs, detect
 * the script. Pure and total: every problem is a Diagnostic; `article` is null exactly when a
 * fatal one was recorded.
 */
import type { Diagnostic, RawArticle } from '../doc'
import { decodeBytes } from './decode'
import { parseDumpHeader, type DumpHeader } from './dump-header'
import { htmlBlocks, type HtmlContent } from './html-blocks'
import { detectLanguage } from './language'
import { genericReader, pickReader, sniffReader, type OutletReader } from './outlets'
import { toParagraphs } from './paragraphs'
import { findPublished, type PublishedResult } from './find-published'
import { plausibleOriginal } from './speaking-time'
import { normalizeSpace } from './whitespace'

export interface ReadResult {
  article: RawArticle | null
  diagnostics: Diagnostic[]
}

/** Files larger than this are refused rather than parsed. */
export const MAX_BYTES = 10 * 1024 * 1024

export function readArticle(path: string, bytes: Uint8Array): ReadResult {
  try {
    return readUnsafe(path, bytes)
  } catch (e) {
    // Defence in depth: a bug must cost one article, not the corpus run.
    return fatal(path, 'source/internal', `reader failed: ${e instanceof Error ? e.message : String(e)}`)
  }
}

function readUnsafe(path: string, bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1)
    return fatal(path, 'source/too-large', `file too large (${mb} MB, limit ${MAX_BYTES / 1024 / 1024} MB)`)
  }
  if (bytes.byteLength === 0) return fatal(path, 'source/empty', 'empty file')
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return fatal(path, 'source/encoding', decoded.reason)
  const diagnostics: Diagnostic[] = []
  const note = (rule: string, message: string) => diagnostics.push({ rule, source: path, message, fatal: false })
  if (decoded.replaced > 0) note('source/encoding', `${decoded.replaced} invalid ${decoded.encoding} byte sequences dropped`)
  const header = parseDumpHeader(decoded.text)
  const url = parseUrl(header.url)
  const { reader, content } = chooseReader(header.html, url, note)
  const title = pickTitle(header, content, reader, path)
  if (!title.text) return fatal(path, 'source/no-title', 'no title (no dump title line, <title>, og:title, <h1> or file name)', diagnostics)
  if (title.from !== 'header' && header.isDump) note('source/title-fallback', `no dump title line: title taken from ${title.from}`)
  else if (title.from === 'file name') note('source/title-fallback', 'no title in the page: title taken from the file name')
  const published = findPublished(content, reader, url, header.archivedMs)
  if (!published) {
    return fatal(path, 'source/no-date', 'no publication time (no date line, no date in the URL, no archive time)', diagnostics)
  }
  if (published.from !== 'body') note('source/published-fallback', fallbackMessage(published))
  const paragraphs = toParagraphs(content.blocks, reader, published.blocks, title.text)
  if (!paragraphs.some((p) => p.kind !== 'caption')) {
    return fatal(path, 'source/no-body', 'no article text (no paragraph left after removing markup and boilerplate)', diagnostics)
  }
  const article: RawArticle = {
    title: title.text,
    url: url ? header.url ?? url.href : null,
    outlet: reader.outlet,
    published: published.iso,
    timeZone: published.timeZone,
    publishedFrom: published.from,
    original: plausibleOriginal(reader.original?.(content.page) ?? null, published.iso),
    paragraphs,
    language: detectLanguage(paragraphs.map((p) => p.text)),
  }
  return { article, diagnostics }
}

/** Blocks looked at when guessing the outlet of a file without URL. */
const SNIFF_BLOCKS = 6

/** Reader from the URL host; without a URL, from the date-line format in the markup. */
function chooseReader(html: string, url: URL | null, note: (rule: string, message: string) => void): { reader: OutletReader; content: HtmlContent } {
  if (url) {
    const reader = pickReader(url.hostname.toLowerCase(), html)
    const content = htmlBlocks(html, reader.classify)
    return { reader, content: reader === genericReader ? articleOnly(content) : content }
  }
  const generic = htmlBlocks(html, genericReader.classify)
  const sniffed = sniffReader(generic.blocks.slice(0, SNIFF_BLOCKS).map((b) => b.text))
  if (!sniffed) return { reader: genericReader, content: articleOnly(generic) }
  note('source/outlet-guessed', `no URL: outlet guessed from the date-line format (${sniffed.outlet})`)
  return { reader: sniffed, content: htmlBlocks(html, sniffed.classify) }
}

/** On a page with an `<article>`, the story is in it and the rest is the site around it. */
function articleOnly(content: HtmlContent): HtmlContent {
  const inside = content.blocks.filter((b) => b.inArticle)
  return inside.length > 0 ? { ...content, blocks: inside } : content
}

function fatal(source: string, rule: string, message: string, before: Diagnostic[] = []): ReadResult {
  return { article: null, diagnostics: [...before, { rule, source, message, fatal: true }] }
}

function parseUrl(s: string | null): URL | null {
  if (!s) return null
  try {
    return new URL(s)
  } catch {
    return null
  }
}

function pickTitle(header: DumpHeader, content: HtmlContent, reader: OutletReader, path: string): { text: string; from: string } {
  const clean = (s: string | null | undefined) => {
    const t = normalizeSpace(s ?? '')
    return reader.titleSuffix ? t.replace(reader.titleSuffix, '') : t
  }
  const candidates: [string | null | undefined, string][] = [
    [header.title, 'header'],
    [content.page.meta.get('og:title'), 'og:title'],
    [content.page.title, '<title>'],
    [content.blocks.find((b) => b.tag === 'h1')?.text, '<h1>'],
    [baseName(path), 'file name'],
  ]
  for (const [value, from] of candidates) {
    const text = clean(value)
    if (text) return { text, from }
  }
  return { text: '', from: 'none' }
}

/** File name without folder and extension. */
function baseName(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

function fallbackMessage(p: PublishedResult): string {
  return p.from === 'url'
    ? `no date line in the body: publication time taken from the URL (${p.iso})`
    : `no date line in the body or URL: publication time taken from the archive time (${p.iso})`
}
