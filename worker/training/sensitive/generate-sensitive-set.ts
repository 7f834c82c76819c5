/**
 * Builds the sensitive-topic set from the families in this folder: train.jsonl (the topic scorer learns from
 * it), held-out.jsonl (never used for training or tuning: it measures recall) and decide-cases.jsonl (the
 * held-out tickets plus demo tickets, replayed by `npm run eval -- decide`). Deterministic:
 * `npx tsx worker/training/sensitive/generate-sensitive-set.ts`.
 */
import { writeFileSync } from 'node:fs'
import { SENSITIVE_TOPICS } from '@deskmate/shared'
import { createRandom, type Random } from '../phrases/random.ts'
import { DISGUISES, disguiseText, type Disguise } from './disguise.ts'
import { DEMO_CASES, ISSUE_CASES, toCase } from './decide-cases.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { PT } from './pt.ts'
import type { LanguageSet, SensitiveExample } from './types.ts'

const SETS: readonly LanguageSet[] = [EN, DE, ES, FR, PT]
const SEED = 20261204
/** Families 2 and 5 of each topic and language (2 of 7) are held out; so is every fourth benign family. */
const isHeldOutTopicFamily = (index: number): boolean => index % 7 === 2 || index % 7 === 5
const isHeldOutBenignFamily = (index: number): boolean => index % 4 === 2

const split = (family: string): [string, string] => {
  const at = family.indexOf(' | ')
  if (at < 0) throw new Error(`Family without a subject: "${family}"`)
  return [family.slice(0, at), family.slice(at + 3)]
}

const render = (set: LanguageSet, core: string, disguise: Disguise, random: Random): string => {
  const name = random.pick(set.names)
  const parts = [random.pick(set.greetings), disguiseText(core, disguise, random), random.pick(set.signOffs)]
  return parts
    .filter((part) => part.length > 0)
    .join('\n\n')
    .replace('{name}', name)
}

/** Two tickets per family: a plain one, and one with another greeting and (mostly) a disguise. */
const renderFamily = (
  set: LanguageSet,
  family: Omit<SensitiveExample, 'id' | 'disguise' | 'subject' | 'body'>,
  text: string,
  disguises: readonly [Disguise, Disguise],
  random: Random,
): SensitiveExample[] => {
  const [subject, core] = split(text)
  return disguises.map((disguise, k) => ({
    id: `${family.family}-${k + 1}`,
    ...family,
    disguise,
    subject: disguise === 'full-width' ? disguiseText(subject, disguise, random) : subject,
    body: render(set, core, disguise, random),
  }))
}

const generate = (): SensitiveExample[] => {
  const random = createRandom(SEED)
  const out: SensitiveExample[] = []
  let turn = 0
  for (const set of SETS) {
    for (const topic of SENSITIVE_TOPICS) {
      set.escalate[topic].forEach((text, index) => {
        const disguise = DISGUISES[turn++ % DISGUISES.length] as Disguise
        const family = { family: `${set.lang}-${topic}-${index}`, lang: set.lang, topic, article: null }
        out.push(...renderFamily(set, family, text, ['none', disguise], random))
      })
    }
    set.benign.forEach((line, index) => {
      const at = line.indexOf(' | ')
      const article = line.slice(0, at)
      const disguise = random.chance(0.25) ? (DISGUISES[turn++ % DISGUISES.length] as Disguise) : 'none'
      const family = {
        family: `${set.lang}-benign-${index}`,
        lang: set.lang,
        topic: null,
        article: article === '-' ? null : article,
      }
      out.push(...renderFamily(set, family, line.slice(at + 3), ['none', disguise], random))
    })
  }
  return out
}

const isHeldOut = (example: SensitiveExample): boolean => {
  const index = Number(example.family.split('-').at(-1))
  return example.topic === null ? isHeldOutBenignFamily(index) : isHeldOutTopicFamily(index)
}

const write = (file: string, rows: readonly object[]): void => {
  writeFileSync(new URL(file, import.meta.url), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`)
  console.log(`${rows.length} lines written to ${file}`)
}

const examples = generate()
const heldOut = examples.filter(isHeldOut)
write(
  './train.jsonl',
  examples.filter((example) => !isHeldOut(example)),
)
write('./held-out.jsonl', heldOut)
write('./decide-cases.jsonl', [...heldOut.map(toCase), ...DEMO_CASES, ...ISSUE_CASES])
const count = (rows: SensitiveExample[], key: (row: SensitiveExample) => string) =>
  Object.fromEntries(
    [...new Set(rows.map(key))].sort().map((k) => [k, rows.filter((r) => key(r) === k).length]),
  )
console.log('topics', JSON.stringify(count(examples, (e) => e.topic ?? 'none')))
console.log(
  'held-out',
  JSON.stringify(count(heldOut, (e) => `${e.lang}:${e.topic === null ? 'benign' : 'escalate'}`)),
)
