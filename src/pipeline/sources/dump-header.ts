/**
 * The archive dump header: line 1 `<!--epoch-ms-->` (archive time), line 2 `[title](url)`,
 * line 3 `------`, then the HTML. Each line is optional so a damaged file still yields what it
 * has; a file without any of them is treated as a plain HTML page.
 */
export interface DumpHeader {
  archivedMs: number | null
  title: string | null
  url: string | null
  html: string
  /** True when at least one header line was recognised. */
  isDump: boolean
}

const EPOCH = /^\s*<!--\s*(\d{9,14})\s*-->\s*$/
const RULE = /^\s*-{3,}\s*$/
/** Header lines are short; a longer first line is HTML, not a header. */
const MAX_HEADER_LINE = 4000

export function parseDumpHeader(text: string): DumpHeader {
  let rest = text
  let archivedMs: number | null = null
  let title: string | null = null
  let url: string | null = null
  let isDump = false
  const next = () => {
    const nl = rest.indexOf('\n')
    const line = (nl < 0 ? rest : rest.slice(0, nl)).replace(/\r$/, '')
    return { line, after: nl < 0 ? '' : rest.slice(nl + 1) }
  }
  let l = next()
  if (l.line.length < MAX_HEADER_LINE) {
    const m = EPOCH.exec(l.line)
    if (m) {
      archivedMs = Number(m[1])
      isDump = true
      rest = l.after
      l = next()
    }
  }
  if (l.line.length < MAX_HEADER_LINE) {
    const link = parseTitleLink(l.line)
    if (link) {
      ;({ title, url } = link)
      isDump = true
      rest = l.after
      l = next()
    }
  }
  if (isDump && RULE.test(l.line)) rest = l.after
  return { archivedMs, title, url, html: rest, isDump }
}

/** `[title](url)`; the title may itself contain brackets, so split at the last `](`. */
export function parseTitleLink(line: string): { title: string; url: string | null } | null {
  const s = line.trim()
  if (!s.startsWith('[') || !s.endsWith(')')) return null
  const mid = s.lastIndexOf('](')
  if (mid < 1) return null
  const url = s.slice(mid + 2, -1).trim()
  return { title: s.slice(1, mid).trim(), url: /^https?:\/\/\S+$/i.test(url) ? url : null }
}
