import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { TRAIN_TARGETS, type TrainExample, type TrainTarget } from '@deskmate/shared'
import { DEFAULT_FEATURE_CONFIG } from '../src/engines/local/text/hash-features.ts'
import { trainModel } from '../src/engines/local/train-model.ts'
import { readCsv } from './lib/read-table.ts'

const USAGE = `Usage:
  npm run train                       rebuild the default model from worker/training/*.jsonl
  npm run train -- --target <category|priority|type|sentiment> --csv FILE [--url URL] [--token T]
                                      train a tenant model on a running Worker from a CSV (text,label)`

const WORKER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..')
const TRAINING_DIR = join(WORKER_DIR, 'training')
const MODEL_FILE = join(WORKER_DIR, 'src', 'engines', 'local', 'model', 'default-model.json')

/** The default model ships inside the Worker bundle, so it is pruned harder than tenant models. */
const DEFAULT_MODEL_WEIGHTS = 150_000

const { values } = parseArgs({
  options: {
    target: { type: 'string' },
    csv: { type: 'string' },
    url: { type: 'string', default: 'http://127.0.0.1:8787' },
    token: { type: 'string' },
  },
})

const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

/** Reads every line of every training file; a malformed line stops the build with its location. */
const readTrainingLines = (): Record<string, string>[] =>
  readdirSync(TRAINING_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(TRAINING_DIR, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), where: `${file}:${i + 1}` }))
        .filter(({ line }) => line.length > 0)
        .map(({ line, where }) => {
          try {
            return JSON.parse(line) as Record<string, string>
          } catch {
            return fail(`Invalid JSON at ${where}`)
          }
        }),
    )

const buildDefaultModel = (): void => {
  const rows = readTrainingLines()
  const models: Record<string, unknown> = {}
  for (const target of TRAIN_TARGETS) {
    const examples: TrainExample[] = rows
      .filter((row) => typeof row.text === 'string' && typeof row[target] === 'string')
      .map((row) => ({ text: row.text as string, label: row[target] as string }))
    const trained = trainModel(target, examples, {
      config: DEFAULT_FEATURE_CONFIG,
      maxWeights: DEFAULT_MODEL_WEIGHTS,
    })
    models[target] = JSON.parse(trained.json)
    console.log(
      JSON.stringify({
        target,
        examples: trained.examples,
        labels: trained.labels,
        holdoutAccuracy: trained.holdoutAccuracy,
      }),
    )
  }
  writeFileSync(MODEL_FILE, `${JSON.stringify(models)}\n`)
  console.log(JSON.stringify({ wrote: MODEL_FILE, bytes: JSON.stringify(models).length }))
}

const trainTenantModel = async (target: TrainTarget, csv: string): Promise<void> => {
  const examples = readCsv(csv).map((row) => ({ text: row.text ?? '', label: row.label ?? '' }))
  const response = await fetch(new URL('/v1/models/train', values.url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(values.token ? { authorization: `Bearer ${values.token}` } : {}),
    },
    body: JSON.stringify({ target, examples }),
  })
  const body = await response.text()
  console.log(body)
  if (!response.ok) process.exit(1)
}

if (values.target === undefined && values.csv === undefined) buildDefaultModel()
else {
  const target = values.target as TrainTarget
  if (!TRAIN_TARGETS.includes(target)) fail('--target must be one of category, priority, type, sentiment')
  await trainTenantModel(target, values.csv ?? fail('--csv is required'))
}
