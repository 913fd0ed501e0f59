/**
 * Events stage: typed, dated events with actors, location and their source sentences, from the
 * sentences, time expressions and actor mentions the earlier stages attached to the document.
 */
import type { EventTime } from '../../../schema'
import type { ArticleDoc, ExtractedEvent, Stage } from '../../doc'
import { eventId } from '../../ids'
import { mentionsBySentence, sentenceKey } from '../../mentions'
import { sentenceDrafts, type Draft } from './extract'
import { mergeInArticle } from './merge'
import { publicationWindow, storyAnchor, storySpan } from './time'
import { findTrips, tripOf, type Trip } from './trips'

function finalTime(doc: ArticleDoc, d: Draft, trips: readonly Trip[]): EventTime {
  if (d.time.from === 'clause' && d.time.time) return d.time.time
  const isTripEnd = d.trigger.entry.type === 'arrive' || d.trigger.entry.type === 'depart'
  const trip = isTripEnd ? null : tripOf(d, trips, d.duringTrip)
  if (trip && d.duringTrip) return storySpan(doc, trip.start, trip.end)
  if (d.time.time) return d.time.time
  if (trip) return storySpan(doc, trip.start, trip.end)
  return storyAnchor(doc, d.paragraph, d.sentence, d.trigger.entry.type === 'statement') ?? publicationWindow(doc)
}

function toEvent(doc: ArticleDoc, d: Draft, trips: readonly Trip[]): ExtractedEvent {
  const timex = d.time.timex
  const sameSentence = timex && timex.paragraph === d.paragraph && timex.sentence === d.sentence
  return {
    id: eventId(doc.id, [d.trigger.entry.type, d.sentenceText, d.clause]),
    type: d.trigger.entry.type,
    sentences: [{ paragraph: d.paragraph, sentence: d.sentence, ...(sameSentence ? { timeSpan: [timex.start, timex.end] as [number, number] } : {}) }],
    time: finalTime(doc, d, trips),
    actors: d.actors,
    location: d.location,
    confidence: d.confidence,
    trigger: d.trigger.word,
  }
}

export const eventsStage: Stage = (doc: ArticleDoc): ArticleDoc => {
  const mentions = mentionsBySentence(doc.mentions)
  const drafts = doc.sentences.flatMap((s, order) => sentenceDrafts(doc, s, order, mentions.get(sentenceKey(s.paragraph, s.index)) ?? []))
  const trips = findTrips(drafts)
  const events = mergeInArticle(drafts.map((d) => toEvent(doc, d, trips)))
  return { ...doc, events }
}
