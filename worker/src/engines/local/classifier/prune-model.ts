import type { LinearModel } from './linear-model.ts'

/** Keeps the `maxRows` vocabulary rows with the largest weight × IDF, so a model fits its storage budget. */
export const pruneModel = (model: LinearModel, maxRows: number): LinearModel => {
  const k = model.labels.length
  if (model.vocab.length <= maxRows) return model
  const strength = new Float64Array(model.vocab.length)
  for (let row = 0; row < model.vocab.length; row++) {
    let max = 0
    for (let c = 0; c < k; c++) max = Math.max(max, Math.abs(model.weights[row * k + c] as number))
    strength[row] = max * (model.idf[row] as number)
  }
  const keep = Int32Array.from(strength.keys())
    .sort((a, b) => (strength[b] as number) - (strength[a] as number))
    .subarray(0, maxRows)
    .sort()
  const weights = new Float32Array(keep.length * k)
  keep.forEach((row, i) => weights.set(model.weights.subarray(row * k, row * k + k), i * k))
  return {
    ...model,
    vocab: Int32Array.from(keep, (row) => model.vocab[row] as number),
    idf: Float32Array.from(keep, (row) => model.idf[row] as number),
    weights,
  }
}
