/**
 * Caps tag nesting before the HTML reaches htmlparser2's Parser, whose open-element stack is
 * kept with `Array.unshift`/`indexOf` and so costs time proportional to the depth on every tag:
 * 100k nested tags take a minute. Real articles nest a few dozen levels; here tags opened beyond
 * MAX_DEPTH (and close tags matching nothing open) are cut from the source, their text kept.
 *
 * The cut is made with htmlparser2's own Tokenizer (linear, no regex over HTML); our stack uses
 * push/pop and is never deeper than MAX_DEPTH, so the pass and the parse after it are linear.
 */
import { Tokenizer } from 'htmlparser2'

export const MAX_DEPTH = 256

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** Tags whose opening implicitly closes an open element of the same family (`<p>a<p>b`, `<li>`...). */
const SIBLING_FAMILY: Record<string, string[]> = {
  p: ['p'], div: ['p'], ul: ['p'], ol: ['p'], table: ['p'], h1: ['p'], h2: ['p'], h3: ['p'], h4: ['p'],
  h5: ['p'], h6: ['p'], blockquote: ['p'], li: ['li', 'p'], td: ['td', 'th'], th: ['td', 'th'],
  tr: ['tr', 'td', 'th'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'],
}

/** Returns the HTML with over-deep and unmatched tags removed (the same string when none are). */
export function capDepth(html: string, maxDepth = MAX_DEPTH): string {
  const cuts: [number, number][] = []
  const stack: string[] = []
  let open: { name: string; start: number; cut: boolean } | null = null
  const openEnd = (endIndex: number) => {
    if (!open) return
    if (open.cut) cuts.push([open.start, endIndex + 1])
    else if (!VOID.has(open.name)) stack.push(open.name)
    open = null
  }
  const noop = () => {}
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, {
    onopentagname(start, endIndex) {
      const name = html.slice(start, endIndex).toLowerCase()
      const closes = SIBLING_FAMILY[name]
      while (closes && stack.length > 0 && closes.includes(stack[stack.length - 1]!)) stack.pop()
      open = { name, start: start - 1, cut: !VOID.has(name) && stack.length >= maxDepth }
    },
    onopentagend: openEnd,
    onselfclosingtag: openEnd,
    onclosetag(start, endIndex) {
      const name = html.slice(start, endIndex).toLowerCase()
      if (VOID.has(name)) return
      const at = stack.lastIndexOf(name)
      if (at < 0) cuts.push([start - 2, endIndex + 1])
      else stack.length = at
    },
    onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop,
    oncomment: noop, ondeclaration: noop, onend: noop, onprocessinginstruction: noop, ontext: noop, ontextentity: noop,
  })
  tokenizer.write(html)
  tokenizer.end()
  if (cuts.length === 0) return html
  const parts: string[] = []
  let from = 0
  for (const [s, e] of cuts) {
    if (s < from) continue
    parts.push(html.slice(from, s))
    from = e
  }
  parts.push(html.slice(from))
  return parts.join('')
}
