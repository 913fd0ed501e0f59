import { useQuery } from '@tanstack/react-query'
import { indexQueryOptions } from '../features/events/api/index-query'
import { ErrorNotice, PendingNotice } from '../lib/error-notice'
import { FetchJsonError } from '../lib/fetch-json'
import type { DataIndex } from '../schema'
import { CopyLinkButton } from './components/copy-link-button'
import { PaneBoundary } from './components/pane-boundary'
import { ViewSwitches } from './components/view-switches'
import type { Messages } from './i18n/messages'
import { useLanguage } from './i18n/use-language'
import { Explorer } from './explorer'

function Summary({ index, t }: { index: DataIndex; t: Messages }) {
  return (
    <p className="text-xs text-slate-300" data-testid="data-summary">
      {t.summary(index.articles.length, index.events.length, index.actors.length)}
    </p>
  )
}

function hintFor(error: unknown, t: Messages): string {
  if (error instanceof FetchJsonError && (error.kind === 'schema' || error.status === 404)) return t.notices.staleData
  return t.notices.checkServer
}

function Body({ t }: { t: Messages }) {
  const query = useQuery(indexQueryOptions())
  if (query.isPending) return <PendingNotice label={t.notices.loading} />
  if (query.isError) {
    return (
      <div className="mx-auto w-full max-w-2xl p-6">
        <ErrorNotice
          title={t.notices.loadFailed}
          retryLabel={t.notices.retry}
          retryingLabel={t.notices.retrying}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
        <p className="px-4 text-sm text-slate-600">{hintFor(query.error, t)}</p>
      </div>
    )
  }
  return <Explorer index={query.data} />
}

function HeaderSummary({ t }: { t: Messages }) {
  const query = useQuery(indexQueryOptions())
  return query.isSuccess ? <Summary index={query.data} t={t} /> : null
}

/** Shell: header with the copy-link control, then the explorer (or its pending/error state). */
export function App() {
  const { t } = useLanguage()
  return (
    <div className="flex min-h-screen flex-col xl:h-screen xl:overflow-hidden">
      <header className="flex flex-wrap items-center justify-between gap-4 bg-slate-900 px-5 py-3 text-white">
        <div>
          <h1 className="text-lg font-semibold tracking-tight">{t.title}</h1>
          <HeaderSummary t={t} />
        </div>
        <div className="flex flex-wrap items-center justify-end gap-3">
          <ViewSwitches />
          <CopyLinkButton labels={t.copyLink} />
        </div>
      </header>
      <main className="flex min-h-0 flex-1 flex-col">
        <PaneBoundary name="explorer">
          <Body t={t} />
        </PaneBoundary>
      </main>
    </div>
  )
}
