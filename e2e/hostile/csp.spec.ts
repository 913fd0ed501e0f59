/**
 * The built app under its Content-Security-Policy: the policy forbids inline scripts, eval and
 * plugins, the app works under it without a single violation, and the browser really enforces
 * it (an injected inline script is refused and reported).
 */
import { expect, test, type Page } from '@playwright/test'
import { expectAppShown, reachableItemIds, timelineItem } from './app-page'
import { prepareHostileData, serveData, type HostileData } from './hostile-data'
import { setTraps } from './traps'

test.describe.configure({ mode: 'default' })

/** `directive -> sources` of a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

function cspOf(html: string): string | null {
  const meta = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0]
  return meta ? (/content=(["'])(.*?)\1/i.exec(meta)?.[2] ?? null) : null
}

let data: HostileData

test.beforeAll(async () => {
  test.setTimeout(240_000)
  data = await prepareHostileData()
})

test('the built index.html carries a policy that forbids inline scripts, eval and plugins', async ({ request }) => {
  const response = await request.get('/')
  expect(response.ok()).toBe(true)
  const html = await response.text()
  const policy = cspOf(html)
  expect(policy, 'a Content-Security-Policy meta tag').not.toBeNull()
  const directives = parsePolicy(policy!)
  const scripts = directives.get('script-src') ?? directives.get('default-src')
  expect(scripts, 'script-src or default-src').toBeDefined()
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', '*', 'http:', 'https:']) {
    expect(scripts, `script sources allow ${unsafe}`).not.toContain(unsafe)
  }
  expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(["'none'"])
  expect(directives.get('base-uri'), 'base-uri limits <base href>').toBeDefined()
  expect(directives.get('base-uri')).not.toContain('*')
  // The built page itself needs no inline script: every <script> loads a file.
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim())
  expect(inline.map(([tag]) => tag!.slice(0, 80))).toEqual([])
  // The dev server's relaxations must not leak into the build.
  expect(directives.get('connect-src') ?? []).not.toContain('ws:')
})

async function useApp(page: Page) {
  await serveData(page, data.out)
  await page.goto('/')
  await expectAppShown(page)
  const [id] = await reachableItemIds(page)
  expect(id, 'an item on screen').toBeDefined()
  await timelineItem(page, id!).click()
  await expect(page.locator('[aria-current="true"]').first()).toBeVisible()
}

test('the app works under its policy, and the browser enforces the policy', async ({ page }) => {
  const traps = await setTraps(page)
  await useApp(page)
  expect(await traps.findings(), 'no error or injected code while the app works').toEqual([])

  // Control: an inline script is refused, and the trap hears about it.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__cspProbe = 1'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 100))
    script.remove()
    return (window as unknown as { __cspProbe?: number }).__cspProbe ?? null
  })
  expect(ran, 'an injected inline script ran').toBeNull()
  await expect.poll(async () => (await traps.findings()).some((f) => /CSP violation: script-src.* blocked inline/.test(f))).toBe(true)
})

// zod 4 probes eval on its first parse unless configured jitless (src/lib/zod-setup.ts): this
// keeps the app's own bundle inside its policy.
test('loading and using the app reports no CSP violation at all', async ({ page }) => {
  const traps = await setTraps(page)
  await useApp(page)
  expect(await traps.findings()).toEqual([])
})
