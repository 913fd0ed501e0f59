/** The gold-annotation format (see ../shared/gold/README.md), validated on load. */
import { z } from 'zod'
import { EventType } from '../../schema'

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')

export const GoldEvent = z
  .object({
    id: z.string(),
    type: EventType,
    anchors: z.array(z.string().min(1)).min(1),
    date: Day.optional(),
    range: z.tuple([Day, Day]).optional(),
    actors: z.array(z.string()),
    required: z.boolean().optional(),
  })
  .refine((e) => (e.date === undefined) !== (e.range === undefined), 'needs exactly one of date or range')
export type GoldEvent = z.infer<typeof GoldEvent>

export const GoldFile = z.object({
  file: z.string(),
  published: z.string(),
  note: z.string().optional(),
  events: z.array(GoldEvent),
  actors: z.array(z.string()),
})
export type GoldFile = z.infer<typeof GoldFile>
