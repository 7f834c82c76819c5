import { AppError, type TrainExample, type TrainTarget } from '@deskmate/shared'
import { argmax, scoreCounts, softmax, type LinearModel } from './classifier/linear-model.ts'
import { DEFAULT_FIT_OPTIONS, fitLinear, type FitOptions } from './classifier/fit-linear.ts'
import { createRandom } from './classifier/random.ts'
import { pruneModel } from './classifier/prune-model.ts'
import { serializeModel } from './classifier/serialize-model.ts'
import {
  DEFAULT_FEATURE_CONFIG,
  hashFeatures,
  type FeatureConfig,
  type FeatureCounts,
} from './text/hash-features.ts'

/** A trained head, ready to store. */
export type TrainedModel = {
  target: TrainTarget
  labels: string[]
  json: string
  examples: number
  holdoutAccuracy: number | null
}

/** Keeps a serialized model well under D1's row size: vocabulary × labels weights at most. */
export const MAX_WEIGHTS = 1_200_000
const MIN_HOLDOUT_EXAMPLES = 50
const HOLDOUT_SHARE = 0.1

// Rare n-grams are kept while training (they let the model recognise near-duplicate tickets) and pruned after.
const FIT_OPTIONS: FitOptions = { ...DEFAULT_FIT_OPTIONS, learningRate: 2, minDf: 1, maxFeatures: 400_000 }

/** Options of one training run; `fit` overrides single trainer knobs. */
export type TrainOptions = { config: FeatureConfig; maxWeights: number; fit?: Partial<FitOptions> }

// Queues are many overlapping classes: one-vs-rest SVMs on raw term counts separate them better than the softmax
// in 5-fold cross-validation (about +0.8 point); the few-class heads lose accuracy with them and keep the softmax.
const HINGE_TARGETS: readonly TrainTarget[] = ['category']
const HINGE_FIT: Partial<FitOptions> = { loss: 'squared-hinge', cost: 1 }
// SVM scores are margins, not logits: a scale fitted on the holdout turns them into calibrated probabilities.
const TEMPERATURES = [1, 1.5, 2, 3, 4, 6, 8, 12, 16] as const
const DEFAULT_TEMPERATURE = 4

const DEFAULT_TRAIN_OPTIONS: TrainOptions = { config: DEFAULT_FEATURE_CONFIG, maxWeights: MAX_WEIGHTS }

const scaleModel = (model: LinearModel, factor: number): LinearModel => ({
  ...model,
  weights: model.weights.map((value) => value * factor),
  bias: model.bias.map((value) => value * factor),
})

/** A training example hashed once, with the index of its label. */
type Hashed = { counts: FeatureCounts; label: number }

/** The score scale with the lowest log-loss on the holdout (scaling the weights scales the logits). */
const fitTemperature = (holdoutScores: { scores: Float64Array; label: number }[]): number => {
  let best: number = DEFAULT_TEMPERATURE
  let bestLoss = Infinity
  for (const factor of TEMPERATURES) {
    let loss = 0
    for (const { scores, label } of holdoutScores) {
      const probabilities = softmax(scores.map((score) => score * factor))
      loss -= Math.log(Math.max(probabilities[label] ?? 0, 1e-12))
    }
    if (loss < bestLoss) [best, bestLoss] = [factor, loss]
  }
  return best
}

const fit = (examples: Hashed[], labels: string[], options: TrainOptions) =>
  pruneModel(
    fitLinear(
      examples.map((example) => example.counts),
      Int32Array.from(examples, (example) => example.label),
      labels,
      options.config,
      { ...FIT_OPTIONS, ...options.fit },
    ),
    Math.floor(options.maxWeights / labels.length),
  )

/** Deterministic per-label holdout so every label is represented on both sides. */
const splitHoldout = (examples: Hashed[]): { train: Hashed[]; holdout: Hashed[] } => {
  const random = createRandom(97)
  const train: Hashed[] = []
  const holdout: Hashed[] = []
  const seen = new Map<number, number>()
  for (const example of examples) {
    const count = seen.get(example.label) ?? 0
    seen.set(example.label, count + 1)
    ;(count > 0 && random() < HOLDOUT_SHARE ? holdout : train).push(example)
  }
  return { train, holdout }
}

/** Trains one head of the local classifier; measures accuracy on a 10 % holdout, then refits on everything. */
export const trainModel = (
  target: TrainTarget,
  examples: TrainExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): TrainedModel => {
  const labels = [...new Set(examples.map((example) => example.label))].sort()
  if (labels.length < 2)
    throw new AppError('validation_failed', 'Training needs at least two different labels')
  const isHinge = HINGE_TARGETS.includes(target)
  const fitOptions: TrainOptions = isHinge
    ? { ...options, config: { ...options.config, rawTf: true }, fit: { ...HINGE_FIT, ...options.fit } }
    : target === 'sentiment'
      ? { ...options, config: { ...options.config, polarity: true } }
      : options
  // Hashed once: the holdout fit, its predictions and the final fit all read the same features.
  const hashed = examples.map((example) => ({
    counts: hashFeatures(example.text, fitOptions.config),
    label: labels.indexOf(example.label),
  }))
  let holdoutAccuracy: number | null = null
  let temperature: number = isHinge ? DEFAULT_TEMPERATURE : 1
  if (examples.length >= MIN_HOLDOUT_EXAMPLES) {
    const { train, holdout } = splitHoldout(hashed)
    const model = fit(train, labels, fitOptions)
    const holdoutScores = holdout.map(({ counts, label }) => ({ scores: scoreCounts(model, counts), label }))
    if (isHinge && holdout.length > 0) temperature = fitTemperature(holdoutScores)
    const correct = holdoutScores.filter(({ scores, label }) => argmax(scores) === label).length
    holdoutAccuracy = holdout.length > 0 ? Number((correct / holdout.length).toFixed(4)) : null
  }
  const fitted = fit(hashed, labels, fitOptions)
  const model = temperature === 1 ? fitted : scaleModel(fitted, temperature)
  return { target, labels, json: serializeModel(model), examples: examples.length, holdoutAccuracy }
}
