import { useViewState } from '../hooks/use-view-state'
import { MESSAGES } from '../i18n/messages'
import { useLanguage } from '../i18n/use-language'
import type { Language, ZoneMode } from '../url-state/view-params'

const SELECT = 'rounded border border-slate-500 bg-slate-800 px-1.5 py-1 text-sm text-white focus-visible:outline-2 focus-visible:outline-sky-300'
const LANGUAGES: readonly Language[] = ['zh', 'en']

/** Interface language and time zone of displayed times (both in the URL). */
export function ViewSwitches() {
  const { lang, t, setLang } = useLanguage()
  const [view, setView] = useViewState()
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-200">
      <label className="flex items-center gap-1.5">
        <span>{t.languageLabel}</span>
        <select className={SELECT} value={lang} onChange={(e) => setLang(e.currentTarget.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
              {MESSAGES[l].languageName}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1.5" title={t.zone.hint}>
        <span>{t.zone.label}</span>
        <select
          className={SELECT}
          value={view.tz}
          aria-describedby="zone-hint"
          onChange={(e) => setView({ tz: e.currentTarget.value as ZoneMode }, 'replace')}
        >
          <option value="source">{t.zone.source}</option>
          <option value="viewer">{t.zone.viewer}</option>
        </select>
        <span id="zone-hint" className="sr-only">
          {t.zone.hint}
        </span>
      </label>
    </div>
  )
}
