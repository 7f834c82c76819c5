import { formatSoak } from './soak/format-soak.ts'
import { runSoak } from './soak/run-soak.ts'
import { parseSoakOptions } from './soak/soak-options.ts'

// npm run soak: 20,000 webhook deliveries through the local stack, checked for one outcome per ticket. Binds
// fixed ports: run it under `flock /tmp/deskmate-ports.lock`.
let options
try {
  options = parseSoakOptions(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
const run = await runSoak(options, (line) => console.log(line))
console.log(`\n${formatSoak(options, run)}`)
process.exit(run.violations.length === 0 ? 0 : 1)
