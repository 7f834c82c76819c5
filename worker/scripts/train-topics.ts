/**
 * Trains the sensitive-topic scorer shipped with the Worker from the project's own tickets:
 * worker/training/sensitive/train.jsonl (never held-out.jsonl) plus the everyday tickets of
 * default-examples.jsonl that cannot touch a sensitive topic. `npm run train:topics`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detectSensitiveTopics, type SensitiveTopic } from '@deskmate/shared'
import { encodeModel } from '../src/engines/local/classifier/serialize-model.ts'
import type { SerializedTopicModel } from '../src/engines/local/topics/topic-model.ts'
import { trainTopicModel, type TopicExample } from '../src/engines/local/topics/train-topic-model.ts'

const WORKER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..')
const TRAIN_FILE = join(WORKER_DIR, 'training', 'sensitive', 'train.jsonl')
const DEFAULT_EXAMPLES = join(WORKER_DIR, 'training', 'default-examples.jsonl')
const MODEL_FILE = join(WORKER_DIR, 'src', 'engines', 'local', 'topics', 'topic-model.json')

// Everyday tickets of the classifier's set broaden what "everyday" looks like. Its security, complaint and
// "other" tickets, and any ticket with a word that may carry a sensitive topic, stay out: a mislabelled
// ticket there would teach the scorer to let a sensitive one through.
const RISKY_CATEGORIES = new Set(['security', 'complaint', 'other'])
const RISKY_WORDS =
  /refund|gdpr|dsgvo|rgpd|lgpd|lawyer|anwalt|abogad|avocat|advogad|hack|pirat|breach|lost|verlor|perd|gone|\bweg\b|delet|l[oö]sch|borr|supprim|apag|chargeback|twice|doppelt|dos veces|deux fois|duas vezes|outage|ausfall|everyone|nobody|niemand|nadie|personne|ningu|erstatt|reembols|rembours|estorn|personal|someone|jemand|alguien|quelqu|algu[eé]m|access|zugriff|acceso|acc[eè]s|acesso|unauthori|stolen|gestohlen|robad|vol[eé]|roubad|money|dinero|argent|dinheiro|bank|banco|banque|furious|unacceptable|disgust|ridiculous|inakzeptabel|inaceptable|inacceptable|inaceit|blank|nothing|whole|company|empresa|entreprise|firma|team|equipo|[eé]quipe|office|b[uü]ro|oficina|bureau|escrit[oó]rio/i

const readJsonl = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>)

const own: TopicExample[] = readJsonl(TRAIN_FILE).map((row) => ({
  text: `${row.subject as string}\n${row.body as string}`,
  topic: row.topic as SensitiveTopic | null,
  // Families are translations of each other across languages: one group, so a fold never splits them.
  group: (row.family as string).replace(/^[a-z]{2}-/, ''),
}))
const everyday: TopicExample[] = readJsonl(DEFAULT_EXAMPLES)
  .filter((row) => !RISKY_CATEGORIES.has(row.category as string))
  .map((row) => row.text as string)
  .filter((text) => !RISKY_WORDS.test(text) && detectSensitiveTopics(text).length === 0)
  .map((text, i) => ({ text, topic: null, group: `default-${i}` }))

const { model, outOfFold } = trainTopicModel([...own, ...everyday])
const serialized: SerializedTopicModel = {
  escalation: encodeModel(model.escalation),
  topics: encodeModel(model.topics),
  threshold: Number(model.threshold.toFixed(4)),
  safetyThreshold: Number(model.safetyThreshold.toFixed(4)),
}
writeFileSync(MODEL_FILE, `${JSON.stringify(serialized)}\n`)

const share = (rows: typeof outOfFold, keep: (row: (typeof outOfFold)[number]) => boolean): number =>
  Number((rows.filter(keep).length / Math.max(1, rows.length)).toFixed(4))
const sensitive = outOfFold.filter((row) => row.topic !== null)
const benign = outOfFold.filter((row) => row.topic === null)
console.log(
  JSON.stringify({
    examples: own.length + everyday.length,
    own: own.length,
    everyday: everyday.length,
    threshold: serialized.threshold,
    safetyThreshold: serialized.safetyThreshold,
    crossValidated: {
      recall: share(sensitive, (row) => row.margin >= model.threshold),
      everydayEscalated: share(benign, (row) => row.margin >= model.threshold),
    },
    bytes: JSON.stringify(serialized).length,
  }),
)
