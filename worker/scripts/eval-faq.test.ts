import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { evaluate, evaluateFailing } from './lib/run-eval.ts'

const dir = mkdtempSync(join(tmpdir(), 'deskmate-eval-faq-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Line = Record<string, unknown>

const TOPICS = {
  card_arrival: ['card', 'arrive', 'delivery', 'post'],
  exchange_rate: ['exchange', 'rate', 'currency', 'convert'],
  pin_blocked: ['pin', 'blocked', 'unblock', 'locked'],
  top_up_failed: ['top', 'up', 'failed', 'balance'],
  refund_missing: ['refund', 'missing', 'merchant', 'returned'],
  cash_withdrawal: ['cash', 'atm', 'withdraw', 'fee'],
  account_closing: ['close', 'account', 'delete', 'leave'],
  phone_stolen: ['phone', 'stolen', 'lost', 'app'],
} as const

/** A FAQ CSV (text,category): questions made of each category's own words, 15 per category. */
const writeFaq = (): string => {
  const file = join(dir, 'faq.csv')
  const lines = Object.entries(TOPICS).flatMap(([category, words]) =>
    Array.from({ length: 15 }, (_, i) => {
      const picked = words.filter((_, k) => (i + k) % 4 !== 3)
      return `"Question ${i}: ${picked.join(' ')} ${words[i % words.length]}?",${category}`
    }),
  )
  writeFileSync(file, ['text,category', ...lines].join('\n'))
  return file
}

describe('npm run eval -- faq --unanswerable', () => {
  it('leaves the seeded share of categories out and reports the decision figures of its own lines', async () => {
    const train = writeFaq()
    const lines = await evaluate(
      'faq',
      '--train',
      train,
      '--examples',
      '5',
      '--unanswerable',
      '25',
      '--seed',
      '4',
    )
    const questions = lines.slice(0, -1)
    const summary = lines.at(-1)!
    const missing = new Set(questions.filter((q) => q.answerable === false).map((q) => q.truth))
    expect(missing.size).toBe(2)
    for (const q of questions) {
      expect(q.answerable).toBe(!missing.has(q.truth))
      for (const id of q.ranked as string[]) expect(missing.has(id)).toBe(false)
    }
    const threshold = summary.threshold as number
    const answered = questions.filter((q) => (q.confidence as number) >= threshold)
    const right = (q: Line) => (q.ranked as string[])[0] === q.truth
    const unanswerable = questions.filter((q) => q.answerable === false)
    const answerable = questions.filter((q) => q.answerable === true)
    expect(summary).toMatchObject({ task: 'faq', unanswerable: 25, seed: 4, articles: 6, threshold: 0.6 })
    expect(summary.answerable).toBe(answerable.length)
    expect(summary.falseAnswerRate).toBeCloseTo(
      answered.filter((q) => q.answerable === false).length / unanswerable.length,
      4,
    )
    expect(summary.coverage).toBeCloseTo(answered.length / questions.length, 4)
    expect(summary['recall@1']).toBeCloseTo(answerable.filter(right).length / answerable.length, 4)
    expect(summary.rightAndConfident).toBeCloseTo(
      answered.filter((q) => right(q) && q.answerable === true).length / answerable.length,
      4,
    )
    expect(summary.auroc).toBeGreaterThanOrEqual(0)
    expect(summary.auroc).toBeLessThanOrEqual(1)
  })

  it('draws other categories with another seed', async () => {
    const train = writeFaq()
    const missingOf = async (seed: string) =>
      [
        ...new Set(
          (await evaluate('faq', '--train', train, '--examples', '5', '--unanswerable', '50', '--seed', seed))
            .filter((line) => line.answerable === false)
            .map((line) => line.truth),
        ),
      ].sort()
    const [first, second] = await Promise.all([missingOf('1'), missingOf('2')])
    expect(first).toHaveLength(4)
    expect(second).toHaveLength(4)
    expect(second).not.toEqual(first)
  }, 180_000)

  it.each([
    [['faq', '--train', 'x.csv', '--unanswerable', '100'], '--unanswerable must be a percentage'],
    [['faq', '--train', 'x.csv', '--unanswerable', '25', '--seed', '1.5'], '--seed must be'],
    [['sentiment', '--train', 'x.csv', '--unanswerable', '25'], '--unanswerable applies to the faq task'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const failed = await evaluateFailing(...args)
    expect(failed.code).toBe(2)
    expect(failed.stderr).toContain(message)
  })
})
