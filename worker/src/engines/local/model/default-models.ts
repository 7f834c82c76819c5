import type { TrainTarget } from '@deskmate/shared'
import type { LinearModel } from '../classifier/linear-model.ts'
import { decodeModel, type SerializedModel } from '../classifier/serialize-model.ts'
import data from './default-model.json'

/** The shipped models (trained on the project's own examples by `npm run train`), decoded once per isolate. */
export const DEFAULT_MODELS: Record<TrainTarget, LinearModel> = {
  category: decodeModel(data.category as SerializedModel),
  priority: decodeModel(data.priority as SerializedModel),
  type: decodeModel(data.type as SerializedModel),
  sentiment: decodeModel(data.sentiment as SerializedModel),
}
