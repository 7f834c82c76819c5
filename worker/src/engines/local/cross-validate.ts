import type { TrainExample, TrainingClass } from '@deskmate/shared'
import { argmax, predictProbabilities, type LinearModel } from './classifier/linear-model.ts'
import { parseModel } from './classifier/serialize-model.ts'
import { trainModel } from './train-model.ts'

/** Per-class and overall accuracy of a candidate trained on each fold's rest, and of the current model. */
export type CrossValidation = {
  folds: number
  candidateAccuracy: number
  currentAccuracy: number
  classes: TrainingClass[]
}

const ratio = (hits: number, total: number): number => (total === 0 ? 0 : Number((hits / total).toFixed(4)))

/** The most probable of `allowed` labels (what the engine answers for a tenant's taxonomy); null if none. */
const predict = (model: LinearModel, text: string, allowed: ReadonlySet<string>): string | null => {
  const probabilities = predictProbabilities(model, text)
  let best: string | null = null
  let score = -1
  model.labels.forEach((label, i) => {
    if (allowed.has(label) && (probabilities[i] as number) > score)
      [best, score] = [label, probabilities[i] as number]
  })
  return best ?? (model.labels[argmax(probabilities)] as string)
}

/**
 * K-fold cross-validation of the category model: each example (dealt to folds in turn, so every label spreads
 * over them) is predicted by a candidate trained on the other folds, and by the current model, which saw none
 * of the folds' tickets. Both are restricted to the labels of the examples, as the engine restricts itself to
 * the tenant's taxonomy.
 */
export const crossValidate = (
  labelled: TrainExample[],
  current: LinearModel,
  folds: number,
): CrossValidation => {
  const examples = [...labelled].sort((a, b) => a.label.localeCompare(b.label))
  const allowed = new Set(examples.map((example) => example.label))
  const byLabel = new Map<string, { examples: number; candidate: number; current: number }>()
  for (const label of allowed) byLabel.set(label, { examples: 0, candidate: 0, current: 0 })
  const fold = (i: number): number => i % folds
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => fold(i) !== f)
    const candidate = parseModel(trainModel('category', train).json)
    examples.forEach((example, i) => {
      if (fold(i) !== f) return
      const tally = byLabel.get(example.label)!
      tally.examples++
      if (predict(candidate, example.text, allowed) === example.label) tally.candidate++
      if (predict(current, example.text, allowed) === example.label) tally.current++
    })
  }
  const tallies = [...byLabel.entries()].sort(([a], [b]) => a.localeCompare(b))
  const sum = (key: 'candidate' | 'current') => tallies.reduce((total, [, tally]) => total + tally[key], 0)
  return {
    folds,
    candidateAccuracy: ratio(sum('candidate'), examples.length),
    currentAccuracy: ratio(sum('current'), examples.length),
    classes: tallies.map(([label, tally]) => ({
      label,
      examples: tally.examples,
      candidate: ratio(tally.candidate, tally.examples),
      current: ratio(tally.current, tally.examples),
    })),
  }
}
