import type { Event } from '../../../schema'

/** A stretch of a paragraph that reports one or more events (in event order). */
export interface SentenceMark {
  start: number
  end: number
  eventIds: string[]
}

export type Segment =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'mark'; start: number; text: string; eventIds: string[] }

/**
 * Marks per paragraph for one article. Each event is marked once, at its first source in this
 * article, so every event id appears exactly once in the pane. Overlapping sentences merge.
 */
export function marksByParagraph(events: readonly Event[], articleId: string): Map<number, SentenceMark[]> {
  const byParagraph = new Map<number, SentenceMark[]>()
  for (const event of events) {
    const source = event.sources.find((s) => s.articleId === articleId)
    if (!source) continue
    const list = byParagraph.get(source.paragraph) ?? []
    list.push({ start: source.span[0], end: source.span[1], eventIds: [event.id] })
    byParagraph.set(source.paragraph, list)
  }
  return byParagraph
}

function mergeMarks(marks: readonly SentenceMark[], length: number): SentenceMark[] {
  const clamped = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: SentenceMark[] = []
  for (const mark of clamped) {
    const last = merged.at(-1)
    if (last && mark.start < last.end) {
      last.end = Math.max(last.end, mark.end)
      last.eventIds = [...new Set([...last.eventIds, ...mark.eventIds])]
    } else {
      merged.push({ ...mark, eventIds: [...mark.eventIds] })
    }
  }
  return merged
}

/** Splits a paragraph into plain text and marked sentences, covering the text exactly once. */
export function paragraphSegments(text: string, marks: readonly SentenceMark[]): Segment[] {
  const segments: Segment[] = []
  let cursor = 0
  for (const mark of mergeMarks(marks, text.length)) {
    if (mark.start > cursor) segments.push({ kind: 'text', start: cursor, text: text.slice(cursor, mark.start) })
    segments.push({ kind: 'mark', start: mark.start, text: text.slice(mark.start, mark.end), eventIds: mark.eventIds })
    cursor = mark.end
  }
  if (cursor < text.length) segments.push({ kind: 'text', start: cursor, text: text.slice(cursor) })
  return segments
}

/** Clicking a sentence selects its first event, clicking again the next one, and so on. */
export function nextEventId(eventIds: readonly string[], selected: string | null): string | null {
  const at = selected === null ? -1 : eventIds.indexOf(selected)
  return eventIds[(at + 1) % eventIds.length] ?? null
}
