import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { WORKER_DIR } from './bench-inputs.ts'

/** Where the counted Worker reports its D1 round trips so far: `{ fetch, queue }` by handler. */
export const D1_CALLS_PATH = '/__bench/d1-calls'

const COUNTED_ENTRY = `import worker from './index.js'
import { countD1Calls } from './count-d1-calls.js'
const calls = { fetch: 0, queue: 0 }
// One wrapped environment per handler and runtime environment, so the Worker sees the same object every request.
const wrapped = { fetch: new WeakMap(), queue: new WeakMap() }
const countedEnv = (env, handler) => {
  let counted = wrapped[handler].get(env)
  if (!counted) {
    counted = { ...env, DB: countD1Calls(env.DB, () => calls[handler]++) }
    wrapped[handler].set(env, counted)
  }
  return counted
}
export default {
  fetch(request, env, ctx) {
    if (new URL(request.url).pathname === '${D1_CALLS_PATH}') return Response.json(calls)
    return worker.fetch(request, countedEnv(env, 'fetch'), ctx)
  },
  queue(batch, env, ctx) {
    return worker.queue(batch, countedEnv(env, 'queue'), ctx)
  },
}
`

const moduleType = (file: string): 'ESModule' | 'CompiledWasm' | 'Data' =>
  file.endsWith('.js') || file.endsWith('.mjs')
    ? 'ESModule'
    : file.endsWith('.wasm')
      ? 'CompiledWasm'
      : 'Data'

/**
 * Writes the counting entry beside the bundle (the tests' D1 counter, transpiled, in front of `index.js`) and
 * lists it first among the bundle's modules.
 */
export const countedModules = (bundleDir: string, bundleModules: readonly string[]) => {
  const counter = readFileSync(join(WORKER_DIR, 'test', 'helpers', 'count-d1-calls.ts'), 'utf8')
  const js = ts.transpileModule(counter, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText
  writeFileSync(join(bundleDir, 'count-d1-calls.js'), js)
  writeFileSync(join(bundleDir, 'counted-entry.js'), COUNTED_ENTRY)
  return ['counted-entry.js', 'count-d1-calls.js', ...bundleModules].map((file) => ({
    type: moduleType(file),
    path: join(bundleDir, file),
  }))
}
