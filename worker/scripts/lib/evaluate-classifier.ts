import type { TrainExample, TrainTarget } from '@deskmate/shared'
import { argmax, predictProbabilities } from '../../src/engines/local/classifier/linear-model.ts'
import { parseModel } from '../../src/engines/local/classifier/serialize-model.ts'
import { MAX_WEIGHTS, trainModel } from '../../src/engines/local/train-model.ts'
import type { FitOptions } from '../../src/engines/local/classifier/fit-linear.ts'
import { DEFAULT_FEATURE_CONFIG } from '../../src/engines/local/text/hash-features.ts'

/** One prediction of an evaluation run. */
export type Prediction = { truth: string; predicted: string; confidence: number }

/** Trains a head exactly as the Worker does, round-trips it through its stored JSON, and predicts the test set. */
export const evaluateClassifier = (
  target: TrainTarget,
  train: TrainExample[],
  test: TrainExample[],
  fit?: Partial<FitOptions>,
): { predictions: Prediction[]; trainMs: number; modelBytes: number } => {
  const started = performance.now()
  const trained = trainModel(target, train, { config: DEFAULT_FEATURE_CONFIG, maxWeights: MAX_WEIGHTS, fit })
  const trainMs = performance.now() - started
  const model = parseModel(trained.json)
  const predictions = test.map((example) => {
    const probabilities = predictProbabilities(model, example.text)
    const best = argmax(probabilities)
    return {
      truth: example.label,
      predicted: model.labels[best] as string,
      confidence: Number((probabilities[best] as number).toFixed(4)),
    }
  })
  return { predictions, trainMs, modelBytes: trained.json.length }
}
