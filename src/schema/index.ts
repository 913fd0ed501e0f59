/**
 * The one contract between the pipeline (writer) and the app (reader).
 * Bump SCHEMA_VERSION on any incompatible change; the app refuses other versions.
 */
import { z } from 'zod'

export const SCHEMA_VERSION = 1

export const EVENT_TYPES = [
  'arrive', 'depart', 'travel', 'visit', 'meet', 'talks', 'agreement', 'gift', 'statement',
  'accusation', 'warning', 'attack', 'military', 'ceasefire', 'protest', 'arrest', 'court',
  'election', 'vote', 'appointment', 'death', 'disaster', 'health', 'release', 'sanction', 'trade',
  'other',
] as const
export const EventType = z.enum(EVENT_TYPES)
export type EventType = z.infer<typeof EventType>

/** How precisely the text fixes a time: a resolved value never claims more than this. */
export const Granularity = z.enum(['year', 'month', 'day', 'part-of-day', 'hour', 'minute'])
export type Granularity = z.infer<typeof Granularity>

export const PartOfDay = z.enum(['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night'])
export type PartOfDay = z.infer<typeof PartOfDay>

/** ISO calendar date (2023-09-12) or date-time with offset (2023-09-12T14:00:00+02:00). */
const IsoDateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'not an ISO date or date-time')

export const TimeAudit = z.object({
  /** The expression as written, or null when the time was inherited. */
  expression: z.string().nullable(),
  /** The reference instant it was resolved against (the publication time, ISO with offset). */
  reference: z.string(),
  /** Name of the parser/refiner/rule that produced the value, e.g. "zh/weekday-news-past". */
  rule: z.string(),
  /** Where an inherited time came from. */
  inheritedFrom: z.enum(['sentence', 'paragraph', 'story', 'publication']).optional(),
})
export type TimeAudit = z.infer<typeof TimeAudit>

export const EventTime = z.object({
  start: IsoDateOrDateTime,
  /** Set for ranges; null for a point at the given granularity. */
  end: IsoDateOrDateTime.nullable(),
  granularity: Granularity,
  partOfDay: PartOfDay.optional(),
  /** True when the text only bounds the time (a fuzzy or inherited range), false when it states it. */
  uncertain: z.boolean(),
  /** IANA zone the calendar values are expressed in. */
  timeZone: z.string(),
  audit: TimeAudit,
})
export type EventTime = z.infer<typeof EventTime>

export const ActorKind = z.enum(['person', 'organization', 'country', 'agency', 'group'])
export type ActorKind = z.infer<typeof ActorKind>

export const EventActor = z.object({
  /** Canonical actor id, shared across articles. */
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  role: z.enum(['agent', 'patient', 'participant']).optional(),
})
export type EventActor = z.infer<typeof EventActor>

export const Location = z.object({ name: z.string() })
export type Location = z.infer<typeof Location>

/** Where in an article a fact came from; spans are UTF-16 offsets into the paragraph text. */
export const SourceRef = z.object({
  articleId: z.string(),
  paragraph: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** The sentence exactly as in the article text. */
  text: z.string(),
  /** Span of the time expression inside the paragraph, when the sentence had one. */
  timeSpan: z.tuple([z.number().int(), z.number().int()]).optional(),
  /** The time this source gives, when sources of a merged event disagree. */
  time: EventTime.optional(),
})
export type SourceRef = z.infer<typeof SourceRef>

export const Event = z.object({
  id: z.string(),
  /** Ids this event also answers to (members merged into it), so old deep links still resolve. */
  aliases: z.array(z.string()),
  type: EventType,
  time: EventTime,
  actors: z.array(EventActor),
  location: Location.nullable(),
  confidence: z.number().min(0).max(1),
  sources: z.array(SourceRef).min(1),
  /** Set when sources disagree on the date. */
  dateConflict: z.boolean(),
})
export type Event = z.infer<typeof Event>

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
  eventCount: z.number().int().nonnegative(),
})
export type Actor = z.infer<typeof Actor>

/** What identifies and dates an article: shared by the index entry and the body file. */
export const ArticleMeta = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: z.string(),
  /** Publication time, ISO with the outlet's UTC offset. */
  published: z.string(),
  timeZone: z.string(),
  /** Script/language of the text, for the page's lang attribute (absent in hand-made data). */
  language: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(),
})

export type ArticleMeta = z.infer<typeof ArticleMeta>

export const ArticleSummary = ArticleMeta.extend({
  /** basename of the input file, as `extract` prints it. */
  file: z.string(),
  eventCount: z.number().int().nonnegative(),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

export const Sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})

export const Paragraph = z.object({
  text: z.string(),
  kind: z.enum(['lead', 'body', 'subhead', 'caption']),
  sentences: z.array(Sentence),
})
export type Paragraph = z.infer<typeof Paragraph>

/** public/data/articles/<id>.json: fetched on demand when an article is opened. */
export const ArticleBody = ArticleMeta.extend({
  schemaVersion: z.literal(SCHEMA_VERSION),
  paragraphs: z.array(Paragraph),
})
export type ArticleBody = z.infer<typeof ArticleBody>

/** public/data/index.json: everything the timeline needs, without article bodies. */
export const DataIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSummary),
  events: z.array(Event),
  actors: z.array(Actor),
})
export type DataIndex = z.infer<typeof DataIndex>

/** One line of `npm run extract`: flat, for evaluation and scripting. */
export const ExtractLine = z.object({
  article: z.string(),
  id: z.string(),
  type: EventType,
  start: IsoDateOrDateTime,
  end: IsoDateOrDateTime.nullable(),
  granularity: Granularity,
  uncertain: z.boolean(),
  actors: z.array(z.object({ name: z.string(), kind: ActorKind })),
  location: Location.nullable(),
  /** The (first) source sentence, exactly as in the article's text. */
  text: z.string(),
  /** Every sentence of the article that reports this event (text is the first). */
  sentences: z.array(z.string()),
  confidence: z.number(),
  audit: TimeAudit,
})
export type ExtractLine = z.infer<typeof ExtractLine>
