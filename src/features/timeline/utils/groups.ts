import type { ArticleSummary, Event } from '../../../schema'

export type TimelineGrouping = 'none' | 'actor' | 'article' | 'outlet'

export interface TimelineGroup {
  id: string
  /** Plain text; vis-timeline's xss filter stays on and the label holds no markup. */
  content: string
  /** Rows are ordered by how many events they hold, then by name (pinyin); events without actor last. */
  order: number
}

export interface Grouped {
  groups: TimelineGroup[]
  /** Row of each event. */
  groupOf: Map<string, string>
}

const NO_ACTOR = '__no-actor__'

/**
 * Rows for the chosen grouping, or null for none. An event with several actors sits in the row of
 * its first actor (the agent, as the extractor orders them): one item per event keeps the
 * selection, the deep link and the counts unambiguous; its other actors are in its label.
 */
export function groupEvents(
  events: readonly Event[],
  grouping: TimelineGrouping,
  articles: readonly ArticleSummary[],
  noActorLabel: string,
): Grouped | null {
  if (grouping === 'none') return null
  const articleById = new Map(articles.map((a) => [a.id, a]))
  const names = new Map<string, string>()
  const counts = new Map<string, number>()
  const groupOf = new Map<string, string>()
  for (const event of events) {
    const [id, name] = rowOf(event, grouping, articleById, noActorLabel)
    names.set(id, name)
    counts.set(id, (counts.get(id) ?? 0) + 1)
    groupOf.set(event.id, id)
  }
  const ids = [...names.keys()].sort(
    (a, b) =>
      Number(a === NO_ACTOR) - Number(b === NO_ACTOR) ||
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      (names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'zh-Hans-CN'),
  )
  return { groups: ids.map((id, order) => ({ id, content: `${names.get(id)} (${counts.get(id)})`, order })), groupOf }
}

function rowOf(
  event: Event,
  grouping: Exclude<TimelineGrouping, 'none'>,
  articleById: ReadonlyMap<string, ArticleSummary>,
  noActorLabel: string,
): [string, string] {
  if (grouping === 'actor') {
    const actor = event.actors[0]
    return actor ? [`actor:${actor.id}`, actor.name] : [NO_ACTOR, noActorLabel]
  }
  const articleId = event.sources[0]?.articleId ?? ''
  const article = articleById.get(articleId)
  if (grouping === 'article') return [`article:${articleId}`, article?.title ?? articleId]
  const outlet = article?.outlet ?? '?'
  return [`outlet:${outlet}`, outlet]
}
