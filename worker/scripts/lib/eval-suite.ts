/**
 * `npm run eval` without a task: every standard measurement over `../shared/data` and the project's labelled
 * sets, one after another, and a table of each figure beside the figure it has to beat.
 */

/** One standard run: the arguments of `npm run eval -- …` and the figures read from its summary line. */
export type SuiteRun = { name: string; args: string[]; figures: SuiteFigure[] }

/** A figure to beat (a reference, measured elsewhere) or to reach (a target); `atMost` for rates to keep low. */
export type SuiteGoal = { value: number; kind: 'reference' | 'target'; atMost?: boolean; source: string }

/** A figure of a run's summary (a dotted path into it) and what it is held against. */
export type SuiteFigure = {
  label: string
  path: string
  /** The figure to beat or reach; none for figures reported without a goal. */
  goal?: SuiteGoal
}

/** One row of the printed table. */
export type SuiteRow = {
  label: string
  run: string
  measured: number | null
  goal: SuiteGoal | null
  /** Whether the measured figure meets its goal; null when there is no goal or no figure. */
  meets: boolean | null
}

const REFERENCE = 'README of ../shared/data (held-out split)'
const ISSUE = 'trustworthy answers'

const reference = (value: number): SuiteGoal => ({ value, kind: 'reference', source: REFERENCE })
const target = (value: number, atMost = false): SuiteGoal => ({
  value,
  kind: 'target',
  source: ISSUE,
  ...(atMost ? { atMost } : {}),
})

/** The standard runs, reading the data from `dataDir` and the labelled sets from `trainingDir`. */
export const standardRuns = (dataDir: string, trainingDir: string): SuiteRun[] => {
  const tickets = `${dataDir}/tickets_dev.csv`
  const banking = `${dataDir}/banking77_train.csv`
  const ticketRun = (field: string, accuracy: number, macroF1: number): SuiteRun => ({
    name: `tickets ${field}`,
    args: ['tickets', '--field', field, '--train', tickets],
    figures: [
      { label: `tickets → ${field}, accuracy`, path: 'accuracy', goal: reference(accuracy) },
      { label: `tickets → ${field}, macro-F1`, path: 'macroF1', goal: reference(macroF1) },
    ],
  })
  const unanswerable = (seed: number): SuiteRun => ({
    name: `faq --unanswerable 25 --seed ${seed}`,
    args: ['faq', '--train', banking, '--examples', '10', '--unanswerable', '25', '--seed', String(seed)],
    figures: [
      { label: `seed ${seed}: false-answer rate`, path: 'falseAnswerRate', goal: target(0.1, true) },
      { label: `seed ${seed}: right-and-confident`, path: 'rightAndConfident', goal: target(0.6) },
      { label: `seed ${seed}: AUROC`, path: 'auroc', goal: target(0.92) },
    ],
  })
  const decide = (name: string, file: string): SuiteRun => ({
    name,
    args: ['decide', '--cases', file],
    figures: [
      { label: `${name}: must-escalate recall`, path: 'mustEscalate.recall', goal: target(1) },
      { label: `${name}: expected topic named`, path: 'mustEscalate.topicRecall' },
      { label: `${name}: everyday flagged as sensitive`, path: 'everyday.sensitiveEscalationRate' },
    ],
  })
  return [
    ticketRun('queue', 0.433, 0.343),
    ticketRun('priority', 0.492, 0.445),
    ticketRun('type', 0.72, 0.697),
    ticketRun('language', 0.943, 0.969),
    {
      name: 'sentiment',
      args: ['sentiment', '--train', `${dataDir}/airline_sentiment_dev.csv`],
      figures: [
        { label: 'airline tweets → sentiment, accuracy', path: 'accuracy', goal: reference(0.816) },
        { label: 'airline tweets → sentiment, macro-F1', path: 'macroF1', goal: reference(0.755) },
      ],
    },
    {
      name: 'language',
      args: ['language', '--test', `${dataDir}/language_tweets_dev.tsv`],
      figures: [{ label: 'tweets → language, accuracy', path: 'accuracy', goal: reference(0.995) }],
    },
    {
      name: 'faq',
      args: ['faq', '--train', banking, '--examples', '10'],
      figures: [
        { label: 'BANKING77 as FAQ, recall@1', path: 'recall@1', goal: reference(0.7) },
        { label: 'BANKING77 as FAQ, recall@3', path: 'recall@3', goal: reference(0.866) },
      ],
    },
    unanswerable(1),
    unanswerable(2),
    unanswerable(3),
    decide('decide (held-out set)', `${trainingDir}/sensitive/decide-cases.jsonl`),
    decide('decide (probe set)', `${trainingDir}/probe/probe-cases.jsonl`),
  ]
}

/** The value at a dotted path of a summary line, when it is a number. */
const pick = (summary: Record<string, unknown>, path: string): number | null => {
  let value: unknown = summary
  for (const key of path.split('.'))
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** The table rows of finished runs: each figure beside its goal. A run without a summary gives empty figures. */
export const suiteRows = (runs: { run: SuiteRun; summary: Record<string, unknown> | null }[]): SuiteRow[] =>
  runs.flatMap(({ run, summary }) =>
    run.figures.map((figure) => {
      const measured = summary === null ? null : pick(summary, figure.path)
      const goal = figure.goal ?? null
      const meets =
        goal === null || measured === null
          ? null
          : goal.atMost
            ? measured <= goal.value
            : goal.kind === 'target'
              ? measured >= goal.value
              : measured > goal.value
      return { label: figure.label, run: run.name, measured, goal, meets }
    }),
  )

// A reference was measured on another split of the same source, so a figure is above or below it; a target is
// met or not.
const verdict = (row: SuiteRow): string =>
  row.goal?.kind === 'reference' ? (row.meets ? 'above' : 'below') : row.meets ? 'met' : 'NOT MET'

/** What the references are, printed under the table. */
export const SUITE_NOTE =
  'References were measured on the held-out split of the same sources, training on the whole development file;\n' +
  "these figures come from an 80/20 split of it (docs/QUALITY.md, 'Same rows as the references', compares both on\n" +
  'the same rows). Targets are the answer and escalation goals of docs/QUALITY.md.'

/** The rows as an aligned text table for the terminal. */
export const formatSuite = (rows: SuiteRow[]): string => {
  const cells = rows.map((row) => [
    row.label,
    row.measured === null ? 'failed' : row.measured.toFixed(4),
    row.goal === null
      ? ''
      : `${row.goal.atMost ? '≤ ' : row.goal.kind === 'target' ? '≥ ' : '> '}${row.goal.value} (${row.goal.kind})`,
    row.meets === null ? '' : verdict(row),
  ])
  const header = ['figure', 'measured', 'goal', '']
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i]!.length)))
  const line = (cell: string[]) =>
    cell
      .map((text, i) => text.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(header), ...cells.map(line)].join('\n')
}
