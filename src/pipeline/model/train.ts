/**
 * Trains the sentence model: L2-regularised logistic regression over sparse binary features, by
 * full-batch gradient descent with per-feature (AdaGrad) steps, from zero weights, so the same
 * examples always give the same model.
 *
 * Written here rather than taken from a library: the npm ones (ml-logistic-regression,
 * natural's LogisticRegressionClassifier) hold the examples as a dense matrix, and ten thousand
 * sentences over tens of thousands of features do not fit one; this is a few loops over sparse rows.
 */
import type { SentenceModel } from './sentence-model'

export interface Example {
  features: readonly string[]
  /** The sentence reports a happening. */
  label: boolean
}

export interface TrainOptions {
  /** Weight of the L2 penalty: the loss is Σ log-loss + l2/2 · |w|² (the bias is not penalised). */
  l2: number
  iterations: number
  step: number
  threshold: number
  veto: number
  /** Weights closer to zero than this are dropped from the model. */
  prune: number
}

export const DEFAULT_TRAINING: TrainOptions = { l2: 1, iterations: 400, step: 0.5, threshold: 0.75, veto: 0.05, prune: 0.01 }

export function trainSentenceModel(examples: readonly Example[], files: number, options: TrainOptions = DEFAULT_TRAINING): SentenceModel {
  const index = new Map<string, number>()
  const rows = examples.map((e) => e.features.map((f) => index.get(f) ?? index.set(f, index.size).get(f)!))
  const labels = examples.map((e) => (e.label ? 1 : 0))
  const weights = new Float64Array(index.size)
  const squares = new Float64Array(index.size)
  let bias = 0
  let biasSquares = 0
  const gradient = new Float64Array(index.size)
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0)
    let biasGradient = 0
    rows.forEach((row, r) => {
      let z = bias
      for (const i of row) z += weights[i]!
      const error = 1 / (1 + Math.exp(-z)) - labels[r]!
      biasGradient += error
      for (const i of row) gradient[i]! += error
    })
    for (let i = 0; i < weights.length; i++) {
      const g = gradient[i]! + options.l2 * weights[i]!
      squares[i]! += g * g
      if (squares[i]! > 0) weights[i]! -= (options.step * g) / Math.sqrt(squares[i]!)
    }
    biasSquares += biasGradient * biasGradient
    if (biasSquares > 0) bias -= (options.step * biasGradient) / Math.sqrt(biasSquares)
  }
  const kept: Record<string, number> = {}
  for (const [feature, i] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(weights[i]!) >= options.prune) kept[feature] = Math.round(weights[i]! * 1e4) / 1e4
  }
  return {
    version: 1,
    threshold: options.threshold,
    veto: options.veto,
    bias: Math.round(bias * 1e4) / 1e4,
    weights: kept,
    trainedOn: { files, sentences: examples.length, positives: labels.filter((l) => l === 1).length },
  }
}
