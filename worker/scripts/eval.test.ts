import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { evaluate, evaluateFailing } from './lib/run-eval.ts'
import { createRandom } from '../src/engines/local/classifier/random.ts'

const dir = mkdtempSync(join(tmpdir(), 'deskmate-eval-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const csvCell = (value: string): string => `"${value.replaceAll('"', '""')}"`

/** A tickets CSV with the columns of the development file. */
const writeTickets = (name: string, rows: { subject: string; body: string; type: string }[]): string => {
  const file = join(dir, name)
  const header = 'subject,body,answer,type,queue,priority,language,tags'
  const lines = rows.map((row) =>
    [row.subject, row.body, '', row.type, 'Technical Support', 'medium', 'en', ''].map(csvCell).join(','),
  )
  writeFileSync(file, [header, ...lines].join('\n'))
  return file
}

const TOPICS = {
  Incident: ['outage', 'crash', 'down', 'broken', 'failure'],
  Request: ['please', 'quote', 'information', 'brochure', 'pricing'],
  Change: ['upgrade', 'migrate', 'replace', 'rename', 'reconfigure'],
} as const

/** Tickets whose type is plain from their words, 20 of each type. */
const separableTickets = () =>
  Object.entries(TOPICS).flatMap(([type, words]) =>
    Array.from({ length: 20 }, (_, i) => ({
      subject: `${words[i % words.length]} ${words[(i + 1) % words.length]}`,
      body: `We need help: ${words.join(' ')} (ticket ${i}).`,
      type,
    })),
  )

/** Tickets made of one made-up word each and a random type: only a model that saw the row can get it right. */
const memorizableTickets = () => {
  const random = createRandom(5)
  const types = Object.keys(TOPICS)
  return Array.from({ length: 90 }, (_, i) => {
    const word = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('')
    return { subject: word, body: `${word} ${word}`, type: types[i % types.length] as string }
  })
}

describe('npm run eval -- tickets --folds', () => {
  it('predicts every row once, in stratified folds, and summarizes with the mean over the folds', async () => {
    const train = writeTickets('separable.csv', separableTickets())
    const lines = await evaluate(
      'tickets',
      '--field',
      'type',
      '--train',
      train,
      '--folds',
      '4',
      '--seed',
      '3',
    )
    const predictions = lines.filter((line) => 'i' in line)
    const folds = lines.filter((line) => 'fold' in line && !('i' in line))
    const summary = lines.at(-1)!

    expect(predictions.map((line) => line.row)).toEqual(Array.from({ length: 60 }, (_, i) => i))
    expect(folds.map((line) => line.fold)).toEqual([0, 1, 2, 3])
    for (const { fold, n, accuracy } of folds) {
      const inFold = predictions.filter((line) => line.fold === fold)
      expect(inFold).toHaveLength(n as number)
      expect(accuracy).toBeCloseTo(
        inFold.filter((line) => line.truth === line.predicted).length / inFold.length,
      )
      for (const type of Object.keys(TOPICS))
        expect(inFold.filter((line) => line.truth === type).length).toBeGreaterThanOrEqual(4)
    }
    const meanAccuracy = folds.reduce((sum, line) => sum + (line.accuracy as number), 0) / folds.length
    expect(summary).toMatchObject({ task: 'tickets', field: 'type', n: 60, folds: 4, seed: 3 })
    expect(summary.accuracy).toBeCloseTo(meanAccuracy, 4)
    expect(summary.accuracy).toBeGreaterThan(0.9)
  })

  it('never predicts a row with a model that was trained on it', async () => {
    const train = writeTickets('memorizable.csv', memorizableTickets())
    const [summary] = (await evaluate('tickets', '--field', 'type', '--train', train, '--folds', '3')).slice(
      -1,
    )
    // Trained on its own rows the model recalls nearly all of them; on unseen made-up words it can only guess.
    const [seen] = (await evaluate('tickets', '--field', 'type', '--train', train, '--test', train)).slice(-1)
    expect(seen!.accuracy).toBeGreaterThan(0.9)
    expect(summary!.accuracy).toBeLessThan(0.6)
  })

  it('keeps the fold assignment of a seed and changes it with another seed', async () => {
    const train = writeTickets('seeds.csv', separableTickets())
    const foldsOf = async (seed: string) =>
      (await evaluate('tickets', '--field', 'type', '--train', train, '--folds', '3', '--seed', seed))
        .filter((line) => 'row' in line)
        .map((line) => line.fold)
    const first = await foldsOf('1')
    expect(await foldsOf('1')).toEqual(first)
    expect(await foldsOf('2')).not.toEqual(first)
  })

  it('names the file row of each test example of the 80/20 split', async () => {
    const tickets = separableTickets()
    const train = writeTickets('split.csv', tickets)
    const lines = await evaluate('tickets', '--field', 'type', '--train', train)
    const predictions = lines.filter((line) => 'row' in line)
    const rows = predictions.map((line) => line.row as number)
    expect(lines.at(-1)).toMatchObject({ split: true, n: 12 })
    expect(new Set(rows).size).toBe(12)
    for (const line of predictions) expect(line.truth).toBe(tickets[line.row as number]!.type)
  })

  it.each([
    [
      ['tickets', '--field', 'type', '--train', 'x.csv', '--folds', '1'],
      '--folds must be an integer from 2 to 20',
    ],
    [
      ['tickets', '--field', 'type', '--train', 'x.csv', '--folds', 'five'],
      '--folds must be an integer from 2 to 20',
    ],
    [
      ['tickets', '--field', 'type', '--train', 'x.csv', '--folds', '3', '--test', 'x.csv'],
      'exclude each other',
    ],
    [['tickets', '--field', 'type', '--train', 'x.csv', '--folds', '3', '--seed', '1.5'], '--seed must be'],
    [['tickets', '--field', 'language', '--train', 'x.csv', '--folds', '3'], 'not language detection'],
    [['language', '--test', 'x.tsv', '--folds', '3'], 'apply to the tickets and sentiment tasks'],
    [['faq', '--train', 'x.csv', '--seed', '3'], 'apply to the tickets and sentiment tasks'],
    [['tickets', '--field', 'type', '--train', 'x.csv', '--seed', '4'], '--seed applies with --folds'],
    [['--data', '/nonexistent/deskmate-data'], 'No data folder at /nonexistent/deskmate-data'],
    [['language', '--test', 'x.tsv', '--data', '.'], '--data applies when no task is given'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const { code, stderr } = await evaluateFailing(...args)
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })
})
