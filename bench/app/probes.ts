/**
 * Code that runs inside the page, kept as source text (the harness's TypeScript transform may add
 * helpers that do not exist in the page). Both the app and the bare page expose the same hooks:
 * data-testid="timeline" | "actor-filter" | "article-pane", items tagged with data-event-id.
 */

/** Installed before any page script: records when the first timeline item is on screen. */
export const INIT_SCRIPT = `
window.__bench = { firstItem: null, timelineCreated: null, down: null, selected: null };
addEventListener('pointerdown', () => { window.__bench.down = performance.now() }, true);
new MutationObserver((_, observer) => {
  if (window.__bench.timelineCreated === null && document.querySelector('[data-testid="timeline"] .vis-timeline')) {
    window.__bench.timelineCreated = performance.now();
  }
  if (document.querySelector('[data-testid="timeline"] .vis-item')) {
    observer.disconnect();
    // The frame with the item is painted once a task after the next animation frame runs.
    requestAnimationFrame(() => setTimeout(() => { window.__bench.firstItem = performance.now() }, 0));
  }
}).observe(document, { childList: true, subtree: true });
`

/** Milestones of a load, for when the first item is late: data downloaded, widget created. */
export const LOAD_MILESTONES = `(() => {
  const data = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/data/index.json'));
  return { dataLoaded: data ? data.responseEnd : null, timelineCreated: window.__bench ? window.__bench.timelineCreated : null };
})()`

/**
 * Toggle i of a series over the most frequent actors (off, then on again): clicks the checkbox and
 * resolves with the ms from the click to the frame after the timeline's DOM changed, or null when
 * it did not change within 20 s. Argument: { i, actors }.
 */
export const TOGGLE_ONE = `async ({ i, actors }) => {
  const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const host = document.querySelector('[data-testid="timeline"]');
  const boxes = document.querySelectorAll('[data-testid="actor-filter"] input[type="checkbox"]');
  const box = boxes[Math.floor(i / 2) % Math.min(actors, boxes.length)];
  const changed = new Promise((resolve) => {
    const timer = setTimeout(() => { observer.disconnect(); resolve(false) }, 20000);
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.type === 'childList')) { observer.disconnect(); clearTimeout(timer); resolve(true) }
    });
    observer.observe(host, { childList: true, subtree: true });
  });
  const t0 = performance.now();
  box.click();
  const ok = await changed;
  await afterPaint();
  return ok ? performance.now() - t0 : null;
}`

/** Items one can click: centre inside the timeline and not covered by another item. */
export const CLICKABLE_ITEMS = `(limit) => {
  const host = document.querySelector('[data-testid="timeline"]').getBoundingClientRect();
  const out = [];
  for (const el of document.querySelectorAll('[data-testid="timeline"] .vis-item')) {
    const tag = el.querySelector('[data-event-id]');
    if (!tag) continue;
    const r = el.getBoundingClientRect();
    // The part on screen (a range may start before the window).
    const left = Math.max(r.left, host.left + 2), right = Math.min(r.right, host.right - 2);
    const x = left + Math.min((right - left) / 2, 12), y = r.top + r.height / 2;
    if (right - left < 4 || y < host.top + 2 || y > host.bottom - 30) continue;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !el.contains(hit)) continue;
    out.push({ id: tag.dataset.eventId, x, y });
  }
  // Spread the picks over the timeline rather than taking the first items drawn.
  const step = Math.max(1, Math.floor(out.length / limit));
  return out.filter((_, i) => i % step === 0).slice(0, limit);
}`

/**
 * Where to click to zoom in when the timeline draws counts of events (buckets) instead of events:
 * the centre of the fullest bucket on screen, or null (the bare page never draws buckets).
 */
export const BUCKET_TARGET = `() => {
  const host = document.querySelector('[data-testid="timeline"]').getBoundingClientRect();
  let best = null;
  for (const el of document.querySelectorAll('[data-testid="timeline"] .vis-item.timeline-bucket')) {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x < host.left + 2 || x > host.right - 2 || y < host.top + 2 || y > host.bottom - 30) continue;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !el.contains(hit)) continue;
    const count = Number((el.textContent || '').replace('k', '000')) || 0;
    if (!best || count > best.count) best = { x, y, count };
  }
  return best;
}`

/** Arms the wait for the article pane to mark the sentence of event `id` as current. */
export const ARM_SELECTION = `(id) => {
  window.__bench.selected = null;
  const selector = '[data-testid="article-pane"] [aria-current="true"][data-event-id="' + id + '"]';
  const done = () => requestAnimationFrame(() => setTimeout(() => { window.__bench.selected = performance.now() }, 0));
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) { observer.disconnect(); done() }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  setTimeout(() => observer.disconnect(), 20000);
}`
