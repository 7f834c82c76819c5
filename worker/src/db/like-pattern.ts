/** A LIKE pattern matching `text` anywhere, in which `%`, `_` and the escape character match themselves (`ESCAPE` backslash). */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
