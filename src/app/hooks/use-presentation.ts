import { useCallback, useMemo } from 'react'
import { typeLabel } from '../../features/events/utils/labels'
import { groupEvents, type TimelineGrouping } from '../../features/timeline/utils/groups'
import { formatInstant } from '../../lib/zoned-time'
import type { ArticleSummary, DataIndex, Event } from '../../schema'
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
  return {
    lang,
    t,
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

/** Calendar title of an event: its type and actors. */
export function eventSummary(event: Event): string {
  const actors = event.actors.map((a) => a.name).join('、')
  return actors ? `${typeLabel(event.type)} (${event.type}) · ${actors}` : `${typeLabel(event.type)} (${event.type})`
}
