/**
 * Text blocks to article paragraphs: drops date lines, boilerplate, credits and link-only lines
 * (related-story lists), and gives each paragraph its kind. The first paragraph that is not a
 * caption is the lead when the outlet marks none (news convention: the first paragraph is the
 * lede), so every article starts with exactly one lead.
 */
import type { RawArticle } from '../doc'
import type { Block } from './html-blocks'
import type { OutletReader } from './outlets/reader'
import { GALLERY_HEAD, SHARED_BOILERPLATE, TRAILING_CREDIT, isCreditLine } from './outlets/shared'

type Para = RawArticle['paragraphs'][number]

/** A bold-only paragraph up to this length is a subhead, not a lead or body text. */
const SUBHEAD_MAX = 40

export function toParagraphs(blocks: readonly Block[], reader: OutletReader, dropped: ReadonlySet<number>, title: string): Para[] {
  const out: Para[] = []
  let explicitLead = false
  let bodyCount = 0
  let inGallery = false
  blocks.forEach((b, i) => {
    if (dropped.has(i) || b.role === 'date' || b.link) return
    let text = b.text
    // A gallery runs from its heading over the following div items, up to the next p or heading.
    if (GALLERY_HEAD.test(text)) inGallery = true
    else if (inGallery && b.tag !== 'div') inGallery = false
    if (inGallery) return
    if (isBoilerplate(text, reader) || (b.tag === 'h1' && text === title)) return
    let kind = kindOf(b, bodyCount === 0)
    // A caption repeating the title belongs to a video placeholder (VOA), not to a picture.
    if (kind === 'caption' && text === title) return
    if (bodyCount === 0 && reader.leadMarker && reader.leadMarker.test(text)) {
      text = text.replace(reader.leadMarker, '')
      kind = 'lead'
    }
    if (kind !== 'caption') text = text.replace(TRAILING_CREDIT, '')
    if (!text) return
    if (kind === 'lead') {
      if (explicitLead) kind = 'body'
      explicitLead = true
    }
    if (kind !== 'caption') bodyCount++
    out.push({ text, kind })
  })
  if (!explicitLead) {
    const first = out.findIndex((p) => p.kind === 'body')
    if (first >= 0) out[first] = { ...out[first]!, kind: 'lead' }
  }
  return out
}

function kindOf(b: Block, first: boolean): Para['kind'] {
  if (b.role === 'caption' || b.small) return 'caption'
  if (b.role === 'subhead' || /^h[1-6]$/.test(b.tag)) return 'subhead'
  if (b.strong && b.text.length <= SUBHEAD_MAX && !/[。！!]$/.test(b.text)) return first ? 'lead' : 'subhead'
  if (b.role === 'lead') return b.strong || first ? 'lead' : 'body'
  if (b.strong && first) return 'lead'
  return 'body'
}

export function isBoilerplate(text: string, reader: OutletReader): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true
  return SHARED_BOILERPLATE.some((re) => re.test(text)) || reader.boilerplate.some((re) => re.test(text)) || isCreditLine(text)
}
