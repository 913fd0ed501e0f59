/** Where ingest CPU time goes: a V8 CPU profile of the per-article pipeline, by source file and function. */
import { Session } from 'node:inspector/promises'
import { describe, summarize, type Profile } from '../app/profile'
import { within } from './inclusive'
import { stageTimes } from './stages'

/** "file:///…/src/pipeline/stages/actors/gazetteer.ts" → "stages/actors/gazetteer.ts"; libraries by package. */
export function moduleOf(url: string): string {
  if (!url) return '(native)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]!
  const src = /\/src\/pipeline\/(.+)$/.exec(url)
  if (src) return src[1]!
  return url.startsWith('node:') ? 'node' : url.slice(url.lastIndexOf('/') + 1)
}

export async function profileIngest(paths: readonly string[]): Promise<string> {
  const session = new Session()
  session.connect()
  try {
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: 200 })
    await session.post('Profiler.start')
    await stageTimes(paths)
    const { profile } = await session.post('Profiler.stop')
    const inPipeline = shortNames(within(profile as unknown as Profile, 'stageTimes'))
    return describe(`Ingest CPU profile (${paths.length} files, in-process; samples inside the pipeline and GC)`, summarize(inPipeline, 10, moduleOf))
  } finally {
    session.disconnect()
  }
}

/** V8 names a regex's compiled code by its whole source ("RegExp: (?:…)"): cut it to stay readable. */
function shortNames(profile: Profile): Profile {
  const cut = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name)
  return { ...profile, nodes: profile.nodes.map((n) => ({ ...n, callFrame: { ...n.callFrame, functionName: cut(n.callFrame.functionName) } })) }
}
