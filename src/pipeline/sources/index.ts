/** Article readers: bytes of one file in any supported format to a RawArticle plus diagnostics. */
export { readArticle, MAX_BYTES, type ReadResult } from './read-article'
export { decodeBytes, type Decoded } from './decode'
export { READERS, pickReader } from './outlets'
