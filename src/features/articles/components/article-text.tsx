import { useEffect, useId, useMemo, useRef } from 'react'
import { httpUrl } from '../../../lib/safe-url'
import type { ArticleBody, Event } from '../../../schema'
import { marksByParagraph, paragraphSegments } from '../utils/sentence-marks'
import { SentenceMark } from './sentence-mark'

interface ArticleTextProps {
  article: ArticleBody
  events: readonly Event[]
  selectedEventId: string | null
  onSelectEvent: (id: string) => void
  /** Publication time for people (language, zone); the raw wall time when absent. */
  formatPublished?: (published: string, timeZone: string) => string
}

const PARAGRAPH_STYLES: Record<ArticleBody['paragraphs'][number]['kind'], string> = {
  lead: 'font-medium text-slate-900',
  body: 'text-slate-800',
  subhead: 'pt-2 text-base font-semibold text-slate-900',
  caption: 'text-sm italic text-slate-500',
}

function Source({ article, formatPublished }: { article: ArticleBody; formatPublished: ArticleTextProps['formatPublished'] }) {
  const href = httpUrl(article.url)
  const published = formatPublished ? formatPublished(article.published, article.timeZone) : `${article.published.replace('T', ' ').slice(0, 16)} (${article.timeZone})`
  return (
    <p className="mt-1 text-xs text-slate-500">
      <span className="uppercase tracking-wide">{article.outlet}</span> · <time dateTime={article.published}>{published}</time> ·{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className="text-sky-700 underline hover:text-sky-900">
          original article
        </a>
      ) : (
        <span>{article.url ?? 'no source link'}</span>
      )}
    </p>
  )
}

/** The article as React text nodes, with the sentences that report events marked. */
export function ArticleText({ article, events, selectedEventId, onSelectEvent, formatPublished }: ArticleTextProps) {
  const titleId = useId()
  const marks = useMemo(() => marksByParagraph(events, article.id), [events, article.id])
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    const current = ref.current?.querySelector('[aria-current="true"]')
    current?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [selectedEventId, article.id])
  return (
    <article ref={ref} lang="zh" aria-labelledby={titleId} className="mx-auto max-w-3xl px-6 py-5">
      <h2 id={titleId} className="text-xl font-semibold leading-snug text-slate-900">
        {article.title}
      </h2>
      <Source article={article} formatPublished={formatPublished} />
      <div className="mt-4 space-y-4 text-[17px] leading-8 tracking-wide">
        {article.paragraphs.map((paragraph, i) => (
          <p key={i} className={PARAGRAPH_STYLES[paragraph.kind]}>
            {paragraphSegments(paragraph.text, marks.get(i) ?? []).map((segment) =>
              segment.kind === 'text' ? (
                <span key={segment.start}>{segment.text}</span>
              ) : (
                <SentenceMark
                  key={segment.start}
                  text={segment.text}
                  eventIds={segment.eventIds}
                  selectedEventId={selectedEventId}
                  onSelectEvent={onSelectEvent}
                />
              ),
            )}
          </p>
        ))}
      </div>
    </article>
  )
}
