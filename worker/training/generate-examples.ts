/**
 * Builds default-examples.jsonl, the labelled tickets the shipped default classifier is trained on.
 * Every sentence comes from the phrase packs in ./phrases (written for Deskmate's demo product,
 * Planora). Output is deterministic: run `npx tsx worker/training/generate-examples.ts`.
 */
import { writeFileSync } from 'node:fs'
import { PRIORITIES } from '@deskmate/shared'
import type { Priority, SentimentLabel } from '@deskmate/shared'
import type { Example, Intent, LanguagePack, Mood } from './phrases/types.ts'
import { parseLabels } from './phrases/define.ts'
import { createRandom, roughenText, type Random } from './phrases/random.ts'
import { EN_PACK } from './phrases/en.ts'
import { DE_PACK } from './phrases/de.ts'
import { ES_PACK } from './phrases/es.ts'
import { FR_PACK } from './phrases/fr.ts'
import { PT_PACK } from './phrases/pt.ts'

const PACKS: readonly LanguagePack[] = [EN_PACK, DE_PACK, ES_PACK, FR_PACK, PT_PACK]
const OUTPUT = new URL('./default-examples.jsonl', import.meta.url)
const SEED = 20261123

const MOOD_SENTIMENT: Record<Mood, SentimentLabel> = {
  calm: 'neutral',
  polite: 'positive',
  delighted: 'very_positive',
  annoyed: 'negative',
  furious: 'very_negative',
  urgent: 'negative',
}

/** An angry customer gets a faster look, but anger alone never makes a ticket urgent. */
const raisePriority = (priority: Priority, mood: Mood): Priority => {
  if (mood === 'urgent') return 'urgent'
  if (mood !== 'furious' || priority === 'urgent') return priority
  const next = PRIORITIES[Math.min(PRIORITIES.indexOf(priority) + 1, PRIORITIES.indexOf('high'))]
  return next ?? priority
}

/** Splits a hand-written line "labels | text" into an example. */
const parseWritten = (line: string, lang: Example['lang']): Example => {
  const at = line.indexOf(' | ')
  if (at < 0) throw new Error(`Hand-written example without labels: "${line}"`)
  return { text: line.slice(at + 3), lang, ...parseLabels(line.slice(0, at)) }
}

/** Replaces every `{slot}` with a random value of that slot. */
const fillSlots = (text: string, slots: LanguagePack['slots'], random: Random): string =>
  text.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const values = slots[name]
    if (!values) throw new Error(`Unknown slot {${name}} in "${text}"`)
    return random.pick(values)
  })

/** Composes one ticket of an intent: subject line, then opener, body and closer as one paragraph. */
const composeTicket = (pack: LanguagePack, intent: Intent, mood: Mood, random: Random): Example => {
  const tone = pack.tones[mood]
  const index = Math.floor(random.next() * intent.bodies.length)
  // Equal-length lists are parallel (subject i summarises body i); otherwise subjects are generic.
  const isParallel = intent.subjects.length === intent.bodies.length
  const subject = isParallel ? intent.subjects[index] : random.pick(intent.subjects)
  const paragraph = [random.pick(tone.openers), intent.bodies[index] ?? '', random.pick(tone.closers)]
    .filter((part) => part.length > 0)
    .join(' ')
  const raw = `${subject ?? ''}\n${paragraph}`
  const text = fillSlots(random.chance(0.12) ? roughenText(raw, random) : raw, pack.slots, random)
  return {
    text,
    lang: pack.lang,
    category: intent.category,
    priority: raisePriority(intent.priority, mood),
    type: intent.type,
    sentiment: MOOD_SENTIMENT[mood],
  }
}

/** Draws `pack.perIntent` distinct tickets per intent, cycling through its moods so each is used. */
const generateFromIntents = (pack: LanguagePack, random: Random, seen: Set<string>): Example[] => {
  const examples: Example[] = []
  for (const intent of pack.intents) {
    let made = 0
    for (let attempt = 0; made < pack.perIntent && attempt < pack.perIntent * 20; attempt += 1) {
      const mood = intent.moods[(made + attempt) % intent.moods.length] ?? 'calm'
      const example = composeTicket(pack, intent, mood, random)
      if (seen.has(example.text)) continue
      seen.add(example.text)
      examples.push(example)
      made += 1
    }
  }
  return examples
}

/** Every example of every language, hand-written ones first, in a stable shuffled order. */
export const generateExamples = (): Example[] => {
  const random = createRandom(SEED)
  const seen = new Set<string>()
  const examples: Example[] = []
  for (const pack of PACKS) {
    for (const line of pack.written) {
      const example = parseWritten(line, pack.lang)
      if (seen.has(example.text)) throw new Error(`Duplicate hand-written example "${example.text}"`)
      seen.add(example.text)
      examples.push(example)
    }
    examples.push(...generateFromIntents(pack, random, seen))
  }
  return random.shuffle(examples)
}

const toJsonLine = (e: Example): string =>
  JSON.stringify({
    text: e.text,
    lang: e.lang,
    category: e.category,
    priority: e.priority,
    type: e.type,
    sentiment: e.sentiment,
  })

const countBy = (examples: readonly Example[], key: keyof Example): Record<string, number> =>
  Object.fromEntries(
    [...new Set(examples.map((e) => e[key]))]
      .sort()
      .map((v) => [v, examples.filter((e) => e[key] === v).length]),
  )

const examples = generateExamples()
writeFileSync(OUTPUT, `${examples.map(toJsonLine).join('\n')}\n`)
console.log(`${examples.length} examples written to ${OUTPUT.pathname}`)
for (const key of ['lang', 'category', 'priority', 'type', 'sentiment'] as const)
  console.log(key, JSON.stringify(countBy(examples, key)))
