/**
 * One id per actor across articles and scripts: Traditional → Simplified (opencc), regional
 * spellings and long forms → the lexicon's canonical name (普丁 → 普京, 川普 → 特朗普).
 */
import type { ActorKind } from '../../../schema'
import { lookupActor, normalizeDots, toSimplified } from '../../lexicon'

const ORG_SUFFIX = /(党|部|委员会|会|院|组织|公司|集团|大学|银行|政府|当局|警方|军方|军队|部队|社|局|署|中心|基金会|联盟|协会|法院|阵线|运动|办公室|总统府)$/

export interface CanonicalActor {
  id: string
  name: string
  kind: ActorKind
}

export function normalizeName(name: string): string {
  return normalizeDots(toSimplified(name.trim())).replace(/\s+/g, ' ').replace(/^《(.+)》$/, '$1')
}

/** Canonical id (Simplified name), display name and kind of an actor name as written anywhere. */
export function canonicalActor(name: string, kindHint?: ActorKind): CanonicalActor {
  const simple = normalizeName(name)
  const entry = lookupActor(simple)
  if (entry) return { id: entry.name, name: entry.name, kind: entry.kind }
  const kind: ActorKind = kindHint ?? (simple.includes('·') ? 'person' : ORG_SUFFIX.test(simple) ? 'organization' : 'person')
  return { id: simple, name: simple, kind }
}
