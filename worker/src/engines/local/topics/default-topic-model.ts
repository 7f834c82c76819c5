import { decodeModel } from '../classifier/serialize-model.ts'
import type { SerializedTopicModel, TopicModel } from './topic-model.ts'
import data from './topic-model.json'

const stored = data as SerializedTopicModel

/** The shipped topic scorer (trained on the project's own tickets by `npm run train:topics`), decoded once. */
export const DEFAULT_TOPIC_MODEL: TopicModel = {
  escalation: decodeModel(stored.escalation),
  topics: decodeModel(stored.topics),
  threshold: stored.threshold,
  safetyThreshold: stored.safetyThreshold,
}
