/** Third-person singular pronouns (他, 她) as coreference candidates; not 他们, 其他, 他国, 吉他. */
import type { Candidate } from './candidate'

const PRONOUN = /(?<![其吉利])([他她])(?![们人国乡日方])/g

export function pronounMentions(text: string): Candidate[] {
  return [...text.matchAll(PRONOUN)].map((m) => ({
    start: m.index,
    end: m.index + 1,
    text: m[1]!,
    name: m[1]!,
    kind: 'person' as const,
    via: 'coref:pronoun',
    priority: 1,
    coref: 'pronoun' as const,
  }))
}
