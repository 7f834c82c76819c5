import type { TrainTarget } from '@deskmate/shared'
import type { LinearModel } from './classifier/linear-model.ts'
import { parseModel } from './classifier/serialize-model.ts'

/** A tenant's parsed models by target; a target without one uses the default model. */
export type TenantModels = Partial<Record<TrainTarget, LinearModel>>

/** The parsed models of one tenant and the models version they were read at. */
export type CachedModels = { version: number; models: TenantModels }

/** Tenants whose parsed models an isolate keeps; small, since each model holds typed arrays of up to ~1 M weights. */
const CAPACITY = 16
const cache = new Map<string, CachedModels>()

/** This isolate's parsed models of a tenant, at whatever version they were read (LRU: marks them used). */
export const peekTenantModels = (tenantId: string): CachedModels | undefined => {
  const hit = cache.get(tenantId)
  if (hit) {
    cache.delete(tenantId)
    cache.set(tenantId, hit)
  }
  return hit
}

/**
 * Parses a tenant's stored models read at `version` and keeps them for the next requests. A stored model that
 * no longer parses is left out, so the default answers instead of analysis failing.
 */
export const storeTenantModels = (
  tenantId: string,
  version: number,
  stored: ReadonlyArray<{ target: TrainTarget; json: string }>,
): TenantModels => {
  const models: TenantModels = {}
  for (const { target, json } of stored) {
    try {
      models[target] = parseModel(json)
    } catch {
      // The default model of this target answers.
    }
  }
  const current = cache.get(tenantId)
  // A slower request that read an older version must not replace what a newer one stored.
  if (current && current.version > version) return models
  cache.delete(tenantId)
  cache.set(tenantId, { version, models })
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string)
  return models
}
