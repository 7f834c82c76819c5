/** The result of parsing JSON while looking for keys that appear twice in one object. */
export type StrictJson = { ok: true; value: unknown; duplicateKeys: string[] } | { ok: false; error: string }

const findDuplicateKeys = (text: string): string[] => {
  const objects: (Set<string> | null)[] = []
  const duplicates: string[] = []
  let index = 0
  while (index < text.length) {
    const char = text[index]
    if (char === '"') {
      let end = index + 1
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const literal = text.slice(index, end + 1)
      index = end + 1
      while (/\s/.test(text[index] ?? '')) index++
      const keys = objects.at(-1)
      if (text[index] === ':' && keys) {
        const key = JSON.parse(literal) as string
        if (keys.has(key)) duplicates.push(key)
        keys.add(key)
      }
      continue
    }
    if (char === '{') objects.push(new Set())
    else if (char === '[') objects.push(null)
    else if (char === '}' || char === ']') objects.pop()
    index++
  }
  return duplicates
}

/** Parses JSON like `JSON.parse` and also reports duplicate keys, which the gem rejects. */
export const parseStrictJson = (text: string): StrictJson => {
  try {
    const value: unknown = JSON.parse(text)
    return { ok: true, value, duplicateKeys: findDuplicateKeys(text) }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
