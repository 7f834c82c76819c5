import { SAFETY_TOPICS, SENSITIVE_TOPICS, type SensitiveTopic } from '@deskmate/shared'
import { DEFAULT_FIT_OPTIONS, fitLinear, type FitOptions } from '../classifier/fit-linear.ts'
import { scoreCounts, type LinearModel } from '../classifier/linear-model.ts'
import { pruneModel } from '../classifier/prune-model.ts'
import { DEFAULT_FEATURE_CONFIG, hashFeatures, type FeatureConfig } from '../text/hash-features.ts'
import { topicText, type TopicModel } from './topic-model.ts'

/** One labelled ticket: its topic (null when everyday) and its paraphrase family across languages. */
export type TopicExample = { text: string; topic: SensitiveTopic | null; group: string }

/**
 * Short character n-grams, word unigrams and concept tokens: in family-grouped cross-validation they separate
 * unseen paraphrases better than the classifier's longer n-grams, which memorise the wording of each family.
 */
export const TOPIC_FEATURES: FeatureConfig = {
  ...DEFAULT_FEATURE_CONFIG,
  charMin: 1,
  charMax: 3,
  wordNgrams: 1,
}

/** Knobs of a topic-model training run. */
export type TopicTrainOptions = {
  escalationFit: FitOptions
  topicFit: FitOptions
  maxRows: number
  folds: number
  seed: number
  /** Share of cross-validated sensitive examples the escalation threshold keeps (the rest set no bar). */
  recall: number
}

export const DEFAULT_TOPIC_TRAINING: TopicTrainOptions = {
  escalationFit: { ...DEFAULT_FIT_OPTIONS, loss: 'squared-hinge', cost: 3, minDf: 1, maxFeatures: 200_000 },
  topicFit: {
    ...DEFAULT_FIT_OPTIONS,
    epochs: 12,
    learningRate: 2,
    minDf: 1,
    maxFeatures: 200_000,
    balanced: true,
  },
  maxRows: 12_000,
  folds: 5,
  seed: 1,
  recall: 0.995,
}

type Prepared = TopicExample & { counts: ReturnType<typeof hashFeatures> }

const fitHead = (
  rows: Prepared[],
  labels: string[],
  label: (row: Prepared) => string,
  fit: FitOptions,
  maxRows: number,
) =>
  pruneModel(
    fitLinear(
      rows.map((row) => row.counts),
      Int32Array.from(rows, (row) => labels.indexOf(label(row))),
      labels,
      TOPIC_FEATURES,
      fit,
    ),
    maxRows,
  )

const fitEscalation = (rows: Prepared[], options: TopicTrainOptions): LinearModel =>
  fitHead(
    rows,
    ['none', 'sensitive'],
    (row) => (row.topic ? 'sensitive' : 'none'),
    options.escalationFit,
    options.maxRows,
  )

const fitTopics = (rows: Prepared[], options: TopicTrainOptions): LinearModel =>
  fitHead(
    rows.filter((row) => row.topic !== null),
    [...SENSITIVE_TOPICS],
    (row) => row.topic as string,
    options.topicFit,
    options.maxRows,
  )

/** FNV-1a of a family name: every translation of a family lands in the same fold. */
const foldOf = (group: string, folds: number, seed: number): number => {
  let h = 0x811c9dc5 ^ seed
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619)
  return (h >>> 0) % folds
}

/** An escalation margin predicted by a model that never saw the example's family. */
export type OutOfFold = { topic: SensitiveTopic | null; margin: number }

/** Family-grouped K-fold cross-validation of the escalation head; one margin per example, in input order. */
export const crossValidateEscalation = (rows: Prepared[], options: TopicTrainOptions): OutOfFold[] => {
  const folds = rows.map((row) => foldOf(row.group, options.folds, options.seed))
  const out: OutOfFold[] = new Array<OutOfFold>(rows.length)
  for (let k = 0; k < options.folds; k++) {
    const escalation = fitEscalation(
      rows.filter((_, i) => folds[i] !== k),
      options,
    )
    rows.forEach((row, i) => {
      if (folds[i] !== k) return
      const scores = scoreCounts(escalation, row.counts)
      out[i] = { topic: row.topic, margin: (scores[1] as number) - (scores[0] as number) }
    })
  }
  return out
}

/** The margin that keeps `recall` of the given margins at or above it. */
const marginAtRecall = (margins: number[], recall: number): number => {
  const sorted = [...margins].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((1 - recall) * sorted.length))] ?? 0
}

/**
 * Trains the topic scorer: thresholds from cross-validated margins (the general one keeps `recall` of the
 * sensitive examples, the safety one all self-harm and threat examples), then both heads on every example.
 */
export const trainTopicModel = (
  examples: readonly TopicExample[],
  options: TopicTrainOptions = DEFAULT_TOPIC_TRAINING,
): { model: TopicModel; outOfFold: OutOfFold[] } => {
  const rows = examples.map((example) => ({
    ...example,
    counts: hashFeatures(topicText(example.text), TOPIC_FEATURES),
  }))
  const outOfFold = crossValidateEscalation(rows, options)
  const sensitive = outOfFold.filter((row) => row.topic !== null).map((row) => row.margin)
  const safety = outOfFold
    .filter((row) => row.topic !== null && SAFETY_TOPICS.includes(row.topic))
    .map((row) => row.margin)
  const threshold = marginAtRecall(sensitive, options.recall)
  const safetyThreshold = Math.min(threshold, marginAtRecall(safety, 1))
  const model = {
    escalation: fitEscalation(rows, options),
    topics: fitTopics(rows, options),
    threshold,
    safetyThreshold,
  }
  return { model, outOfFold }
}
