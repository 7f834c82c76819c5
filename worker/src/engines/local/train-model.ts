import { AppError, type TrainExample, type TrainTarget } from '@deskmate/shared'
import { argmax, predictProbabilities } from './classifier/linear-model.ts'
import { DEFAULT_FIT_OPTIONS, createRandom, fitSoftmax, type FitOptions } from './classifier/fit-softmax.ts'
import { pruneModel } from './classifier/prune-model.ts'
import { serializeModel } from './classifier/serialize-model.ts'
import { DEFAULT_FEATURE_CONFIG, hashFeatures, type FeatureConfig } from './text/hash-features.ts'

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

const DEFAULT_TRAIN_OPTIONS: TrainOptions = { config: DEFAULT_FEATURE_CONFIG, maxWeights: MAX_WEIGHTS }

const fit = (examples: TrainExample[], labels: string[], options: TrainOptions) =>
  pruneModel(
    fitSoftmax(
      examples.map((example) => hashFeatures(example.text, options.config)),
      Int32Array.from(examples, (example) => labels.indexOf(example.label)),
      labels,
      options.config,
      { ...FIT_OPTIONS, ...options.fit },
    ),
    Math.floor(options.maxWeights / labels.length),
  )

/** Deterministic per-label holdout so every label is represented on both sides. */
const splitHoldout = (examples: TrainExample[]): { train: TrainExample[]; holdout: TrainExample[] } => {
  const random = createRandom(97)
  const train: TrainExample[] = []
  const holdout: TrainExample[] = []
  const seen = new Map<string, number>()
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
  let holdoutAccuracy: number | null = null
  if (examples.length >= MIN_HOLDOUT_EXAMPLES) {
    const { train, holdout } = splitHoldout(examples)
    const model = fit(train, labels, options)
    const correct = holdout.filter(
      (example) => labels[argmax(predictProbabilities(model, example.text))] === example.label,
    ).length
    holdoutAccuracy = holdout.length > 0 ? Number((correct / holdout.length).toFixed(4)) : null
  }
  const model = fit(examples, labels, options)
  return { target, labels, json: serializeModel(model), examples: examples.length, holdoutAccuracy }
}
