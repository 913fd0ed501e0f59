import { useQuery } from '@tanstack/react-query'
import { ErrorNotice, PendingNotice } from '../../../lib/error-notice'
import type { Event } from '../../../schema'
import { articleQueryOptions } from '../api/article-query'
import { ArticleText } from './article-text'

interface ArticlePaneProps {
  articleId: string | null
  events: readonly Event[]
  selectedEventId: string | null
  onSelectEvent: (id: string) => void
}

function ArticleContent({ articleId, ...rest }: ArticlePaneProps & { articleId: string }) {
  const query = useQuery(articleQueryOptions(articleId))
  if (query.isPending) return <PendingNotice label="Loading the article…" />
  if (query.isError) {
    return (
      <ErrorNotice
        title="The article could not be loaded."
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  }
  return <ArticleText article={query.data} {...rest} />
}

/** The pane beside the timeline: the article of the selected event, fetched on demand. */
export function ArticlePane(props: ArticlePaneProps) {
  return (
    <section data-testid="article-pane" aria-label="Article" className="h-full overflow-y-auto">
      {props.articleId === null ? (
        <p className="p-6 text-sm text-slate-500">There are no articles in this data set.</p>
      ) : (
        <ArticleContent {...props} articleId={props.articleId} />
      )}
    </section>
  )
}
