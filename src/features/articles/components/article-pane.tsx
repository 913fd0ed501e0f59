import { useQuery } from '@tanstack/react-query'
import { ErrorNotice, PendingNotice } from '../../../lib/error-notice'
import type { Event } from '../../../schema'
import { articleQueryOptions } from '../api/article-query'
import { ArticleText } from './article-text'

/** The pane's own words (loading, failure, no article), filled by the app in the UI language. */
export interface ArticleNotices {
  loading: string; failed: string; retry: string; retrying: string; empty: string
}

const ENGLISH: ArticleNotices = {
  loading: 'Loading the article…', failed: 'The article could not be loaded.', retry: 'Retry', retrying: 'Retrying…',
  empty: 'There are no articles in this data set.',
}

interface ArticlePaneProps {
  articleId: string | null
  events: readonly Event[]
  selectedEventId: string | null
  onSelectEvent: (id: string) => void
  /** Accessible name of the pane (e.g. the article title). */
  label?: string
  /** Shown as a close button named closeLabel when given. */
  onClose?: () => void
  closeLabel?: string
  formatPublished?: (published: string, timeZone: string) => string
  notices?: ArticleNotices
}

type ContentProps = Pick<ArticlePaneProps, 'events' | 'selectedEventId' | 'onSelectEvent' | 'formatPublished'> & { articleId: string; notices: ArticleNotices }

function ArticleContent({ articleId, notices, ...rest }: ContentProps) {
  const query = useQuery(articleQueryOptions(articleId))
  if (query.isPending) return <PendingNotice label={notices.loading} />
  if (query.isError) {
    return (
      <ErrorNotice
        title={notices.failed}
        retryLabel={notices.retry}
        retryingLabel={notices.retrying}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  }
  return <ArticleText article={query.data} {...rest} />
}

/** The pane beside the timeline: the article of the selected event, fetched on demand. */
export function ArticlePane({ label, onClose, closeLabel, notices = ENGLISH, ...props }: ArticlePaneProps) {
  return (
    <section data-testid="article-pane" aria-label={label ?? 'Article'} className="relative h-full overflow-y-auto">
      {onClose ? (
        <button
          type="button"
          onClick={onClose}
          aria-label={closeLabel ?? 'Close'}
          title={closeLabel ?? 'Close'}
          className="sticky top-2 z-10 float-right mr-2 mt-2 rounded border border-slate-300 bg-white px-2 py-0.5 text-sm text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          ×
        </button>
      ) : null}
      {props.articleId === null ? (
        <p className="p-6 text-sm text-slate-500">{notices.empty}</p>
      ) : (
        <ArticleContent {...props} articleId={props.articleId} notices={notices} />
      )}
    </section>
  )
}
