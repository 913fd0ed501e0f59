import { useCallback, useMemo } from 'react'
import { groupEvents, type TimelineGrouping } from '../../features/timeline/utils/groups'
import { formatInstant } from '../../lib/zoned-time'
import type { ArticleSummary, DataIndex, Event, EventType } from '../../schema'
import { useLanguage } from '../i18n/use-language'
import { useViewState } from './use-view-state'

/** How the explorer shows things: language, zone, grouping; read from the URL's view keys. */
export function usePresentation(index: DataIndex) {
  const { lang, t } = useLanguage()
  const [view, setView] = useViewState()
  const format = useMemo(() => ({ lang, zone: view.tz }), [lang, view.tz])
  const grouped = useMemo(
    () => groupEvents(index.events, view.group, index.articles, t.groups.noActor),
    [index.events, index.articles, view.group, t.groups.noActor],
  )
  const setGrouping = useCallback((group: TimelineGrouping) => setView({ group }, 'replace'), [setView])
  const formatPublished = useCallback(
    (published: string, timeZone: string) => formatInstant(published, lang, timeZone, view.tz),
    [lang, view.tz],
  )
  const formatArticleTime = useCallback((a: ArticleSummary) => formatPublished(a.published, a.timeZone), [formatPublished])
  const groupingLabels = useMemo(
    () => ({ none: t.groups.none, actor: t.groups.actor, article: t.groups.article, outlet: t.groups.outlet }),
    [t],
  )
  const labelType = useCallback((type: EventType) => t.card.types[type], [t])
  const summary = useMemo(() => eventSummary(t.card.types), [t])
  return {
    lang,
    t,
    labelType,
    summary,
    view,
    format,
    grouped,
    setGrouping,
    groupingLabels,
    formatPublished,
    formatArticleTime,
    timelineLocale: lang === 'zh' ? ('zh-cn' as const) : ('en' as const),
  }
}

/** Calendar title of an event: its type (named in the UI language) and actors. */
export function eventSummary(types: Record<EventType, string>): (event: Event) => string {
  return (event) => {
    const actors = event.actors.map((a) => a.name).join('、')
    return actors ? `${types[event.type]} (${event.type}) · ${actors}` : `${types[event.type]} (${event.type})`
  }
}
