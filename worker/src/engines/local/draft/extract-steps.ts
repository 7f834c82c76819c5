const MAX_STEPS = 8
const SUMMARY_CHARS = 600
/** The summary reads the article's opening only: a few sentences of 600 characters need no more. */
const MAX_SUMMARY_SOURCE_CHARS = 20_000
const SENTENCE_ENDS = new Set(['.', '!', '?'])

/**
 * Drops Markdown emphasis and code marks: drafts are inserted as plain text. A mark's content stops at the next
 * mark character, so an unclosed `**` costs one scan, not one per later character.
 */
const stripInlineMarkdown = (line: string): string =>
  line
    .replace(
      /\*\*([^*]+)\*\*|__([^_]+)__/g,
      (_mark, stars?: string, underscores?: string) => stars ?? underscores ?? '',
    )
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')

/** The article's numbered or bulleted steps, or else its opening sentences. */
export const extractSteps = (body: string): string[] => {
  const lines = body
    .split(/\r?\n/)
    .map(stripInlineMarkdown)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const steps = lines
    .filter((line) => /^(\d+[.)]|[-*•])\s+/.test(line))
    .map((line) => line.replace(/^(\d+[.)]|[-*•])\s+/, ''))
  if (steps.length > 0) return steps.slice(0, MAX_STEPS)
  const plain = lines
    .join(' ')
    .slice(0, MAX_SUMMARY_SOURCE_CHARS)
    .replace(/<[^<>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // Every piece ends at its terminators or at the end, so each match succeeds where it starts (linear); the
  // unterminated tail is dropped as before unless nothing ends a sentence at all.
  const pieces = plain.match(/[^.!?]+(?:[.!?]+|$)/g) ?? []
  const ended = pieces.filter((piece) => SENTENCE_ENDS.has(piece.at(-1) as string))
  const sentences = ended.length > 0 ? ended : [plain]
  let summary = ''
  for (const sentence of sentences) {
    if (summary.length + sentence.length > SUMMARY_CHARS && summary.length > 0) break
    summary += sentence
  }
  return [summary.trim()].filter((part) => part.length > 0)
}
