/**
 * Tripwires for injected code. A payload that runs sets `__xss` (caught by a setter installed
 * before any page script), opens a dialog, logs an error, throws, breaks the CSP, puts live
 * markup in the DOM or fetches something the app never asks for. `findings()` lists all of it.
 */
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __xssHits?: string[]
    __cspViolations?: string[]
  }
}

/** Runs in every frame before the app: records writes to `__xss` and CSP violations. */
function installInPage(): void {
  const hits: string[] = []
  const violations: string[] = []
  Object.defineProperty(window, '__xssHits', { value: hits })
  Object.defineProperty(window, '__cspViolations', { value: violations })
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => void hits.push(String(value)),
  })
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
  })
}

/** Live markup a payload would leave behind if any layer inserted it as HTML. */
function liveMarkupInPage(): string[] {
  const found: string[] = []
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase()
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'form', 'math', 'template', 'style'].includes(tag)) {
      found.push(`<${tag}> in the page`)
    }
    if (tag === 'img' && !(el as HTMLImageElement).src.startsWith('data:')) found.push(`<img src=${(el as HTMLImageElement).src}>`)
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`)
      if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) {
        found.push(`${tag}[${attr.name}=${attr.value.slice(0, 40)}]`)
      }
    }
  }
  return found
}

export interface Traps {
  /**
   * Everything suspicious seen so far, as readable lines; [] when the page is clean. The DOM
   * scan for live markup walks every element, so loops may skip it (`{ scan: false }`).
   */
  findings: (options?: { scan?: boolean }) => Promise<string[]>
}

/** Same-origin paths the app itself loads. */
const APP_PATHS = /^\/(|index\.html|assets\/.*|data\/.*)$/

export interface TrapOptions {
  /** Findings to look past. */
  ignore?: readonly RegExp[]
}

export async function setTraps(page: Page, options: TrapOptions = {}): Promise<Traps> {
  const ignore = options.ignore ?? []
  const events: string[] = []
  page.on('dialog', (dialog) => {
    events.push(`dialog ${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') events.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:') return
    const own = url.origin === new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin
    if (!own || !APP_PATHS.test(url.pathname)) events.push(`unexpected request: ${request.url().slice(0, 120)}`)
  })
  await page.addInitScript(installInPage)
  return {
    findings: async ({ scan = true } = {}) => {
      const inPage = await page.evaluate(() => ({
        hits: window.__xssHits ?? ['trap not installed'],
        csp: window.__cspViolations ?? ['trap not installed'],
        xss: typeof (window as unknown as { __xss?: unknown }).__xss,
      }))
      const markup = scan ? await page.evaluate(liveMarkupInPage) : []
      const all = [
        ...events,
        ...inPage.hits.map((h) => `window.__xss set to ${h}`),
        ...(inPage.xss === 'undefined' ? [] : [`window.__xss is ${inPage.xss}`]),
        ...inPage.csp.map((v) => `CSP violation: ${v}`),
        ...markup,
      ]
      return all.filter((finding) => !ignore.some((pattern) => pattern.test(finding)))
    },
  }
}
