import { describe, expect, it } from 'vitest'
import { analyse } from '../../stages/actors'
import { defaultModel, eventLikelihood, SentenceModel, sentenceFeatures, type SentenceView } from '../sentence-model'
import { DEFAULT_TRAINING, trainSentenceModel, type Example } from '../train'

function view(text: string, extra: Partial<SentenceView> = {}): SentenceView {
  const { simple, tokens } = analyse(text)
  return { simple, tokens, pastTimes: 0, futureTime: false, actorKinds: [], ...extra }
}

describe('sentence features', () => {
  it('keep words, verbs and tag pairs but no name, place or number, so the model learns how news tells, not whom it was about', () => {
    const features = sentenceFeatures(view('特朗普在白宫签署了3项法令'))
    expect(features).toContain('v:签署')
    expect(features).toContain('w:签署')
    expect(features.some((f) => f.startsWith('tt:'))).toBe(true)
    expect(features.filter((f) => f.startsWith('w:') && /特朗普|3/.test(f))).toEqual([])
  })
  it('record the time expressions, the future, the kinds of actor, the length and a quotation', () => {
    const features = sentenceFeatures(view('他说：“我们周五见。”', { pastTimes: 3, futureTime: true, actorKinds: ['person', 'person', 'country'] }))
    expect(features).toEqual(expect.arrayContaining(['times:2', 'future-time', 'kind:person', 'kind:country', 'length:0', 'quote']))
    expect(features.filter((f) => f === 'kind:person')).toHaveLength(1)
    expect(sentenceFeatures(view('他说我们周五见'))).toContain('times:0')
    expect(sentenceFeatures(view('他说我们周五见'))).not.toContain('quote')
  })
})

describe('event likelihood', () => {
  const model: SentenceModel = { version: 1, threshold: 0.5, veto: 0.05, bias: -1, weights: { 'v:签署': 3 }, trainedOn: { files: 1, sentences: 2, positives: 1 } }
  it('is the logistic of the bias plus the weights of the features present; unknown features weigh nothing', () => {
    expect(eventLikelihood(model, ['v:签署', 'w:从未见过'])).toBeCloseTo(1 / (1 + Math.exp(-2)))
    expect(eventLikelihood(model, [])).toBeCloseTo(1 / (1 + Math.exp(1)))
  })
})

describe('training', () => {
  const examples: Example[] = [
    ...Array.from({ length: 20 }, (_, i) => ({ features: ['v:请辞', 'times:1', `w:x${i}`], label: true })),
    ...Array.from({ length: 20 }, (_, i) => ({ features: ['v:认为', 'times:0', `w:y${i}`], label: false })),
  ]
  it('learns which features tell a happening, and gives the same model for the same examples', () => {
    const model = trainSentenceModel(examples, 2)
    expect(eventLikelihood(model, ['v:请辞', 'times:1'])).toBeGreaterThan(0.8)
    expect(eventLikelihood(model, ['v:认为', 'times:0'])).toBeLessThan(0.2)
    expect(model.trainedOn).toEqual({ files: 2, sentences: 40, positives: 20 })
    expect(trainSentenceModel(examples, 2)).toEqual(model)
  })
  it('drops weights too small to matter, so the shipped file stays small', () => {
    const model = trainSentenceModel(examples, 2)
    expect(Object.values(model.weights).every((w) => Math.abs(w) >= 0.01)).toBe(true)
    expect(Object.keys(trainSentenceModel(examples, 2, { ...DEFAULT_TRAINING, prune: 100 }).weights)).toEqual([])
  })
})

describe('the shipped model', () => {
  it('is a valid model trained on the gold files, whose veto lies well under its threshold', () => {
    const model = defaultModel()
    expect(model.threshold).toBeGreaterThan(0.5)
    expect(model.threshold).toBeLessThan(1)
    expect(model.veto).toBeLessThan(0.2)
    expect(model.trainedOn.files).toBeGreaterThanOrEqual(400)
    expect(Object.keys(model.weights).length).toBeGreaterThan(1000)
  })
  it('a malformed model file is refused with the reason', () => {
    expect(SentenceModel.safeParse({ version: 1, threshold: 2, veto: 0, bias: 0, weights: {}, trainedOn: { files: 0, sentences: 0, positives: 0 } }).success).toBe(false)
    expect(SentenceModel.safeParse({ version: 2, threshold: 0.5, veto: 0, bias: 0, weights: {}, trainedOn: { files: 0, sentences: 0, positives: 0 } }).success).toBe(false)
  })
})
