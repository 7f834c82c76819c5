import { SENSITIVE_TOPICS, detectSensitiveTopics, type SensitiveTopic } from '@deskmate/shared'
import { DEFAULT_TOPIC_MODEL } from './default-topic-model.ts'
import { flagTopics, type TopicModel } from './topic-model.ts'

/**
 * Every sensitive topic of a ticket text: the ones it names outright (patterns) and the ones the trained scorer
 * finds in paraphrases, in `SENSITIVE_TOPICS` order. Both read the Unicode-normalised text.
 * @example findSensitiveTopics('After syncing, all my notes from last year are gone') // ['data_loss']
 */
export const findSensitiveTopics = (
  text: string,
  model: TopicModel = DEFAULT_TOPIC_MODEL,
): SensitiveTopic[] => {
  const found = new Set([...detectSensitiveTopics(text), ...flagTopics(model, text)])
  return SENSITIVE_TOPICS.filter((topic) => found.has(topic))
}
