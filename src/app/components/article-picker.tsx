import type { ArticleSummary } from '../../schema'
import { useLanguage } from '../i18n/use-language'
import { pickerWindow } from './picker-window'

interface ArticlePickerProps {
  articles: readonly ArticleSummary[]
  value: string | null
  onChange: (id: string) => void
}

/** Which article the pane shows (the ones around it, when there are many); hidden when there is only one. */
export function ArticlePicker({ articles, value, onChange }: ArticlePickerProps) {
  const { t } = useLanguage()
  if (articles.length < 2) return null
  return (
    <div className="flex items-center gap-2 border-b border-slate-200 px-4 py-2 text-sm">
      <label htmlFor="article-picker" className="shrink-0 font-semibold text-slate-700">
        {t.articles.picker}
      </label>
      <select
        id="article-picker"
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value)}
        className="min-w-0 flex-1 truncate rounded border border-slate-300 bg-white px-2 py-1"
      >
        {pickerWindow(articles, value).map((a) => (
          <option key={a.id} value={a.id}>
            {a.published.slice(0, 10)} · {a.outlet} · {a.title} ({a.eventCount})
          </option>
        ))}
      </select>
    </div>
  )
}
