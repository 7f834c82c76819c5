import type { TrainTarget } from '@deskmate/shared'
import type { LinearModel } from './classifier/linear-model.ts'
import { parseModel } from './classifier/serialize-model.ts'

/** Parsed tenant models kept per isolate; small, since each holds typed arrays of up to ~1 M weights. */
const CAPACITY = 16
const cache = new Map<string, LinearModel>()

/** A cheap fingerprint: length and tail (bias and last weights) differ between two trainings. */
const fingerprint = (target: TrainTarget, json: string): string =>
  `${target}:${json.length}:${json.slice(-160)}`

/** Returns the parsed model for a stored JSON, parsing it only on the first use in this isolate (LRU). */
export const getCachedModel = (target: TrainTarget, json: string): LinearModel => {
  const key = fingerprint(target, json)
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const model = parseModel(json)
  cache.set(key, model)
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string)
  return model
}
