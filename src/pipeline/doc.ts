/**
 * The typed document that flows through the pipeline stages. Each stage is a pure function
 * `(doc) => doc` that returns a new document with its results attached; problems are recorded
 * as diagnostics, never thrown (a fatal one skips the article, the rest of the corpus goes on).
 */
import type { ActorKind, EventTime, EventType, Paragraph, PartOfDay } from '../schema'

export interface Diagnostic {
  /** Stable rule name, e.g. "source/no-body". */
  rule: string
  /** The file it concerns. */
  source: string
  message: string
  fatal: boolean
  span?: { paragraph: number; start: number; end: number }
}

/** What a source reader produces from one file. */
export interface RawArticle {
  title: string
  url: string | null
  /** Outlet key: rfi, dw, voa, bbc, rfa, nyt, cdt, ... or 'unknown'. */
  outlet: string
  /** Publication instant as ISO with offset, in the outlet's zone (e.g. 2023-09-17T13:30:00+02:00). */
  published: string
  /** IANA zone of `published` (Europe/Paris for RFI, UTC for DW/VOA, ...). */
  timeZone: string
  /** Where the publication time came from: the body's date line, the URL, or the archive epoch. */
  publishedFrom: 'body' | 'url' | 'archive'
  /**
   * For a translation, the original it links to, when that came out on or before the translation's
   * day and within a year of it: the text's 今天 and 周四 were written on the original's day, in its
   * zone (see sources/speaking-time.ts).
   */
  original: { url: string; day: string; timeZone: string } | null
  paragraphs: { text: string; kind: Paragraph['kind'] }[]
  /** Language/script of the body: zh-Hans, zh-Hant or en. */
  language: 'zh-Hans' | 'zh-Hant' | 'en'
}

export interface SentenceRef {
  paragraph: number
  /** Index of the sentence within its paragraph. */
  index: number
  /** UTF-16 offsets into the paragraph text. */
  start: number
  end: number
  text: string
}

/** A resolved time expression found in a sentence. */
export interface Timex {
  paragraph: number
  sentence: number
  /** Offsets into the paragraph text. */
  start: number
  end: number
  text: string
  time: EventTime
  /** Its clause has a word of the future (将, 计划, 预计, will ...). */
  futureClause: boolean
  /** Its clause speaks of the future, or the time lies after publication. */
  future: boolean
}

export interface ActorMention {
  paragraph: number
  sentence: number
  start: number
  end: number
  /** Surface text as written ("朝鲜领导人", "他", "普丁"). */
  text: string
  /** Canonical actor this mention resolves to (after coreference and alias unification). */
  actorId: string
  name: string
  kind: ActorKind
  /** How it was found: gazetteer, segmenter, pattern:title-name, coref:title, coref:pronoun, ... */
  via: string
  /** News agencies cited as sources are not participants. */
  isSource: boolean
}

export interface ExtractedEvent {
  id: string
  type: EventType
  /** Sentences reporting it (several after in-article merging). */
  sentences: { paragraph: number; sentence: number; timeSpan?: [number, number] }[]
  time: EventTime
  actors: { id: string; name: string; kind: ActorKind; role?: 'agent' | 'patient' | 'participant' }[]
  location: { name: string } | null
  confidence: number
  /** Trigger word that typed it, for the audit trail. */
  trigger: string
}

/** A word of the segmenter, with UTF-16 offsets into the sentence. */
export interface Token {
  word: string
  tag: string
  start: number
  end: number
}

/** A sentence as the analysis sees it: Simplified text (same length as the original) and its words. */
export interface SentenceAnalysis {
  simple: string
  tokens: Token[]
}

export interface ArticleDoc {
  /** Path as given on the command line, and its basename (what `extract` prints). */
  path: string
  file: string
  id: string
  article: RawArticle
  sentences: SentenceRef[]
  timexes: Timex[]
  mentions: ActorMention[]
  events: ExtractedEvent[]
  diagnostics: Diagnostic[]
  /**
   * Working data, not a result: the actors stage's analysis of each sentence (same order as
   * `sentences`, null where it analyses none), so the events stage does not convert and segment
   * the same text again. processArticle drops it before the result is cached or sent back.
   */
  analysis?: readonly (SentenceAnalysis | null)[]
}

export type Stage = (doc: ArticleDoc) => ArticleDoc

export type { PartOfDay }
