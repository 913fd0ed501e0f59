/**
 * English trigger words, as news writes them (past tense and present, lower case). Matched on
 * word boundaries like the Chinese ones; a multi-word phrase is split with "…" (tested…positive).
 */
import type { EventType } from '../../schema'

export const EN_TRIGGERS: Record<EventType, readonly (string | [string, number])[]> = {
  arrive: ['arrived', 'arrives', 'landed', 'lands'],
  depart: ['left', 'departed', 'departs'],
  travel: ['traveled', 'travelled', 'travels', 'flew', 'returned', 'returns', 'headed'],
  visit: ['visited', 'visits', 'toured', 'attended', 'attends'],
  meet: ['met', 'meets', 'hosted', 'hosts', ['invited', 0.6]],
  talks: ['talks', 'discussed', 'discusses', 'negotiated', 'negotiations', 'mediated'],
  agreement: ['signed', 'signs', 'agreed', 'agrees', 'approved', 'approves', 'ratified'],
  gift: ['donated', 'gave', 'presented'],
  statement: [
    ['said', 0.45], ['says', 0.45], ['told', 0.45], ['announced', 0.65], ['announces', 0.65], ['stated', 0.45],
    ['confirmed', 0.55], ['denied', 0.55], ['tweeted', 0.5], ['urged', 0.5], ['pledged', 0.55], ['vowed', 0.55],
    ['praised', 0.45], ['welcomed', 0.45], ['insisted', 0.45], ['declared', 0.55], ['reported', 0.45], ['apologized', 0.5],
  ],
  accusation: ['accused', 'accuses', 'condemned', 'condemns', 'blamed', 'blames', 'criticized', 'criticised', 'criticizes'],
  warning: ['warned', 'warns', 'threatened', 'threatens'],
  attack: ['attacked', 'attacks', 'bombed', 'shelled', 'shot', 'stabbed', 'struck', 'raided', 'clashed'],
  military: ['deployed', 'launched', 'paraded', 'invaded', 'fired'],
  ceasefire: ['ceasefire', 'truce', 'cease-fire'],
  protest: ['protested', 'protests', 'demonstrated', 'marched', 'rallied', 'boycotted'],
  arrest: ['arrested', 'detained', 'abducted', 'kidnapped'],
  court: ['charged', 'sentenced', 'indicted', 'convicted', 'ruled', 'sued', 'acquitted'],
  election: ['elected', 're-elected', 'campaigned', 'campaigns', 'won'],
  vote: ['voted', 'votes'],
  appointment: ['appointed', 'nominated', 'resigned', 'fired', 'dismissed', 'sworn'],
  death: ['died', 'dies', 'killed', 'executed'],
  disaster: ['earthquake', 'hurricane', 'flooding', 'wildfire', 'crashed', 'collapsed'],
  health: ['tested…positive', 'hospitalized', 'hospitalised', 'infected', 'quarantined', 'vaccinated'],
  release: ['released', 'freed', 'pardoned'],
  sanction: ['sanctioned', 'sanctions', 'banned', 'blacklisted'],
  trade: ['tariffs', 'exported', 'imported'],
  other: ['postponed', 'cancelled', 'canceled', 'reopened', 'closed', 'evacuated'],
}
