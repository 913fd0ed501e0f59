/**
 * Two reports of one kind that each name a person the other does not (蓬佩奥 meets 菅义伟; 蓬佩奥
 * meets 帕罗林) tell two happenings, not one told twice. The rule of both merges: within an article
 * (events stage) and across articles (this stage).
 */

/** The ids of the people among an event's actors. */
export function personIds(actors: readonly { id: string; kind: string }[]): Set<string> {
  return new Set(actors.filter((a) => a.kind === 'person').map((a) => a.id))
}

export function eachNamesAnother(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return namesOther(a, b) && namesOther(b, a)
}

function namesOther(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (!b.has(id)) return true
  return false
}
