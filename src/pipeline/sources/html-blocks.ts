/**
 * Flattens an HTML document into text blocks (one per paragraph-like element or `<br>`-separated
 * line) with the inline formatting that covers them (bold, small, italic, link) and the role an
 * outlet reader gave to an enclosing element (skip, caption, subhead, ...).
 *
 * The walk is iterative with an explicit stack, so 100k nested tags cannot overflow the call
 * stack, and each node is visited once (linear time). Roles and formatting are inherited down
 * the stack rather than looked up through ancestors.
 */
import { parseDocument } from 'htmlparser2'
import { isTag, isText, type AnyNode, type Element } from 'domhandler'
import { findAll, textContent } from 'domutils'
import { capDepth } from './depth-cap'
import { normalizeSpace } from './whitespace'

export type Role = 'skip' | 'caption' | 'subhead' | 'lead' | 'body' | 'date'
/** An outlet's view of one element: a role for its subtree, or null to inherit. */
export type Classify = (el: Element) => Role | null

export interface Block {
  text: string
  /** Role inherited from the nearest classified ancestor, null when none. */
  role: Role | null
  /** Name of the innermost block element holding the text (p, div, h2, li ...). */
  tag: string
  /** Share-based formatting: true when (almost) all of the text is inside that inline tag. */
  strong: boolean
  small: boolean
  em: boolean
  link: boolean
  /** Inside an `<article>` element (plain pages: the story, as opposed to the site around it). */
  inArticle: boolean
}

export interface PageMeta {
  /** Text of `<title>`. */
  title: string | null
  /** `<meta property|name=... content=...>`, first value per key, keys lower-cased. */
  meta: Map<string, string>
  /** `<time datetime>` elements, in document order. */
  times: PageTime[]
  /**
   * Every `<a href>` of the page, skipped parts included: a link is page metadata, like a
   * `<meta>`, even where its text is not article text (a footer linking the original edition).
   */
  links: PageLink[]
}

export interface PageLink {
  href: string
  /** The link's text, space-normalised. */
  text: string
}

export interface PageTime {
  /** The `datetime` attribute. */
  datetime: string
  /** The element's text as shown ("2 小时前", "2020年10月2日凌晨5点08分"), space-normalised. */
  text: string
}

export interface HtmlContent {
  blocks: Block[]
  page: PageMeta
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'figcaption',
  'figure', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'table', 'tr', 'td',
  'th', 'dd', 'dt', 'dl', 'pre', 'hr', 'br', 'body', 'html', 'caption', 'address', 'center',
])
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'video', 'audio', 'svg', 'template', 'button', 'form',
  'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'share-button', 'share-modal', 'nav',
  'aside', 'footer',
])
/** Walked for their <title> and <meta>, but their text is not article text. */
const MUTE_TAGS = new Set(['head', 'title'])

const STRONG = 1
const SMALL = 2
const EM = 4
const LINK = 8
const INLINE_BITS: Record<string, number> = { strong: STRONG, b: STRONG, small: SMALL, em: EM, i: EM, a: LINK }

interface Frame {
  node: AnyNode
  next: number
  role: Role | null
  inline: number
  blockTag: string
  mute: boolean
  inArticle: boolean
}

interface Pending {
  parts: string[]
  role: Role | null
  tag: string
  inArticle: boolean
  total: number
  counts: [number, number, number, number]
}

const emptyPending = (): Pending => ({ parts: [], role: null, tag: '', inArticle: false, total: 0, counts: [0, 0, 0, 0] })

/** Parses HTML and returns its text blocks; `classify` lets an outlet mark subtrees. */
export function htmlBlocks(html: string, classify: Classify): HtmlContent {
  const doc = parseDocument(capDepth(html), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
  const blocks: Block[] = []
  const page: PageMeta = { title: null, meta: new Map(), times: [], links: pageLinks(doc.children) }
  let pending = emptyPending()
  const flush = () => {
    const text = normalizeSpace(pending.parts.join(''))
    if (text) blocks.push(toBlock(text, pending))
    pending = emptyPending()
  }
  const stack: Frame[] = [{ node: doc, next: 0, role: null, inline: 0, blockTag: 'body', mute: false, inArticle: false }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    const children = 'children' in top.node ? top.node.children : []
    if (top.next >= children.length) {
      stack.pop()
      if (isTag(top.node) && BLOCK_TAGS.has(top.node.name)) flush()
      continue
    }
    const child = children[top.next++]!
    if (isText(child)) {
      if (!top.mute) addText(pending, child.data, top)
      continue
    }
    if (!isTag(child)) continue
    collectMeta(child, page)
    const name = child.name
    if (name === 'br' || name === 'hr') {
      flush()
      continue
    }
    if (SKIP_TAGS.has(name)) continue
    const own = classify(child)
    if (own === 'skip') continue
    const isBlock = BLOCK_TAGS.has(name)
    if (isBlock) flush()
    stack.push({
      node: child,
      next: 0,
      role: own ?? top.role,
      inline: top.inline | (INLINE_BITS[name] ?? 0),
      blockTag: isBlock ? name : top.blockTag,
      mute: top.mute || MUTE_TAGS.has(name),
      inArticle: top.inArticle || name === 'article',
    })
  }
  flush()
  return { blocks, page }
}

function addText(p: Pending, data: string, frame: Frame): void {
  if (!data) return
  p.parts.push(data)
  const visible = data.replace(/[\s\u200b\u200c\u200d\ufeff]/g, '').length
  if (visible === 0) return
  if (p.total === 0) {
    p.role = frame.role
    p.tag = frame.blockTag
    p.inArticle = frame.inArticle
  }
  p.total += visible
  const bits = [STRONG, SMALL, EM, LINK]
  for (let k = 0; k < bits.length; k++) if (frame.inline & bits[k]!) p.counts[k]! += visible
}

/** Formatting counts as covering a block when at least this share of its characters has it. */
const COVER = 0.9

function toBlock(text: string, p: Pending): Block {
  const covered = (k: number) => p.total > 0 && p.counts[k]! >= p.total * COVER
  return {
    text, role: p.role, tag: p.tag || 'body', inArticle: p.inArticle,
    strong: covered(0), small: covered(1), em: covered(2), link: covered(3),
  }
}

function collectMeta(el: Element, page: PageMeta): void {
  const a = el.attribs
  if (el.name === 'title' && page.title === null) {
    const t = el.children.filter(isText).map((c) => c.data).join('')
    page.title = normalizeSpace(t) || null
  } else if (el.name === 'meta') {
    const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase()
    if (key && a.content !== undefined && !page.meta.has(key)) page.meta.set(key, a.content)
  } else if (el.name === 'time' && a.datetime) {
    page.times.push({ datetime: a.datetime, text: normalizeSpace(textContent(el)) })
  }
}

function pageLinks(nodes: AnyNode[]): PageLink[] {
  return findAll((el) => el.name === 'a' && Boolean(el.attribs.href), nodes).map((a) => ({
    href: a.attribs.href!,
    text: normalizeSpace(textContent(a)),
  }))
}

/** Lower-cased class list plus id, for outlet classifiers. */
export function classesOf(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase()
}
