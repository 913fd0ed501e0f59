import type { Language } from '../url-state/view-params'

/** The first of the browser's languages we have a table for; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'zh' || base === 'en') return base
  }
  return 'en'
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])
}

/** The <html lang> value for a UI language. */
export function htmlLang(lang: Language): string {
  return lang === 'zh' ? 'zh-CN' : 'en'
}
