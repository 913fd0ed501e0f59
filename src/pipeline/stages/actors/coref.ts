/**
 * Coreference inside one article: short names → the fullest name given (科耶米亚科 → 奥列格·科耶米亚科),
 * titles → the named person with that title and nationality (朝鲜领导人 → 金正恩), pronouns → the most
 * recent person. Unresolved titles and pronouns are dropped: they name nobody.
 */
import { lookupActor } from '../../lexicon'
import { canonicalActor, normalizeName, type CanonicalActor } from './canonical'
import { genderOf, pronounFits, type Gender } from './gender'
import type { SentenceCandidate } from './sentence'

export interface Located extends SentenceCandidate {
  paragraph: number
  sentence: number
  /** Position in the article (sentence order), for "most recent". */
  order: number
}

export interface Resolved extends Located {
  actorId: string
  actorName: string
  actorKind: Located['kind']
}

/**
 * Maps every person name of the article to the fullest form that contains it. A name the lexicon
 * knows keeps its own person (特朗普 is not 梅兰尼娅·特朗普); a short name shared by several full
 * names goes to the one the article names first.
 */
export function fullNames(names: readonly string[]): Map<string, string> {
  const unique = [...new Set(names)]
  const map = new Map<string, string>()
  for (const n of unique) {
    const longer = unique.filter((m) => m !== n && m.length > n.length && isPartOf(n, m) && samePerson(n, m))
    map.set(n, longer[0] ?? n)
  }
  return map
}

/** A bracketed second name (杨军 in 杨恒均（杨军）) stands for the fullest form of the first one. */
function withAliases(full: Map<string, string>, cands: readonly Located[]): Map<string, string> {
  const out = new Map(full)
  for (const c of cands) if (c.aliasOf) out.set(c.name, full.get(c.aliasOf) ?? c.aliasOf)
  return out
}

/** A short name the lexicon knows and a full name it gives to someone else are two people. */
function samePerson(short: string, full: string): boolean {
  const known = lookupActor(short)
  if (!known || known.kind !== 'person') return true
  return lookupActor(full)?.name === known.name
}

function isPartOf(short: string, full: string): boolean {
  if (!full.includes('·')) return false
  const parts = full.split('·')
  return parts.includes(short) || full.endsWith(`·${short}`) || full.startsWith(`${short}·`)
}

interface Person {
  id: string
  name: string
  kind: Located['kind']
  titleGroup?: string
  country?: string
  gender: Gender
  order: number
  paragraph: number
  /** Was this mention the subject of its clause? */
  subject?: boolean
}

function personCountry(c: Located): string | undefined {
  return c.country ?? lookupActor(c.name)?.country
}

function compatible(p: Person, group: string | undefined, country: string | undefined): boolean {
  if (group && p.titleGroup !== group) return false
  if (country && p.country && p.country !== country) return false
  if (country && !p.country) return false
  return true
}

function resolveTitle(c: Located, persons: readonly Person[], later: readonly Person[]): Person | undefined {
  const before = [...persons].reverse().find((p) => compatible(p, c.titleGroup, c.country))
  if (before) return before
  const after = uniqueById(later.filter((p) => compatible(p, c.titleGroup, c.country)))
  if (after.length === 1) return after[0]
  if (!c.country || !['leader', 'president', 'premier'].includes(c.titleGroup ?? '')) return undefined
  const sameCountry = uniqueById([...persons, ...later].filter((p) => p.country === c.country && !p.titleGroup))
  return sameCountry.length === 1 ? sameCountry[0] : undefined
}

function uniqueById(ps: readonly Person[]): Person[] {
  return [...new Map(ps.map((p) => [p.id, p])).values()]
}

/** Resolves every candidate of the article to a canonical actor, in article order. */
export function resolveArticle(cands: readonly Located[]): Resolved[] {
  const full = withAliases(fullNames(cands.filter((c) => c.kind === 'person' && !c.coref).map((c) => c.name)), cands)
  const personOf = personsOf(full)
  const display = displayNames(cands.filter((c) => !c.coref), full, personOf)
  const named = cands.filter((c) => !c.coref).map(personOf)
  const byId = new Map<string, Person>()
  for (const p of named) {
    const prev = byId.get(p.id)
    byId.set(p.id, { ...p, titleGroup: prev?.titleGroup ?? p.titleGroup, country: prev?.country ?? p.country, gender: prev?.gender ?? p.gender })
  }
  const out: Resolved[] = []
  const seen: Person[] = []
  const organizations: Person[] = []
  for (const c of cands) {
    if (!c.coref) {
      const p = personOf(c)
      const merged = { ...byId.get(p.id)!, order: c.order, paragraph: c.paragraph, subject: c.subject }
      if (merged.kind === 'person') seen.push(merged)
      if (merged.kind === 'organization') organizations.push(merged)
      out.push(resolved(c, p.id, display.get(p.id) ?? p.name, p.kind))
      continue
    }
    if (c.coref === 'organization') {
      const target = resolveOrganization(c, organizations, display)
      if (target) out.push(resolved(c, target.id, display.get(target.id) ?? target.name, target.kind))
      continue
    }
    if (c.coref === 'surname') {
      // 窦先生: the person named in full with that surname, else someone the article keeps anonymous.
      const target = resolveSurname(c, seen, [...byId.values()]) ?? personOf(c)
      out.push(resolved(c, target.id, display.get(target.id) ?? target.name, target.kind))
      seen.push({ ...target, order: c.order, paragraph: c.paragraph, subject: c.subject, gender: target.gender ?? genderOf(target.name, c.title) })
      continue
    }
    const later = [...byId.values()].filter((p) => !seen.some((s) => s.id === p.id))
    const target = c.coref === 'title' ? resolveTitle(c, seen, later) : resolvePronoun(c, seen)
    if (target) {
      out.push(resolved(c, target.id, display.get(target.id) ?? target.name, target.kind))
      if (c.coref === 'pronoun') seen.push({ ...target, order: c.order, paragraph: c.paragraph, subject: c.subject })
    } else if (c.coref === 'title' && c.country && (speaksForCountry(c) || c.via === 'coref:title-list')) out.push(countryOf(c, c.country))
  }
  return out
}

/** An office written right after its country (阿塞拜疆外长, 韩国官员), not a private role (加拿大律师). */
function speaksForCountry(c: Located): boolean {
  return Boolean(c.title && c.titleGroup !== 'person' && c.text.length > c.title.length && !/^(这|该|此|那|其|两)/.test(c.text))
}

/**
 * The person a surname and an honorific (窦先生, 刘女士) names again: one the article named in full
 * with that surname (a Chinese name of two to four characters) and no other gender, the most recent
 * before, else the only one after. Nobody when the article named none, or two after and none before.
 */
function resolveSurname(c: Located, seen: readonly Person[], all: readonly Person[]): Person | undefined {
  const surname = c.name[0]!
  // 女士 and 先生 say the gender (see gender.ts).
  const gender = genderOf('', c.title)
  const fits = (p: Person) =>
    p.kind === 'person' && /^[\u4e00-\u9fff]{2,4}$/.test(p.name) && p.name.startsWith(surname) && p.name !== c.name && pronounFits(gender === 'female' ? '她' : '他', p.gender)
  const before = [...seen].reverse().find(fits)
  if (before) return before
  const after = uniqueById(all.filter(fits))
  return after.length === 1 ? after[0] : undefined
}

/** "阿塞拜疆外长" naming nobody the article knows: the country takes part through its office holder. */
function countryOf(c: Located, country: string): Resolved {
  const canon = canonicalActor(country, 'country')
  return resolved(c, canon.id, canon.name, canon.kind)
}

/** The new keys go before the spread: after it, V8 takes a slow path (microseconds per object). */
function resolved(c: Located, actorId: string, actorName: string, actorKind: Located['kind']): Resolved {
  return { actorId, actorName, actorKind, ...c }
}

/**
 * toPerson for the candidates of one article, with each name's canonical form (a Simplified
 * conversion, the costly part) worked out once: an article names the same actors again and again,
 * and every candidate is looked at three times.
 */
function personsOf(full: Map<string, string>): (c: Located) => Person {
  const canonical = new Map<string, CanonicalActor>()
  const canonicalOf = (name: string, kind: Located['kind']): CanonicalActor => {
    const key = `${kind}:${name}`
    const known = canonical.get(key)
    if (known) return known
    const canon = canonicalActor(name, kind)
    canonical.set(key, canon)
    return canon
  }
  return (c) => toPerson(c, full, canonicalOf)
}

function toPerson(c: Located, full: Map<string, string>, canonicalOf: (name: string, kind: Located['kind']) => CanonicalActor): Person {
  const name = c.kind === 'person' ? (full.get(c.name) ?? c.name) : c.name
  const canon = canonicalOf(name, c.kind)
  const person = canon.kind === 'person'
  const gender = person ? (genderOf(canon.name, c.title) ?? genderOf(name, c.title)) : undefined
  return { id: canon.id, name: canon.name, kind: canon.kind, titleGroup: c.titleGroup, country: person ? personCountry(c) : undefined, gender, order: c.order, paragraph: c.paragraph }
}

/**
 * The most recent person the pronoun can stand for (她 not for a man, 他 not for a woman) in the
 * same sentence, the previous one, or earlier in the paragraph; a pronoun opening a clause
 * prefers the last person who was a subject ("X向Y解释…。他说" → X).
 */
function resolvePronoun(c: Located, seen: readonly Person[]): Person | undefined {
  const near = (p: Person) => c.order - p.order <= 1 || (p.paragraph === c.paragraph && c.order - p.order <= 3)
  const fitting: Person[] = []
  for (let i = seen.length - 1; i >= 0 && near(seen[i]!); i--) if (pronounFits(c.name, seen[i]!.gender)) fitting.push(seen[i]!)
  const excluded = new Set((c.excludes ?? []).map((n) => canonicalActor(n, 'person').id))
  const unbound = fitting.filter((p) => !excluded.has(p.id) && ![...excluded].some((x) => p.id.endsWith(`·${x}`)))
  const women = c.name === '她' ? unbound.filter((p) => p.gender === 'female') : []
  const allowed = women.length ? women : unbound
  const subject = c.subject ? allowed.find((p) => p.subject) : undefined
  return subject ?? allowed[0]
}

/**
 * 该公司 / 该委员会: the most recent organisation whose name ends with that kind (泰晤士水公司,
 * 挪威诺贝尔委员会); a firm may also be one named in Latin letters (Graphika). Nothing else fits.
 */
function resolveOrganization(c: Located, organizations: readonly Person[], display: ReadonlyMap<string, string>): Person | undefined {
  const fits = (p: Person) => {
    const name = display.get(p.id) ?? p.name
    return name.endsWith(c.name) || (c.name === '公司' && /^[A-Za-z][A-Za-z0-9&' .-]*$/.test(name))
  }
  for (let i = organizations.length - 1; i >= 0; i--) if (fits(organizations[i]!)) return organizations[i]
  return undefined
}

/** FBI, CIA, WHO: an organisation known by its Latin abbreviation is shown by it in every script. */
function isAbbreviation(name: string): boolean {
  return /^[A-Z]{2,6}$/.test(name)
}

/**
 * An organisation its glossed acronym names (（CDC）): the words before the gloss may have taken a
 * clause with them (总统除了达到疾病管制暨预防中心, 已符合美国疾病管制及预防中心), so unless the
 * gazetteer lists them as its name, its own name is shown.
 */
function glossedAcronym(c: Located): boolean {
  const written = normalizeName(c.text)
  return c.via === 'pattern:latin-gloss' && c.kind !== 'person' && written !== c.name && lookupActor(written)?.name !== c.name
}

/**
 * The name an article's reader knows an actor by: the fullest form the article writes (in
 * Simplified), while the id stays canonical. Countries keep their canonical name.
 */
function displayNames(named: readonly Located[], full: Map<string, string>, personOf: (c: Located) => Person): Map<string, string> {
  const out = new Map<string, string>()
  for (const c of named) {
    const p = personOf(c)
    if (p.kind === 'country') continue
    if (isAbbreviation(p.name)) {
      out.set(p.id, p.name)
      continue
    }
    const written = glossedAcronym(c) ? c.name : normalizeName(c.text)
    const fuller = c.kind === 'person' ? (full.get(c.name) ?? c.name) : written
    const surface = fuller.length > written.length ? fuller : written
    const prev = out.get(p.id)
    if (!prev || surface.length > prev.length) out.set(p.id, surface)
  }
  return out
}
