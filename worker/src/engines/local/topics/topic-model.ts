import { SAFETY_TOPICS, SENSITIVE_TOPICS, foldText, type SensitiveTopic } from '@deskmate/shared'
import { argmax, scoreCounts, softmax, type LinearModel } from '../classifier/linear-model.ts'
import type { SerializedModel } from '../classifier/serialize-model.ts'
import { hashFeatures } from '../text/hash-features.ts'
import { withConcepts } from './topic-concepts.ts'

/**
 * The trained topic scorer: an escalation head (everyday vs sensitive, a linear SVM whose margin is the
 * score) and a topic head (which sensitive topic, softmax), with thresholds set on cross-validated training
 * predictions so that recall comes first. Safety topics (self-harm, threats of violence) clear a lower bar.
 */
export type TopicModel = {
  escalation: LinearModel
  topics: LinearModel
  /** Escalation margin from which a ticket is sensitive. */
  threshold: number
  /** Lower margin from which a ticket whose likeliest topic is a safety topic is sensitive. */
  safetyThreshold: number
}

/** The topic model as stored beside the Worker. */
export type SerializedTopicModel = {
  escalation: SerializedModel
  topics: SerializedModel
  threshold: number
  safetyThreshold: number
}

/** A topic whose probability reaches this share is named too, besides the likeliest one. */
const SECOND_TOPIC = 0.35

/** The text both heads read: normalised, with its concept tokens. */
export const topicText = (text: string): string => withConcepts(foldText(text))

/** What the scorer thinks of a text: the escalation margin and each topic's probability. */
export type TopicScores = { margin: number; topics: Record<SensitiveTopic, number> }

/** Scores a ticket text with both heads (features hashed once when both heads share a configuration). */
export const scoreTopics = (model: TopicModel, text: string): TopicScores => {
  const prepared = topicText(text)
  const counts = hashFeatures(prepared, model.escalation.config)
  const same = JSON.stringify(model.escalation.config) === JSON.stringify(model.topics.config)
  const escalation = scoreCounts(model.escalation, counts)
  const probabilities = softmax(
    scoreCounts(model.topics, same ? counts : hashFeatures(prepared, model.topics.config)),
  )
  const topics = Object.fromEntries(
    model.topics.labels.map((label, i) => [label, probabilities[i] as number]),
  ) as Record<SensitiveTopic, number>
  return { margin: (escalation[1] as number) - (escalation[0] as number), topics }
}

/**
 * The sensitive topics the trained scorer flags in a text, in `SENSITIVE_TOPICS` order.
 * @example flagTopics(model, 'Ich will einfach nicht mehr leben') // ['self_harm']
 */
export const flagTopics = (model: TopicModel, text: string): SensitiveTopic[] => {
  const { margin, topics } = scoreTopics(model, text)
  if (margin < Math.min(model.threshold, model.safetyThreshold)) return []
  const best = model.topics.labels[argmax(Object.values(topics))] as SensitiveTopic
  if (margin < model.threshold) return SAFETY_TOPICS.includes(best) ? [best] : []
  return SENSITIVE_TOPICS.filter((topic) => topic === best || (topics[topic] ?? 0) >= SECOND_TOPIC)
}
