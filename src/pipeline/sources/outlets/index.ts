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

export function pickReader(host: string, html: string): OutletReader {
  return READERS.find((r) => r.matches(host, html)) ?? genericReader
}

export type { OutletReader }
