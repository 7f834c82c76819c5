import { describe, expect, it } from 'vitest'
import { saysAnswerDidNotHelp } from './follow-up.ts'
import { LONG_LOG_LIMITS, looksLikeLongLog } from './long-log.ts'
import { describesMassOutage } from './mass-outage.ts'

describe('looksLikeLongLog', () => {
  const frames = (n: number) =>
    Array.from({ length: n }, (_, i) => `    at syncNotes (/app/src/sync.js:${i + 10}:5)`).join('\n')

  it('finds a stack trace of five frames or more', () => {
    expect(looksLikeLongLog(`TypeError: x is undefined\n${frames(4)}`)).toBe(true)
    expect(looksLikeLongLog(`It crashes:\n${frames(3)}`)).toBe(false)
  })

  it('finds a Python traceback', () => {
    const trace = Array.from({ length: 5 }, (_, i) => `  File "/app/sync.py", line ${i + 1}, in run`).join(
      '\n',
    )
    expect(looksLikeLongLog(`Traceback (most recent call last):\n${trace}\nKeyError: 'id'`)).toBe(true)
  })

  it('finds many timestamped or levelled log lines', () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => `[12:00:${10 + i}] WARN retrying`).join('\n')
    expect(looksLikeLongLog(lines(LONG_LOG_LIMITS.logLines))).toBe(true)
    expect(looksLikeLongLog(lines(LONG_LOG_LIMITS.logLines - 1))).toBe(false)
  })

  it('leaves a long letter without log output alone', () => {
    const letter = Array.from(
      { length: 120 },
      () => 'We love the product and have one question about exports.',
    ).join('\n')
    expect(looksLikeLongLog(letter)).toBe(false)
  })

  it('reads a body at the ticket size limit in one pass', () => {
    expect(looksLikeLongLog(`${' '.repeat(20)}at`.repeat(5_000))).toBe(false)
  })
})

describe('describesMassOutage', () => {
  it.each([
    ['en', 'Nobody on our team can log in since 9am.'],
    ['en', 'The app is down for everyone in the office.'],
    [
      'de',
      'Seit heute früh funktioniert bei allen Kollegen nichts, niemand kann sich anmelden. Es funktioniert nicht.',
    ],
    ['es', 'Ninguno... nadie de la oficina puede entrar, no funciona.'],
    ['fr', 'Personne ne peut se connecter depuis ce matin.'],
    ['pt', 'O sistema está fora do ar.'],
  ])('finds an outage for many users (%s): %s', (_language, text) => {
    expect(describesMassOutage(text)).toBe(true)
  })

  it.each([
    'How do I invite all our users to a project?',
    'The export is not working for me.',
    'Where can I see your service status?',
  ])('leaves a single-user problem or a question alone: %s', (text) => {
    expect(describesMassOutage(text)).toBe(false)
  })
})

describe('saysAnswerDidNotHelp', () => {
  it.each([
    ['en', 'That didn’t help, it is still not working.'],
    ['de', 'Das hat mir leider nicht geholfen.'],
    ['es', 'No me ayudó, sigue sin funcionar.'],
    ['fr', "Ça ne m'a pas aidé, je voudrais parler à un humain."],
    ['pt', 'Não resolveu, continua sem funcionar.'],
  ])('reads %s', (_language, text) => {
    expect(saysAnswerDidNotHelp(text)).toBe(true)
  })

  it.each(['Thanks, that worked!', 'Danke, das hat geholfen.', 'Gracias, ya funciona.'])(
    'leaves thanks alone: %s',
    (text) => {
      expect(saysAnswerDidNotHelp(text)).toBe(false)
    },
  )
})
