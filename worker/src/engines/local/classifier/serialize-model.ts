import type { FeatureConfig } from '../text/hash-features.ts'
import type { LinearModel } from './linear-model.ts'

/** The compact JSON form of a model: sorted buckets as varint deltas, IDF and weights quantized to bytes. */
export type SerializedModel = {
  v: 1
  labels: string[]
  config: FeatureConfig
  vocab: string
  idf: string
  weightScale: number
  weights: string
  bias: number[]
}

const IDF_STEP = 1 / 16

const toBase64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

const fromBase64 = (text: string): Uint8Array => {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

const encodeDeltas = (sorted: Int32Array): Uint8Array => {
  const out: number[] = []
  let previous = 0
  for (const value of sorted) {
    let delta = value - previous
    previous = value
    while (delta >= 0x80) {
      out.push((delta & 0x7f) | 0x80)
      delta >>>= 7
    }
    out.push(delta)
  }
  return Uint8Array.from(out)
}

const decodeDeltas = (bytes: Uint8Array): Int32Array => {
  const out: number[] = []
  let value = 0
  let delta = 0
  let shift = 0
  for (const byte of bytes) {
    delta |= (byte & 0x7f) << shift
    shift += 7
    if (byte < 0x80) {
      value += delta
      out.push(value)
      delta = 0
      shift = 0
    }
  }
  return Int32Array.from(out)
}

/** Serializes a model to compact JSON (weights quantized to signed bytes). */
export const serializeModel = (model: LinearModel): string => JSON.stringify(encodeModel(model))

/** Encodes a model into its compact serializable form. */
export const encodeModel = (model: LinearModel): SerializedModel => {
  let max = 0
  for (const w of model.weights) max = Math.max(max, Math.abs(w))
  const weightScale = max > 0 ? max / 127 : 1
  const quantized = new Int8Array(model.weights.length)
  for (let i = 0; i < quantized.length; i++)
    quantized[i] = Math.round((model.weights[i] as number) / weightScale)
  const serialized: SerializedModel = {
    v: 1,
    labels: model.labels,
    config: model.config,
    vocab: toBase64(encodeDeltas(model.vocab)),
    idf: toBase64(Uint8Array.from(model.idf, (idf) => Math.min(255, Math.round(idf / IDF_STEP)))),
    weightScale,
    weights: toBase64(new Uint8Array(quantized.buffer)),
    bias: Array.from(model.bias, (b) => Number(b.toFixed(4))),
  }
  return serialized
}

/** Parses the compact JSON form back into a model; throws on a malformed document. */
export const parseModel = (json: string): LinearModel => decodeModel(JSON.parse(json) as SerializedModel)

/** Decodes an already-parsed serialized model (e.g. one bundled as JSON). */
export const decodeModel = (data: SerializedModel): LinearModel => {
  if (data.v !== 1 || !Array.isArray(data.labels) || data.labels.length < 2)
    throw new Error('Unknown model format')
  const vocab = decodeDeltas(fromBase64(data.vocab))
  const idf = Float32Array.from(fromBase64(data.idf), (q) => q * IDF_STEP)
  const quantized = new Int8Array(fromBase64(data.weights).buffer)
  const weights = Float32Array.from(quantized, (q) => q * data.weightScale)
  if (idf.length !== vocab.length || weights.length !== vocab.length * data.labels.length) {
    throw new Error('Model arrays do not match its vocabulary')
  }
  return { labels: data.labels, config: data.config, vocab, idf, weights, bias: Float32Array.from(data.bias) }
}
