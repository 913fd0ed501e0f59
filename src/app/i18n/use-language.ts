import { useCallback, useEffect } from 'react'
import { useViewState } from '../hooks/use-view-state'
import type { Language } from '../url-state/view-params'
import { browserLanguages, htmlLang, pickLanguage } from './language'
import { MESSAGES, type Messages } from './messages'

export interface LanguageState {
  lang: Language
  t: Messages
  setLang: (lang: Language) => void
}

/** The UI language: the URL's `lang`, else the browser's; <html lang> follows it. */
export function useLanguage(): LanguageState {
  const [view, setView] = useViewState()
  const lang = view.lang ?? pickLanguage(browserLanguages())
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang)
  }, [lang])
  const setLang = useCallback((next: Language) => setView({ lang: next }, 'replace'), [setView])
  return { lang, t: MESSAGES[lang], setLang }
}
