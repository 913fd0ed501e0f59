/**
 * zod 4 compiles object parsers with `new Function` unless told not to, and probes for it with
 * `Function('')`. The app's Content-Security-Policy forbids eval (script-src 'self'), so every page
 * load reported a violation; the interpreted parsers are fast enough for our data. Imported first by
 * the browser entry, before any schema parses.
 */
import { z } from 'zod'

z.config({ jitless: true })
