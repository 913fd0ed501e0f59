/**
 * A native <select> lays out all of its options on every page layout (at 3,000 articles that was
 * most of the layout time of a 50k-event data set). Beyond `max` the picker lists the articles
 * around the open one, in the list's order; every article stays reachable from the article list.
 */
export const PICKER_MAX = 200

export function pickerWindow<T extends { id: string }>(articles: readonly T[], openId: string | null, max = PICKER_MAX): readonly T[] {
  if (articles.length <= max) return articles
  const at = Math.max(0, articles.findIndex((a) => a.id === openId))
  const start = Math.min(Math.max(0, at - Math.floor(max / 2)), articles.length - max)
  return articles.slice(start, start + max)
}
