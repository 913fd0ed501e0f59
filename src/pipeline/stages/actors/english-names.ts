/**
 * Names in English text: a run of capitalised words (Gretchen Whitmer, Thomas R. Burke), or one
 * capitalised word after a title (Governor Whitmer). Titles in front are not part of the name; a
 * run ending in an institution's head word (Ministry, Police, Council …) is an organisation.
 * Sentence-initial words, weekdays, months and well-known multi-word places are no names. Only
 * for English sentences: in Chinese text Latin words are glosses of names found otherwise.
 */
import { lookupActor } from '../../lexicon'
import type { Candidate } from './candidate'

const WORD = "[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*"
const INITIAL = '[A-Z]\\.'
const RUN = new RegExp(`(?<![A-Za-z])(?:${WORD}|${INITIAL})(?:\\s+(?:${WORD}|${INITIAL}|of|the|de|von|van|bin|al-))*\\s*(?:${WORD})?`, 'g')

const TITLES = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'State', 'Foreign', 'Defense', 'Defence', 'Health', 'Governor', 'Senator',
  'Sen', 'Rep', 'Representative', 'Judge', 'Justice', 'Chief', 'General', 'Gen', 'Colonel', 'Col', 'Mr', 'Mrs', 'Ms', 'Dr', 'Chancellor',
  'King', 'Queen', 'Prince', 'Pope', 'Leader', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Ambassador', 'Mayor', 'Attorney',
  'Sheriff', 'Officer', 'Premier', 'Speaker', 'Director', 'Commissioner', 'Chairman', 'Chairwoman', 'Professor', 'Prof', 'Lawmaker',
  'Analyst', 'Expert', 'Researcher', 'Reporter', 'Journalist', 'Lawyer', 'Doctor', 'Activist', 'Candidate', 'Former',
])
export const ORG_HEADS = /\b(Ministry|Department|Council|Party|Police|Court|University|Commission|Committee|Agency|Organization|Organisation|Union|Bank|Army|Forces|Office|House|Senate|Congress|Parliament|Government|Company|Group|Association|Institute|Foundation|Times|Post|News|Network|Corporation|Inc|Ltd|Watch)$/
/** Words that start a sentence or name a time, never a person. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'After', 'Before', 'But', 'And', 'Or', 'If', 'When', 'While', 'As', 'It', 'He', 'She', 'They', 'We',
  'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'Last', 'Next', 'Earlier', 'Later', 'Since', 'During', 'For',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December', 'Police', 'Officials', 'Authorities', 'According',
])
export const PLACES = new Set(['New York', 'Los Angeles', 'San Francisco', 'Tel Aviv', 'Kuala Lumpur', 'Buenos Aires', 'Las Vegas', 'New Jersey', 'New Mexico', 'North Carolina', 'South Carolina', 'West Virginia', 'New Hampshire', 'Rhode Island', 'Washington D.C.'])

export function englishNames(text: string): Candidate[] {
  // Latin words inside Chinese text are glosses of names the Chinese patterns already find.
  if (!/[A-Z]/.test(text) || /[\u4e00-\u9fff]/.test(text)) return []
  const out: Candidate[] = []
  for (const m of text.matchAll(RUN)) {
    let words = m[0].trim().split(/\s+/)
    while (words.length > 0 && NOT_NAME.has(words[0]!)) words = words.slice(1)
    // An institution keeps its title-like words (Justice Department, Health Ministry) …
    const whole = words.join(' ')
    if (ORG_HEADS.test(whole) && words.length > 1 && !lookupActor(whole)) {
      const at = m[0].indexOf(whole)
      if (at < 0) continue
      const start = (m.index ?? 0) + at
      out.push({ start, end: start + whole.length, text: whole, name: whole, kind: 'organization', via: 'pattern:english-name', priority: 5 })
      continue
    }
    // … a person's name follows the last title of the run (Japanese Prime Minister Yoshihide Suga).
    const lastTitle = words.reduce((at, w, i) => (TITLES.has(w.replace(/\.$/, '')) ? i : at), -1)
    let skip = lastTitle + 1
    while (skip < words.length && (NOT_NAME.has(words[skip]!) || words[skip] === 'of')) skip++
    const titled = lastTitle >= 0
    let rest = words.slice(skip)
    while (rest.length > 0 && /^(of|the|de|von|van|bin|al-)$/.test(rest[rest.length - 1]!)) rest = rest.slice(0, -1)
    const name = rest.join(' ')
    if (!name || PLACES.has(name) || lookupActor(name) || (rest.length === 1 && !titled) || !/^[A-Z]/.test(name)) continue
    // Words were rejoined with single spaces: a name written across other white space is skipped.
    const at = m[0].indexOf(name)
    if (at < 0) continue
    const start = (m.index ?? 0) + at
    out.push({ start, end: start + name.length, text: name, name, kind: 'person', via: 'pattern:english-name', priority: 5 })
  }
  return out
}
