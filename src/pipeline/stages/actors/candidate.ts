import type { ActorKind } from '../../../schema'

/** A possible actor mention in one sentence, before overlap resolution and coreference. */
export interface Candidate {
  /** Offsets into the sentence text. */
  start: number
  end: number
  text: string
  /** Name as found (Simplified); for coreference candidates the phrase itself. */
  name: string
  kind: ActorKind
  via: string
  /** Higher wins an overlap. */
  priority: number
  /** Title before a name, or the title a coreferring phrase uses (its group). */
  titleGroup?: string
  /** The title itself (女士, 州长), when one introduced or follows the name. */
  title?: string
  /** Country named right before the title / person ("俄罗斯总统普京"). */
  country?: string
  /** Another name of the person named right before it, in brackets (杨恒均（杨军）). */
  aliasOf?: string
  /** For a pronoun: people named in its own clause, whom it cannot stand for. */
  excludes?: string[]
  /** Needs resolution against the article: 'title' | 'pronoun' | 'organization' (该公司) | 'surname' (窦先生). */
  coref?: 'title' | 'pronoun' | 'organization' | 'surname'
}
