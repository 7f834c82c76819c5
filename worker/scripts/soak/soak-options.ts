import { parseArgs } from 'node:util'

/** What `npm run soak` runs. */
export type SoakOptions = {
  deliveries: number
  /** The whole run's time bound (setup, sending and draining), in minutes. */
  minutes: number
  /** Helpdesk accounts (tenants) the tickets are spread over (each has Zendesk's per-minute update budget). */
  tenants: number
  /** Deliveries in flight at once. */
  concurrency: number
  seed: number
  /** Local ports, away from `npm start` (8787-8791) and the browser tests. */
  workerPort: number
  simulatorPort: number
  /** Keeps the soak's local D1 and queue state folder. */
  shouldKeepState: boolean
}

const USAGE = `npm run soak -- [--deliveries 20000] [--minutes 60] [--tenants 40] [--concurrency 16] [--seed 1]
                [--worker-port 8797] [--simulator-port 8798] [--keep-state]`

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} must be a positive integer\n${USAGE}`)
  return number
}

/** Reads the command line; throws with the usage on a bad option. */
export const parseSoakOptions = (argv: string[]): SoakOptions => {
  const { values } = parseArgs({
    args: argv,
    options: {
      deliveries: { type: 'string' },
      minutes: { type: 'string' },
      tenants: { type: 'string' },
      concurrency: { type: 'string' },
      seed: { type: 'string' },
      'worker-port': { type: 'string' },
      'simulator-port': { type: 'string' },
      'keep-state': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) throw new Error(USAGE)
  return {
    deliveries: positive('deliveries', values.deliveries, 20_000),
    minutes: positive('minutes', values.minutes, 60),
    tenants: positive('tenants', values.tenants, 40),
    concurrency: positive('concurrency', values.concurrency, 16),
    seed: positive('seed', values.seed, 1),
    workerPort: positive('worker-port', values['worker-port'], 8797),
    simulatorPort: positive('simulator-port', values['simulator-port'], 8798),
    shouldKeepState: values['keep-state'] ?? false,
  }
}
