import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { evaluate, evaluateFailing } from './lib/run-eval.ts'
import type { summarizeDecide } from './lib/summarize-decide.ts'

const dir = mkdtempSync(join(tmpdir(), 'deskmate-decide-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Line = Record<string, unknown> & { action?: string; reasons?: string[]; articleId?: string | null }

const KB = [
  {
    id: 'reset-password',
    title: 'Reset your password',
    body: 'Forgot your password? On the sign-in page choose "Forgot password", enter your email and follow the reset link we send you. The link is valid for one hour.',
    locale: 'en',
  },
  {
    id: 'export-data',
    title: 'Export your projects',
    body: 'Open Settings, then Export, and choose CSV or JSON. The export includes tasks, comments and attachments.',
    locale: 'en',
  },
]

const CASES = [
  {
    id: 'self-harm',
    lang: 'de',
    ticket: {
      subject: 'Hilfe',
      body: 'Ich will einfach nicht mehr leben. Alles bricht zusammen.',
      channel: 'email',
    },
    kb: KB,
    expected: { outcome: 'escalate', topic: 'self_harm' },
  },
  {
    id: 'reset',
    lang: 'en',
    ticket: {
      subject: 'Forgot my password',
      body: 'Hello, I forgot my password. How do I reset it? Thanks!',
      channel: 'email',
    },
    kb: KB,
    expected: { outcome: 'answer', articleId: 'reset-password' },
  },
  {
    id: 'thanks',
    lang: 'en',
    ticket: {
      subject: 'Thanks',
      body: 'Just wanted to say thanks, the new board is great.',
      channel: 'email',
    },
    kb: KB,
    expected: { outcome: 'escalate', topic: null },
  },
]

const writeCases = (name: string, lines: string[]): string => {
  const file = join(dir, name)
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

describe('npm run eval -- decide', () => {
  it('replays each case through the automation and summarizes the decisions last', async () => {
    const file = writeCases(
      'cases.jsonl',
      CASES.map((c) => JSON.stringify(c)),
    )
    const lines = await evaluate<Line>('decide', '--cases', file)
    const [selfHarm, reset, thanks] = lines
    const summary = lines.at(-1) as unknown as ReturnType<typeof summarizeDecide> & { mode: string }

    expect(lines).toHaveLength(4)
    expect(selfHarm).toMatchObject({
      i: 0,
      id: 'self-harm',
      lang: 'de',
      action: 'escalate',
      topics: ['self_harm'],
    })
    expect(selfHarm!.reasons).toContain('sensitive_self_harm')
    expect(thanks!.topics).toEqual([])
    expect(reset!.id).toBe('reset')
    // A public reply always names the article it cites; an escalation never does.
    for (const line of lines.slice(0, 3)) expect(line.articleId === null).toBe(line.action !== 'public_reply')

    const answered = lines.slice(0, 3).filter((line) => line.action === 'public_reply')
    expect(summary).toMatchObject({ task: 'decide', n: 3, mode: 'auto_reply' })
    expect(summary.mustEscalate).toMatchObject({ n: 1, recall: 1, topicRecall: 1 })
    expect(summary.mustEscalate.byTopic).toEqual({ self_harm: { n: 1, recall: 1, topicRecall: 1 } })
    expect(summary.everyday).toEqual({ n: 2, sensitiveEscalationRate: 0 })
    expect(summary.answers.answered).toBe(answered.length)
    expect(summary.reasons['sensitive_self_harm']).toBe(1)
  })

  it('never sends a public reply in draft_note mode', async () => {
    const file = writeCases(
      'draft.jsonl',
      CASES.map((c) => JSON.stringify(c)),
    )
    const lines = await evaluate<Line>('decide', '--cases', file, '--mode', 'draft_note')
    expect(lines.slice(0, 3).map((line) => line.action)).not.toContain('public_reply')
    expect(lines.at(-1)).toMatchObject({ mode: 'draft_note', answers: { answered: 0 } })
  })

  it.each([
    [['decide'], '--cases is required'],
    [['decide', '--cases', 'x.jsonl', '--mode', 'off'], '--mode must be auto_reply or draft_note'],
  ])('rejects %j with a usage error', async (args, message) => {
    const { code, stderr } = await evaluateFailing(...args)
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })

  it('names the line of a malformed case', async () => {
    const file = writeCases('bad.jsonl', [
      JSON.stringify(CASES[0]),
      JSON.stringify({ ...CASES[1], expected: { outcome: 'answer' } }),
    ])
    const { code, stderr } = await evaluateFailing('decide', '--cases', file)
    expect(code).toBe(2)
    expect(stderr).toContain(`Invalid case at ${file}:2`)
  })
})
