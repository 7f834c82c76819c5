import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_SETTINGS, MODES, type Mode, type TrainExample, type TrainTarget } from '@deskmate/shared'
import { detectLanguage } from '../src/engines/local/language/detect-language.ts'
import { ZDecideCase } from './lib/decide-case.ts'
import { evaluateClassifier, type Prediction } from './lib/evaluate-classifier.ts'
import { buildFaqArticles, evaluateFaq } from './lib/evaluate-faq.ts'
import { drawIds } from './lib/confidence-data.ts'
import { formatSuite, standardRuns, SUITE_NOTE, suiteRows } from './lib/eval-suite.ts'
import { round, scoreLabels } from './lib/metrics.ts'
import { readCsv, readTsv } from './lib/read-table.ts'
import { foldStratified, splitStratified } from './lib/split.ts'
import { summarizeDecide } from './lib/summarize-decide.ts'
import { summarizeFaq } from './lib/summarize-faq.ts'

const USAGE = `Usage: npm run eval [-- --data DIR]   every task below on ../shared/data (or DIR), with a table
       npm run eval -- <task> [options]
  tickets   --field queue|priority|type|language --train FILE [--test FILE | --folds K [--seed S]]
  sentiment --train FILE [--test FILE | --folds K [--seed S]]
  language  --test FILE
  faq       --train FILE [--test FILE] [--examples 10] [--unanswerable P [--seed S]]
  decide    --cases FILE [--mode auto_reply|draft_note]   replay labelled tickets through the automation
Without --test, a deterministic stratified 80/20 split of --train is used.
--folds K runs stratified K-fold cross-validation of --train instead (fold assignment by --seed, default 11).
--unanswerable P leaves P % of the categories out of the FAQ knowledge base (drawn by --seed, default 1): their
questions have no article, and the summary reports what answering at the tenant's default threshold does.`

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations')
const TRAINING_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'training')
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const TICKET_FIELDS = ['queue', 'priority', 'type', 'language'] as const

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    field: { type: 'string' },
    train: { type: 'string' },
    test: { type: 'string' },
    examples: { type: 'string', default: '10' },
    folds: { type: 'string' },
    seed: { type: 'string' },
    cases: { type: 'string' },
    mode: { type: 'string', default: 'auto_reply' },
    unanswerable: { type: 'string' },
    data: { type: 'string' },
  },
})

const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

const print = (line: object): void => console.log(JSON.stringify(line))

/** A labelled example with its row in the file it came from (0 = the first row after the header). */
type Row = TrainExample & { row: number }

const readRows = (file: string, toExample: (record: Record<string, string>) => TrainExample): Row[] =>
  readCsv(file).map((record, row) => ({ ...toExample(record), row }))

const readTrain = (toExample: (record: Record<string, string>) => TrainExample): Row[] =>
  readRows(values.train ?? fail('--train is required'), toExample)

/** Train and test sets: the given files, or an honest split of the train file. */
const loadSets = (toExample: (record: Record<string, string>) => TrainExample) => {
  const train = readTrain(toExample)
  if (values.test !== undefined) return { train, test: readRows(values.test, toExample), split: false }
  return { ...splitStratified(train, (example) => example.label), split: true }
}

/** Each prediction with the file row of its example, so other tools can use the same rows. */
const withRows = (predictions: Prediction[], test: Row[]) =>
  predictions.map((prediction, k) => ({ row: test[k]!.row, ...prediction }))

/** `--folds K --seed S` when given: K from 2 to 20, S a non-negative integer (11 when absent). */
const readFolds = (): { folds: number; seed: number } | null => {
  if (values.folds === undefined) {
    if (values.seed !== undefined) fail('--seed applies with --folds')
    return null
  }
  if (values.test !== undefined) fail('--folds and --test exclude each other')
  const folds = Number(values.folds)
  const seed = Number(values.seed ?? 11)
  if (!Number.isInteger(folds) || folds < 2 || folds > 20) fail('--folds must be an integer from 2 to 20')
  if (!Number.isInteger(seed) || seed < 0) fail('--seed must be a non-negative integer')
  return { folds, seed }
}

/**
 * Stratified K-fold cross-validation of one head: each row of the train file is predicted once, by the model
 * trained on the other folds. Prints every prediction with its fold and file row (in file order), one line per
 * fold, and the summary with the mean accuracy and macro-F1 over the folds.
 */
const crossValidate = (
  task: string,
  target: TrainTarget,
  rows: Row[],
  { folds, seed }: { folds: number; seed: number },
  extra: object = {},
): void => {
  const assigned = foldStratified(rows, (row) => row.label, folds, seed)
  const results = assigned.map((test, fold) => {
    const train = assigned.filter((_, other) => other !== fold).flat()
    const { predictions } = evaluateClassifier(target, train, test)
    return {
      fold,
      n: test.length,
      ...scoreLabels(
        predictions.map((p) => p.truth),
        predictions.map((p) => p.predicted),
      ),
      lines: withRows(predictions, test).map((line) => ({ fold, ...line })),
    }
  })
  results
    .flatMap((result) => result.lines)
    .sort((a, b) => a.row - b.row)
    .forEach((line, i) => print({ i, ...line }))
  for (const { fold, n, accuracy, macroF1 } of results)
    print({ fold, n, accuracy: round(accuracy), macroF1: round(macroF1) })
  const mean = (pick: (result: (typeof results)[number]) => number): number =>
    round(results.reduce((sum, result) => sum + pick(result), 0) / results.length)
  print({
    task,
    n: rows.length,
    accuracy: mean((result) => result.accuracy),
    macroF1: mean((result) => result.macroF1),
    ...extra,
    folds,
    seed,
  })
}

const summarize = (
  task: string,
  predictions: (Prediction & { row?: number })[],
  extra: object = {},
): void => {
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
  const toExample = (record: Record<string, string>): TrainExample => ({
    text: [record.subject ?? '', record.body ?? ''].filter((part) => part.trim()).join('\n'),
    label: record[field] ?? '',
  })
  const target = field === 'queue' ? 'category' : field
  const folds = readFolds()
  if (folds !== null) {
    if (target === 'language') return fail('--folds applies to trained heads, not language detection')
    return crossValidate('tickets', target, readTrain(toExample), folds, { field })
  }
  const { train, test, split } = loadSets(toExample)
  if (target === 'language') {
    const predictions = test.map((example) => {
      const detected = detectLanguage(example.text)
      return { truth: example.label, predicted: detected.code, confidence: detected.confidence }
    })
    return summarize('tickets', withRows(predictions, test), { field, split })
  }
  const { predictions, trainMs, modelBytes } = evaluateClassifier(target, train, test)
  summarize('tickets', withRows(predictions, test), {
    field,
    split,
    trainMs: Math.round(trainMs),
    modelBytes,
  })
}

const runSentiment = (): void => {
  const toExample = (record: Record<string, string>): TrainExample => ({
    text: record.text ?? '',
    label: record.label ?? '',
  })
  const folds = readFolds()
  if (folds !== null) return crossValidate('sentiment', 'sentiment', readTrain(toExample), folds)
  const { train, test, split } = loadSets(toExample)
  const { predictions, trainMs, modelBytes } = evaluateClassifier('sentiment', train, test)
  summarize('sentiment', withRows(predictions, test), { split, trainMs: Math.round(trainMs), modelBytes })
}

const runLanguage = (): void => {
  const rows = readTsv(values.test ?? fail('--test is required'))
  const predictions = rows.map((row) => {
    const detected = detectLanguage(row.text ?? '')
    return { truth: row.lang ?? '', predicted: detected.code, confidence: detected.confidence }
  })
  summarize('language', predictions)
}

/** `--unanswerable P --seed S`: P a percentage from 0 to 99, S a non-negative integer (1 when absent). */
const readUnanswerable = (): { share: number; seed: number } | null => {
  if (values.unanswerable === undefined) return null
  const share = Number(values.unanswerable)
  const seed = Number(values.seed ?? 1)
  if (!Number.isFinite(share) || share < 0 || share >= 100)
    fail('--unanswerable must be a percentage from 0 to 99')
  if (!Number.isInteger(seed) || seed < 0) fail('--seed must be a non-negative integer')
  return { share, seed }
}

const runFaq = async (): Promise<void> => {
  const examples = Number(values.examples)
  if (!Number.isInteger(examples) || examples < 1) fail('--examples must be a positive integer')
  const unanswerable = readUnanswerable()
  const { train, test, split } = loadSets((row) => ({ text: row.text ?? '', label: row.category ?? '' }))
  const all = buildFaqArticles(train, examples)
  const ids = all.map((article) => article.id)
  const removed = unanswerable
    ? drawIds(ids, Math.round((ids.length * unanswerable.share) / 100), unanswerable.seed)
    : new Set<string>()
  const articles = all.filter((article) => !removed.has(article.id))
  const results = (await evaluateFaq(MIGRATIONS, articles, test)).map((r) => ({
    ...r,
    isAnswerable: !removed.has(r.truth),
  }))
  results.forEach((r, i) =>
    print({
      i,
      truth: r.truth,
      ranked: r.ranked,
      confidence: r.confidence,
      ...(unanswerable ? { answerable: r.isAnswerable } : {}),
    }),
  )
  print({
    task: 'faq',
    n: results.length,
    ...summarizeFaq(results, DEFAULT_SETTINGS.retrievalThreshold, unanswerable !== null),
    articles: articles.length,
    examples,
    split,
    ...(unanswerable ? { unanswerable: unanswerable.share, seed: unanswerable.seed } : {}),
  })
}

/** Reads a decide cases file; a malformed line stops the run with its location. */
const readCases = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), where: `${file}:${i + 1}` }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, where }) => {
      let json: unknown
      try {
        json = JSON.parse(line)
      } catch {
        return fail(`Invalid JSON at ${where}`)
      }
      const parsed = ZDecideCase.safeParse(json)
      return parsed.success
        ? parsed.data
        : fail(`Invalid case at ${where}: ${parsed.error.issues[0]?.message}`)
    })

const runDecide = async (): Promise<void> => {
  const mode = values.mode as Mode
  if (!MODES.includes(mode) || mode === 'off') fail('--mode must be auto_reply or draft_note')
  const cases = readCases(values.cases ?? fail('--cases is required'))
  // Loaded on demand: the decision path decodes the shipped models, which the other tasks do not need.
  const { evaluateDecide } = await import('./lib/evaluate-decide.ts')
  const outcomes = await evaluateDecide(MIGRATIONS, cases, { ...DEFAULT_SETTINGS, mode })
  outcomes.forEach((outcome, i) => print({ i, ...outcome }))
  print({ ...summarizeDecide(outcomes), mode })
}

/** Runs this script once with `args`; resolves with its last stdout line parsed, or null when it failed. */
const runChild = (args: string[]): Promise<Record<string, unknown> | null> =>
  new Promise((settle) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let tail = ''
    child.stdout.setEncoding('utf8')
    // Only the summary (the last line) is kept: per-case lines can run to megabytes.
    child.stdout.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-1_000_000)
    })
    child.on('close', (code) => {
      const last = tail.trim().split('\n').at(-1) ?? ''
      try {
        settle(code === 0 ? (JSON.parse(last) as Record<string, unknown>) : null)
      } catch {
        settle(null)
      }
    })
  })

/** Every standard run, one after another, then the figures beside what they have to beat. */
const runSuite = async (): Promise<void> => {
  const dataDir = resolve(values.data ?? join(REPO_ROOT, '..', 'shared', 'data'))
  if (!existsSync(dataDir)) fail(`No data folder at ${dataDir}`)
  const finished = []
  for (const run of standardRuns(dataDir, TRAINING_DIR)) {
    const started = Date.now()
    console.error(`[eval] ${run.name}…`)
    const summary = await runChild(run.args)
    console.error(
      `[eval] ${run.name}: ${summary === null ? 'failed' : 'done'} in ${Math.round((Date.now() - started) / 1000)} s`,
    )
    finished.push({ run, summary })
  }
  const rows = suiteRows(finished)
  console.log(`${formatSuite(rows)}\n\n${SUITE_NOTE}\n`)
  print({ task: 'suite', data: dataDir, rows })
  if (finished.some(({ summary }) => summary === null)) process.exit(1)
}

const task = positionals[0]
if (values.data !== undefined && task !== undefined) fail('--data applies when no task is given')
if (values.unanswerable !== undefined && task !== 'faq') fail('--unanswerable applies to the faq task')
const seedsCategories = task === 'faq' && values.unanswerable !== undefined
if (
  (values.folds ?? (seedsCategories ? undefined : values.seed)) !== undefined &&
  task !== 'tickets' &&
  task !== 'sentiment'
)
  fail('--folds and --seed apply to the tickets and sentiment tasks (and --seed to faq with --unanswerable)')
if (task === 'tickets') runTickets()
else if (task === 'sentiment') runSentiment()
else if (task === 'language') runLanguage()
else if (task === 'faq') await runFaq()
else if (task === 'decide') await runDecide()
else if (task === undefined) await runSuite()
else fail(`Unknown task: ${task}`)
