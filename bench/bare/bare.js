// The baseline the app is compared with: plain vis-timeline over the same items in a DataSet,
// filtered through a DataView (the documented cure for large sets), no React, no validation.
/* global vis */
;(async () => {
  const HOUR = 3600000
  // ?variant=cluster|nostack tries the documented cures on the same items (for the report).
  const variant = new URLSearchParams(location.search).get('variant')
  const index = await (await fetch('/data/index.json')).json()
  const floating = (v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(v)
    return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0)))
  }
  const items = index.events.map((e) => {
    const start = floating(e.time.start)
    const end = e.time.end ? new Date(floating(e.time.end).getTime() + 24 * HOUR) : null
    const range = end && end > start
    return {
      id: e.id,
      content: `${e.type} · ${e.actors.slice(0, 2).map((a) => a.name).join('、')}`,
      start,
      ...(range ? { end, type: 'range' } : { type: 'box' }),
      actors: e.actors.map((a) => a.id),
      source: e.sources[0],
    }
  })
  const byId = new Map(items.map((i) => [i.id, i]))
  let checked = null // null: every actor
  const data = new vis.DataSet(items)
  const view = new vis.DataView(data, { filter: (i) => checked === null || i.actors.some((a) => checked.has(a)) })
  const timeline = new vis.Timeline(document.querySelector('[data-testid="timeline"]'), view, {
    height: '100%', stack: true, selectable: true, multiselect: false, showCurrentTime: false,
    zoomMin: HOUR, margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
    orientation: { axis: 'bottom', item: 'bottom' },
    ...(variant === 'cluster' ? { cluster: { maxItems: 1, showStipes: false } } : {}),
    ...(variant === 'nostack' ? { stack: false } : {}),
    template: (item) => {
      const span = document.createElement('span')
      span.dataset.eventId = item.id
      span.textContent = item.content
      return span
    },
  })

  const list = document.querySelector('[data-testid="actor-filter"]')
  for (const actor of index.actors) {
    const li = document.createElement('li')
    const box = document.createElement('input')
    box.type = 'checkbox'
    box.checked = true
    box.id = `actor-${actor.id}`
    box.addEventListener('change', () => {
      const next = new Set(checked ?? index.actors.map((a) => a.id))
      if (box.checked) next.add(actor.id)
      else next.delete(actor.id)
      checked = next.size === index.actors.length ? null : next
      view.refresh()
    })
    const label = document.createElement('label')
    label.htmlFor = box.id
    label.textContent = `${actor.name} (${actor.eventCount})`
    li.append(box, label)
    list.append(li)
  }

  const pane = document.querySelector('[data-testid="article-pane"]')
  timeline.on('select', async ({ items: selected }) => {
    const item = byId.get(String(selected[0]))
    if (!item) return
    const article = await (await fetch(`/data/articles/${encodeURIComponent(item.source.articleId)}.json`)).json()
    pane.replaceChildren(
      ...article.paragraphs.map((p, pi) => {
        const el = document.createElement('p')
        let at = 0
        for (const s of p.sentences) {
          const span = document.createElement('span')
          span.textContent = p.text.slice(s.start, s.end)
          if (pi === item.source.paragraph && s.start === item.source.span[0]) {
            span.dataset.eventId = item.id
            span.setAttribute('aria-current', 'true')
          }
          if (s.start > at) el.append(p.text.slice(at, s.start))
          el.append(span)
          at = s.end
        }
        el.append(p.text.slice(at))
        return el
      }),
    )
  })
})()
