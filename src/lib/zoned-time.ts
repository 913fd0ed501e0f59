/**
 * Dates and times for people: formatted for the UI language with Intl, in the publication's
 * zone (named) or in the viewer's. A bare calendar date has no instant and is never shifted.
 */
export type UiLanguage = 'zh' | 'en'
export type ZoneChoice = 'source' | 'viewer'

const LOCALES: Record<UiLanguage, string> = { zh: 'zh-CN', en: 'en-GB' }

export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function pick(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? ''
}

/** "2023年9月12日" / "12 Sept 2023"; month and year granularity drop what the text did not say. */
export function formatCalendarDay(iso: string, lang: UiLanguage, granularity: 'year' | 'month' | 'day' = 'day'): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' }
  if (granularity !== 'year') options.month = lang === 'zh' ? 'long' : 'short'
  if (granularity === 'day') options.day = 'numeric'
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date)
}

/**
 * An instant (ISO with offset) as "2023年9月17日 13:30 GMT+8, Asia/Shanghai" or
 * "17 Sept 2023, 13:30 CEST, Europe/Paris": the zone is the source's or the viewer's.
 */
export function formatInstant(iso: string, lang: UiLanguage, sourceZone: string, choice: ZoneChoice): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime()) || iso.length <= 10) return formatCalendarDay(iso, lang)
  const zone = choice === 'viewer' || !isValidZone(sourceZone) ? viewerZone() : sourceZone
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: zone,
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(instant)
  const day = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: zone,
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
  }).format(instant)
  return `${day} ${pick(parts, 'hour')}:${pick(parts, 'minute')} ${pick(parts, 'timeZoneName')}, ${zone}`
}
