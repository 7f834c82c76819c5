/**
 * Parses Markdown articles: each starts with a front-matter block (`id`, `locale`, optional `url` and
 * `examples` separated by `|`) followed by `# Title` and the body. Several articles follow one another.
 * @example parseMarkdownArticles('---\nid: a\nlocale: en\n---\n# Title\nBody')
 */
export const parseMarkdownArticles = (
  text: string,
): { rows: unknown[]; errors: { path: string; message: string }[] } => {
  const rows: unknown[] = []
  const errors: { path: string; message: string }[] = []
  const blocks = text.replace(/\r\n/g, '\n').split(/^---[ \t]*\n/m)
  // split gives: [before, meta1, content1, meta2, content2, ...]
  if (blocks[0]?.trim()) errors.push({ path: 'article 0', message: 'Text before the first front matter' })
  for (let i = 1; i < blocks.length; i += 2) {
    const index = (i + 1) / 2
    const meta: Record<string, string> = {}
    for (const line of (blocks[i] ?? '').split('\n')) {
      const m = /^([a-z]+):(.*)$/i.exec(line.trim())
      if (m?.[1]) meta[m[1].toLowerCase()] = (m[2] ?? '').trim()
    }
    const content = (blocks[i + 1] ?? '').trim()
    const heading = /^#[ \t]+(\S.*)$/m.exec(content)
    if (!heading?.[1]) {
      errors.push({ path: `article ${index}`, message: 'Missing a "# Title" heading' })
      continue
    }
    const body = content.replace(heading[0], '').trim()
    rows.push({
      id: meta.id,
      title: heading[1].trim(),
      body,
      locale: meta.locale,
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.examples
        ? {
            examples: meta.examples
              .split('|')
              .map((q) => q.trim())
              .filter(Boolean),
          }
        : {}),
    })
  }
  if (blocks.length < 3) errors.push({ path: 'body', message: 'No article found (expected front matter)' })
  return { rows, errors }
}
