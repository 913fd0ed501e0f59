/**
 * npm run train -- --set GOLD_DIR=CORPUS_DIR [--set …] [--out FILE]: trains the sentence model
 * (src/pipeline/model) on gold files and the articles they annotate. A sentence is a positive
 * example when it holds an anchor of any gold event, required or not, as eval matches them.
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { goldArticles } from '../eval/collect'
import { anchoredIn } from '../eval/score'
import { readAndProcess } from '../ingest'
import { mentionsBySentence, sentenceKey } from '../mentions'
import { analyse } from '../stages/actors'
import { sentenceFeatures, sentenceView } from '../model/sentence-model'
import { trainSentenceModel, type Example } from '../model/train'
import { defaultWorkers, parseCli } from './args'

const DEFAULT_OUT = fileURLToPath(new URL('../model/event-sentences.json', import.meta.url))
const USAGE = `usage: npm run train -- --set GOLD_DIR=CORPUS_DIR [--set GOLD_DIR=CORPUS_DIR …] [--out FILE]
  Trains the model that finds event sentences no trigger rule took, on every gold file under each
  GOLD_DIR with its article at CORPUS_DIR/<file> (or data/articles/<basename>). Writes FILE
  (default ${DEFAULT_OUT}).`
/** Headings and datelines: too short to tell anything, and an anchor "contains" them by accident. */
const MIN_SENTENCE = 6

const { values } = parseCli({ set: { type: 'string', multiple: true }, out: { type: 'string', default: DEFAULT_OUT } }, USAGE)
if (values.help || !values.set?.length) {
  console.error(USAGE)
  process.exit(values.help ? 0 : 2)
}

const examples: Example[] = []
let files = 0
for (const pair of values.set) {
  const [goldDir, corpus] = pair.split('=')
  if (!goldDir || !corpus) {
    console.error(`--set takes GOLD_DIR=CORPUS_DIR, got "${pair}"`)
    process.exit(2)
  }
  const golds = await goldArticles(goldDir, corpus, (message) => console.error(message))
  const processed = await readAndProcess(golds.map((g) => g.article), { workers: defaultWorkers(), timeoutMs: 60_000, cache: null })
  for (const d of processed.skipped) console.error(`skipped ${d.source}: ${d.message}`)
  const byPath = new Map(processed.docs.map((d) => [d.path, d]))
  for (const { gold, article } of golds) {
    const doc = byPath.get(resolve(article))
    if (!doc) continue
    files++
    const anchors = gold.events.flatMap((e) => e.anchors)
    const mentions = mentionsBySentence(doc.mentions)
    for (const s of doc.sentences) {
      if (s.text.trim().length < MIN_SENTENCE) continue
      const view = sentenceView(doc, s, analyse(s.text), mentions.get(sentenceKey(s.paragraph, s.index)) ?? [])
      examples.push({ features: sentenceFeatures(view), label: anchoredIn(s.text, anchors) })
    }
  }
  console.error(`${goldDir}: ${golds.length} gold files`)
}

if (files === 0) {
  console.error('no article could be read: the model is left as it was')
  process.exit(1)
}
const model = trainSentenceModel(examples, files)
await writeFile(values.out!, `${JSON.stringify(model, null, 1)}\n`)
const { sentences, positives } = model.trainedOn
console.log(`${values.out}: ${files} articles, ${sentences} sentences (${positives} report a happening), ${Object.keys(model.weights).length} features kept`)
