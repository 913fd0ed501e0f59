import type { EventTime, EventType } from '../../../schema'

const TYPE_LABELS: Record<EventType, string> = {
  arrive: '抵达', depart: '离开', travel: '出行', visit: '访问', meet: '会见', talks: '会谈',
  agreement: '协议', gift: '赠送', statement: '表态', accusation: '指责', warning: '警告',
  attack: '袭击', military: '军事', ceasefire: '停火', protest: '抗议', arrest: '逮捕',
  court: '司法', election: '选举', vote: '投票', appointment: '任命', death: '死亡',
  disaster: '灾害', health: '卫生', release: '释放', sanction: '制裁', trade: '贸易', other: '其他',
}

export function typeLabel(type: EventType): string {
  return TYPE_LABELS[type]
}

function showValue(value: string, granularity: EventTime['granularity']): string {
  if (granularity === 'year') return value.slice(0, 4)
  if (granularity === 'month') return value.slice(0, 7)
  if (granularity === 'day' || granularity === 'part-of-day' || value.length <= 10) return value.slice(0, 10)
  return `${value.slice(0, 10)} ${value.slice(11, 16)}`
}

/** "2023-09-12", "2023-09-12 14:00", "2023-09 – 2023-10"; "≈" marks a time the text only bounds. */
export function formatEventTime(time: EventTime): string {
  const start = showValue(time.start, time.granularity)
  const end = time.end ? showValue(time.end, time.granularity) : start
  const range = end === start ? start : `${start} – ${end}`
  return time.uncertain ? `≈ ${range}` : range
}
