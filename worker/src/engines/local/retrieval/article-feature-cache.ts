import { LRUCache } from 'lru-cache'
import type { StoredArticle } from '../../../db/kb-repo.ts'
import type { ArticleFeatures } from './passage-vectors.ts'

/**
 * Bytes of hashed articles an isolate keeps for the re-ranker: a small share of the 128 MB isolate limit, and
 * enough for the few hundred articles a busy tenant's suggestions keep returning.
 */
export const ARTICLE_CACHE_BYTES = 16 * 1024 * 1024

// V8's own cost of a typed array beyond its elements, and of a small object. V8 keeps elements of up to 64 bytes
// in the heap beside the array; larger ones in a backing store of their own, with its buffer object, extension
// and allocation (measured: 2,000 generated articles held about 400 bytes more each than the elements and the
// in-heap cost of their three large arrays).
const IN_HEAP_ELEMENTS = 64
const TYPED_ARRAY_OVERHEAD = 96
const BACKING_STORE_OVERHEAD = 320
const OBJECT_OVERHEAD = 48

const arrayBytes = (array: ArrayBufferView): number =>
  array.buffer.byteLength +
  TYPED_ARRAY_OVERHEAD +
  (array.buffer.byteLength > IN_HEAP_ELEMENTS ? BACKING_STORE_OVERHEAD : 0)

/** Estimated heap bytes of one cached article: its typed arrays (whole buffers, views count once) and objects. */
export const featureBytes = (features: ArticleFeatures, key = ''): number => {
  let bytes = 2 * OBJECT_OVERHEAD + 2 * key.length
  bytes += arrayBytes(features.vocabulary) + arrayBytes(features.blocks)
  const { bytes: texts, offsets } = features.texts
  bytes += OBJECT_OVERHEAD + arrayBytes(texts) + arrayBytes(offsets)
  // The article's stems: their hashes (and the lookup closure), then the title's and the key stems as short
  // strings in a list and a map (about 16 bytes a character with V8's string, hash-table and array-slot costs).
  const { terms } = features
  bytes += 4 * OBJECT_OVERHEAD + arrayBytes(terms.all.hashes)
  for (const stem of terms.title) bytes += 16 + 2 * stem.length
  for (const stem of terms.key.keys()) bytes += OBJECT_OVERHEAD + 2 * stem.length
  return bytes
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 16777619
const LINE_BREAK = 10

const fnv1aFrom = (hash: number, text: string): number => {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash
}

const fnv1a = (text: string): number => fnv1aFrom(FNV_OFFSET, text) >>> 0

/** `fnv1a(lines.join('\n'))` without building the joined string (the key is computed on every look-up). */
export const fnv1aLines = (lines: readonly string[]): number => {
  let hash = FNV_OFFSET
  lines.forEach((line, i) => {
    if (i > 0) hash = Math.imul(hash ^ LINE_BREAK, FNV_PRIME)
    hash = fnv1aFrom(hash, line)
  })
  return hash >>> 0
}

/**
 * What an article's features depend on. Keyed by content (not by tenant): two articles with the same key have the
 * same features, so sharing an entry tells no tenant anything it does not already hold.
 */
export const articleCacheKey = (article: StoredArticle): string =>
  [
    article.id,
    article.updatedAt,
    article.body.length,
    fnv1a(article.title),
    fnv1a(article.body),
    fnv1aLines(article.examples),
  ].join('\u0000')

/** A least-recently-used cache of hashed articles bounded by their estimated bytes. */
export const createFeatureCache = (maxBytes = ARTICLE_CACHE_BYTES) =>
  new LRUCache<string, ArticleFeatures>({
    maxSize: maxBytes,
    // An article larger than the whole budget is computed every time rather than evicting everything.
    maxEntrySize: maxBytes,
    sizeCalculation: (features, key) => Math.max(1, featureBytes(features, key)),
  })
