/**
 * Article files in the dump format (line 1 `<!--epoch-ms-->`, `[title](url)`, `------`, then
 * RFI-like HTML with the `<div>DD/MM/YYYY - HH:MM</div>` date line), so the real pipeline can
 * ingest synthetic articles.
 */
import type { LaidArticle } from './layout'
import { pad } from './zoned'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function dumpArticle(article: LaidArticle, archivedAt: number): string {
  const { parts } = article
  const dateLine = `<div>${pad(parts.day)}/${pad(parts.month)}/${parts.year} - ${pad(parts.hour)}:${pad(parts.minute)}</div>`
  const [lead, ...body] = article.paragraphs
  const leadHtml = lead ? `<p><strong>${escapeHtml(lead.text)}</strong></p>` : ''
  const bodyHtml = body.map((p) => `<p>${escapeHtml(p.text)}</p>`).join('')
  const html = `${dateLine}<img src="https://s.rfi.fr/media/display/synthetic.jpg">${leadHtml}<div class="t-content__body">${bodyHtml}</div>`
  return `<!--${archivedAt}-->\n[${article.title}](${article.url})\n------\n\n${html}\n`
}
