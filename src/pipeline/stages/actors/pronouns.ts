/** Third-person singular pronouns (他, 她) and organisations named by their kind (该公司) as coreference candidates. */
import type { Candidate } from './candidate'

const PRONOUN = /(?<![其吉利])([他她])(?![们人国乡日方])/g

/** 他 / 她; not 他们, 其他, 他国, 吉他. */
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

/** 该公司 / 这家公司 / 该委员会 / 该法院: an organisation named again by the kind it is. */
const ORGANIZATION_ANAPHOR = /(该|这家|这个|此)(公司|集团|委员会|组织|机构|协会|基金会|研究所|大学|银行|医院|法院|电视台)/g

export function organizationAnaphors(text: string): Candidate[] {
  return [...text.matchAll(ORGANIZATION_ANAPHOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    name: m[2]!,
    kind: 'organization' as const,
    via: 'coref:organization',
    priority: 1,
    coref: 'organization' as const,
  }))
}
