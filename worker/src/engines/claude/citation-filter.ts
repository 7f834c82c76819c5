import type { Citation } from '@deskmate/shared'
import type { DraftArticle } from '../engine.ts'

// `[#id]` or `[#id, #id2]`, with the space before it (removed together with an unknown marker).
const MARKER = /[ \t]?\[(#[^[\]\s,]+(?:,[ \t]*#[^[\]\s,]+)*)\]/g
// Longer than any marker of five ids: an open `[` further back is plain text, not a marker in progress.
const MAX_MARKER_CHARS = 1_200

/** Where text can be released: before an unfinished `[…` and before trailing blanks a marker may follow. */
const releasableLength = (text: string): number => {
  let cut = text.length
  const open = text.lastIndexOf('[')
  if (open !== -1 && !text.includes(']', open) && text.length - open <= MAX_MARKER_CHARS) cut = open
  while (cut > 0 && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--
  return cut
}

/** A streaming filter over draft text; see `createCitationFilter`. */
export type CitationFilter = {
  /** Takes a raw delta; returns the text that is safe to show now (may be empty). */
  push(delta: string): string
  /** Releases what is held back at the end of the stream. */
  flush(): string
  /** Everything released so far: exactly the concatenation of what push/flush returned. */
  text(): string
  /** Supplied articles the released text cites, in order of first citation. */
  citations(): Citation[]
}

/**
 * Keeps `[#id]` markers of supplied articles (normalising `[#a, #b]` to `[#a][#b]`) and removes markers
 * of any other id, holding back a marker split across deltas so streamed text never shows a removed one.
 */
export const createCitationFilter = (articles: readonly DraftArticle[]): CitationFilter => {
  const supplied = new Map(articles.map((a) => [a.id, a]))
  const cited = new Set<string>()
  let pending = ''
  let released = ''

  const clean = (text: string): string =>
    text.replace(MARKER, (marker, ids: string) => {
      const known = ids
        .split(',')
        .map((id) => id.trim().slice(1))
        .filter((id) => supplied.has(id))
      known.forEach((id) => cited.add(id))
      if (known.length === 0) return ''
      const space = marker.startsWith('[') ? '' : marker.charAt(0)
      return space + known.map((id) => `[#${id}]`).join('')
    })

  const release = (length: number): string => {
    const ready = clean(pending.slice(0, length))
    pending = pending.slice(length)
    released += ready
    return ready
  }

  return {
    push: (delta) => {
      pending += delta
      return release(releasableLength(pending))
    },
    flush: () => release(pending.length),
    text: () => released,
    citations: () =>
      [...cited].flatMap((id) => {
        const article = supplied.get(id)
        return article ? [{ id: article.id, title: article.title, url: article.url }] : []
      }),
  }
}
