/** The 27 event types (src/schema EVENT_TYPES) named in each UI language; a missing one is a type error. */
import type { EventType } from '../../schema'
import type { Language } from '../url-state/view-params'

export const EVENT_TYPE_NAMES: Record<Language, Record<EventType, string>> = {
  zh: {
    arrive: '抵达', depart: '离开', travel: '出行', visit: '访问', meet: '会见', talks: '会谈',
    agreement: '协议', gift: '赠送', statement: '表态', accusation: '指责', warning: '警告',
    attack: '袭击', military: '军事', ceasefire: '停火', protest: '抗议', arrest: '逮捕',
    court: '司法', election: '选举', vote: '投票', appointment: '任命', death: '死亡',
    disaster: '灾害', health: '卫生', release: '释放', sanction: '制裁', trade: '贸易', other: '其他',
  },
  en: {
    arrive: 'Arrival', depart: 'Departure', travel: 'Travel', visit: 'Visit', meet: 'Meeting', talks: 'Talks',
    agreement: 'Agreement', gift: 'Gift', statement: 'Statement', accusation: 'Accusation', warning: 'Warning',
    attack: 'Attack', military: 'Military action', ceasefire: 'Ceasefire', protest: 'Protest', arrest: 'Arrest',
    court: 'Court', election: 'Election', vote: 'Vote', appointment: 'Appointment', death: 'Death',
    disaster: 'Disaster', health: 'Health', release: 'Release', sanction: 'Sanction', trade: 'Trade', other: 'Other',
  },
}
