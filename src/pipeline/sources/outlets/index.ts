/** The outlet readers, most specific first; the generic one takes anything. */
import { bbcReader } from './bbc'
import { cdtReader } from './cdt'
import { dwReader } from './dw'
import { genericReader } from './generic'
import { nytReader } from './nyt'
import type { OutletReader } from './reader'
import { rfaReader } from './rfa'
import { rfiReader } from './rfi'
import { voaReader } from './voa'

export const READERS: readonly OutletReader[] = [rfiReader, dwReader, voaReader, bbcReader, rfaReader, nytReader, cdtReader]

/** The reader for a URL host; the generic one when no outlet claims the host. */
export function pickReader(host: string, html: string): OutletReader {
  return READERS.find((r) => r.matches(host, html)) ?? genericReader
}

/**
 * Outlets whose date line is distinctive enough to name them. BBC's date sits in an attribute
 * (any page has those) and RFA/CDT have none, so they are never guessed.
 */
const SNIFFABLE: readonly OutletReader[] = [rfiReader, dwReader, voaReader, nytReader]

/**
 * Without a URL, the markup decides: the outlet whose date-line format matches one of the first
 * text blocks (RFI's `DD/MM/YYYY - HH:MM`, DW's ISO UTC line, ...) claims the file.
 */
export function sniffReader(headTexts: readonly string[]): OutletReader | null {
  for (const text of headTexts) {
    const reader = SNIFFABLE.find((r) => r.dateLines.some((parse) => parse(text) !== null))
    if (reader) return reader
  }
  return null
}

export { genericReader }
export type { OutletReader }
