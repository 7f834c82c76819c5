import { describe, expect, it } from 'vitest'
import { flagTopics } from './topic-model.ts'
import { DEFAULT_TOPIC_TRAINING, trainTopicModel, type TopicExample } from './train-topic-model.ts'

const LOST = [
  'all my files are gone after the update',
  'every project vanished from the board overnight',
  'our notes were erased when the phone synced',
  'the attachments disappeared and we have no copies',
  'two years of tasks are missing from the workspace',
  'the history was wiped and nothing is left',
]
const THREAT = [
  'i will find your agent and hurt him',
  'i know where your office is, watch out',
  'i will bring a knife to your store',
  'your staff will not be safe in the parking lot',
]
const EVERYDAY = [
  'how do i export my tasks to csv',
  'can i invite a colleague to the board',
  'where do i download last month invoice',
  'how do i change my plan to business',
  'is there a dark mode in the app',
  'how do i connect slack notifications',
  'what are the keyboard shortcuts',
  'how do i make a task repeat every monday',
]

const examples: TopicExample[] = [
  ...LOST.map((text, i) => ({ text, topic: 'data_loss' as const, group: `lost-${i}` })),
  ...THREAT.map((text, i) => ({ text, topic: 'violent_threat' as const, group: `threat-${i}` })),
  ...EVERYDAY.map((text, i) => ({ text, topic: null, group: `everyday-${i}` })),
]

describe('trainTopicModel', () => {
  const options = { ...DEFAULT_TOPIC_TRAINING, folds: 3, recall: 1 }
  const { model, outOfFold } = trainTopicModel(examples, options)

  it('predicts each example once, by a model that never saw its family', () => {
    expect(outOfFold).toHaveLength(examples.length)
  })

  it('sets the threshold so that every cross-validated sensitive example clears it', () => {
    const sensitive = outOfFold.filter((row) => row.topic !== null)
    for (const row of sensitive) expect(row.margin).toBeGreaterThanOrEqual(model.threshold)
    expect(model.safetyThreshold).toBeLessThanOrEqual(model.threshold)
  })

  it('flags the topic of a training-like ticket and nothing in an everyday one', () => {
    expect(flagTopics(model, 'all my files are gone after the update')).toEqual(['data_loss'])
    expect(flagTopics(model, 'i will find your agent and hurt him')).toContain('violent_threat')
    expect(flagTopics(model, 'how do i export my tasks to csv')).toEqual([])
  })
})
