/**
 * A person's gender as far as the article shows it: the lexicon, a title (女士, 先生) or the
 * ending of a transliterated name (…娅, …娜). Unknown when nothing says it.
 */
import { FEMALE_NAME_ENDINGS, FEMALE_TITLES, MALE_TITLES, lookupActor } from '../../lexicon'

export type Gender = 'female' | 'male' | undefined

export function genderOf(name: string, title?: string): Gender {
  if (title && FEMALE_TITLES.includes(title)) return 'female'
  if (title && MALE_TITLES.includes(title)) return 'male'
  const known = lookupActor(name)
  if (known?.kind === 'person') return known.female ? 'female' : 'male'
  const parts = name.split('·')
  if (parts.some((p) => p.length >= 2 && FEMALE_NAME_ENDINGS.includes(p[p.length - 1]!))) return 'female'
  return undefined
}

/** Can this pronoun (他 / 她) refer to a person of that gender? */
export function pronounFits(pronoun: string, gender: Gender): boolean {
  if (pronoun === '她') return gender !== 'male'
  if (pronoun === '他') return gender !== 'female'
  return true
}
