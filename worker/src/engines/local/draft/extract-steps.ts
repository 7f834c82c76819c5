const MAX_STEPS = 8
const SUMMARY_CHARS = 600

/** Drops Markdown emphasis and code marks: drafts are inserted as plain text. */
const stripInlineMarkdown = (line: string): string =>
  line
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
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
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const sentences = plain.match(/[^.!?]+[.!?]+/g) ?? [plain]
  let summary = ''
  for (const sentence of sentences) {
    if (summary.length + sentence.length > SUMMARY_CHARS && summary.length > 0) break
    summary += sentence
  }
  return [summary.trim()].filter((part) => part.length > 0)
}
