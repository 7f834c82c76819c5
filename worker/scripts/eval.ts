import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { TrainExample } from '@deskmate/shared'
import { detectLanguage } from '../src/engines/local/language/detect-language.ts'
import { evaluateClassifier, type Prediction } from './lib/evaluate-classifier.ts'
import { buildFaqArticles, evaluateFaq } from './lib/evaluate-faq.ts'
import { round, scoreLabels } from './lib/metrics.ts'
import { readCsv, readTsv } from './lib/read-table.ts'
import { splitStratified } from './lib/split.ts'

const USAGE = `Usage: npm run eval -- <task> [options]
  tickets   --field queue|priority|type|language --train FILE [--test FILE]
  sentiment --train FILE [--test FILE]
  language  --test FILE
  faq       --train FILE [--test FILE] [--examples 10]
Without --test, a deterministic stratified 80/20 split of --train is used.`

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations')
const TICKET_FIELDS = ['queue', 'priority', 'type', 'language'] as const

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    field: { type: 'string' },
    train: { type: 'string' },
    test: { type: 'string' },
    examples: { type: 'string', default: '10' },
  },
})

const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

const print = (line: object): void => console.log(JSON.stringify(line))

/** Train and test sets: the given files, or an honest split of the train file. */
const loadSets = (toExample: (row: Record<string, string>) => TrainExample) => {
  const train = readCsv(values.train ?? fail('--train is required')).map(toExample)
  if (values.test !== undefined) return { train, test: readCsv(values.test).map(toExample), split: false }
  return { ...splitStratified(train, (example) => example.label), split: true }
}

const summarize = (task: string, predictions: Prediction[], extra: object = {}): void => {
  predictions.forEach((p, i) => print({ i, ...p }))
  const { accuracy, macroF1 } = scoreLabels(
    predictions.map((p) => p.truth),
    predictions.map((p) => p.predicted),
  )
  print({ task, n: predictions.length, accuracy: round(accuracy), macroF1: round(macroF1), ...extra })
}

const runTickets = (): void => {
  const field = values.field as (typeof TICKET_FIELDS)[number]
  if (!TICKET_FIELDS.includes(field)) fail('--field must be one of queue, priority, type, language')
  const { train, test, split } = loadSets((row) => ({
    text: [row.subject ?? '', row.body ?? ''].filter((part) => part.trim()).join('\n'),
    label: row[field] ?? '',
  }))
  if (field === 'language') {
    const predictions = test.map((example) => {
      const detected = detectLanguage(example.text)
      return { truth: example.label, predicted: detected.code, confidence: detected.confidence }
    })
    return summarize('tickets', predictions, { field, split })
  }
  const target = field === 'queue' ? 'category' : field
  const { predictions, trainMs, modelBytes } = evaluateClassifier(target, train, test)
  summarize('tickets', predictions, { field, split, trainMs: Math.round(trainMs), modelBytes })
}

const runSentiment = (): void => {
  const { train, test, split } = loadSets((row) => ({ text: row.text ?? '', label: row.label ?? '' }))
  const { predictions, trainMs, modelBytes } = evaluateClassifier('sentiment', train, test)
  summarize('sentiment', predictions, { split, trainMs: Math.round(trainMs), modelBytes })
}

const runLanguage = (): void => {
  const rows = readTsv(values.test ?? fail('--test is required'))
  const predictions = rows.map((row) => {
    const detected = detectLanguage(row.text ?? '')
    return { truth: row.lang ?? '', predicted: detected.code, confidence: detected.confidence }
  })
  summarize('language', predictions)
}

const runFaq = async (): Promise<void> => {
  const examples = Number(values.examples)
  if (!Number.isInteger(examples) || examples < 1) fail('--examples must be a positive integer')
  const { train, test, split } = loadSets((row) => ({ text: row.text ?? '', label: row.category ?? '' }))
  const articles = buildFaqArticles(train, examples)
  const results = await evaluateFaq(MIGRATIONS, articles, test)
  results.forEach((r, i) => print({ i, truth: r.truth, ranked: r.ranked, confidence: r.confidence }))
  const at = (k: number) =>
    results.filter((r) => r.ranked.slice(0, k).includes(r.truth)).length / results.length
  const { macroF1 } = scoreLabels(
    results.map((r) => r.truth),
    results.map((r) => r.ranked[0] ?? ''),
  )
  // Calibration check: mean |confidence − correctness| over ten confidence bins (expected calibration error).
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }))
  for (const r of results) {
    const bin = bins[Math.min(9, Math.floor(r.confidence * 10))]!
    bin.n++
    bin.confidence += r.confidence
    bin.correct += r.ranked[0] === r.truth ? 1 : 0
  }
  const ece = bins.reduce((sum, bin) => sum + Math.abs(bin.confidence - bin.correct), 0) / results.length
  print({
    task: 'faq',
    n: results.length,
    accuracy: round(at(1)),
    macroF1: round(macroF1),
    'recall@1': round(at(1)),
    'recall@3': round(at(3)),
    articles: articles.length,
    examples,
    split,
    ece: round(ece),
  })
}

const task = positionals[0]
if (task === 'tickets') runTickets()
else if (task === 'sentiment') runSentiment()
else if (task === 'language') runLanguage()
else if (task === 'faq') await runFaq()
else fail(`Unknown task: ${task ?? '(none)'}`)
