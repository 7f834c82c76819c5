import { describe, expect, it } from 'vitest'
import { formatSuite, standardRuns, suiteRows, type SuiteRun } from './eval-suite.ts'

const runs = standardRuns('/data', '/training')
const byName = (name: string): SuiteRun => runs.find((run) => run.name === name) as SuiteRun

describe('standardRuns', () => {
  it('measures every data file and both labelled decision sets', () => {
    const files = runs.flatMap((run) => run.args.filter((arg) => arg.startsWith('/')))
    expect(new Set(files)).toEqual(
      new Set([
        '/data/tickets_dev.csv',
        '/data/airline_sentiment_dev.csv',
        '/data/language_tweets_dev.tsv',
        '/data/banking77_train.csv',
        '/training/sensitive/decide-cases.jsonl',
        '/training/probe/probe-cases.jsonl',
      ]),
    )
  })

  it('holds the unanswerable runs to the answer targets on three seeds', () => {
    const seeds = runs.filter((run) => run.args.includes('--unanswerable')).map((run) => run.args.at(-1))
    expect(seeds).toEqual(['1', '2', '3'])
    expect(byName('faq --unanswerable 25 --seed 2').figures.map((f) => f.goal)).toEqual([
      expect.objectContaining({ value: 0.1, atMost: true }),
      expect.objectContaining({ value: 0.6, kind: 'target' }),
      expect.objectContaining({ value: 0.92, kind: 'target' }),
    ])
  })
})

describe('suiteRows', () => {
  it('reads nested figures and says whether each meets its goal', () => {
    const rows = suiteRows([
      { run: byName('tickets queue'), summary: { accuracy: 0.44, macroF1: 0.343 } },
      {
        run: byName('faq --unanswerable 25 --seed 1'),
        summary: { falseAnswerRate: 0.1, rightAndConfident: 0.59, auroc: 0.93 },
      },
      {
        run: byName('decide (probe set)'),
        summary: {
          mustEscalate: { recall: 1, topicRecall: 0.84 },
          everyday: { sensitiveEscalationRate: 0.13 },
        },
      },
    ])
    expect(rows.map((row) => [row.measured, row.meets])).toEqual([
      [0.44, true],
      // A reference is beaten only when exceeded.
      [0.343, false],
      // A rate held at most to its target meets it on the bound.
      [0.1, true],
      [0.59, false],
      [0.93, true],
      [1, true],
      [0.84, null],
      [0.13, null],
    ])
  })

  it('leaves the figures of a failed run empty', () => {
    const rows = suiteRows([{ run: byName('sentiment'), summary: null }])
    expect(rows).toHaveLength(2)
    expect(rows.every((row) => row.measured === null && row.meets === null)).toBe(true)
    expect(formatSuite(rows)).toContain('failed')
  })
})

describe('formatSuite', () => {
  it('prints one aligned line per figure with its goal and verdict', () => {
    const table = formatSuite(
      suiteRows([{ run: byName('faq'), summary: { 'recall@1': 0.7282, 'recall@3': 0.85 } }]),
    ).split('\n')
    expect(table).toHaveLength(3)
    expect(table[1]).toMatch(/^BANKING77 as FAQ, recall@1 +0\.7282 +> 0\.7 \(reference\) +above$/)
    expect(table[2]).toMatch(/0\.8500 +> 0\.866 \(reference\) +below$/)
  })

  it('says whether a target is met', () => {
    const rows = suiteRows([
      {
        run: byName('faq --unanswerable 25 --seed 3'),
        summary: { falseAnswerRate: 0.12, rightAndConfident: 0.61, auroc: 0.9 },
      },
    ])
    expect(
      formatSuite(rows)
        .split('\n')
        .slice(1)
        .map((line) => line.split(/ {2,}/).at(-1)),
    ).toEqual(['NOT MET', 'met', 'NOT MET'])
  })
})
