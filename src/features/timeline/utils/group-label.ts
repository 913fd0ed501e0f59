/** A row label as DOM text (never HTML): actor names and titles come from the articles. */
export function renderGroupLabel(group: { content?: unknown } | null | undefined): HTMLElement {
  const element = document.createElement('span')
  element.className = 'timeline-group-label'
  element.lang = 'zh'
  element.textContent = typeof group?.content === 'string' ? group.content : ''
  return element
}
