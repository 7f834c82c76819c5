const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Longest HTML read: a Help Center article or a comment is far shorter; the rest of a paste adds only cost. */
export const MAX_HTML_CHARS = 500_000

const RAW_TEXT_OPEN = /<(script|style)\b/gi

/**
 * Drops `<script>` and `<style>` elements with one forward scan (a regex with a lazy body and a back-reference
 * rescans the rest of the text from every unclosed opening tag). An unclosed element runs to the end, as in a
 * browser.
 */
const dropRawTextElements = (html: string): string => {
  const lower = html.toLowerCase()
  let out = ''
  let from = 0
  RAW_TEXT_OPEN.lastIndex = 0
  for (let open = RAW_TEXT_OPEN.exec(html); open; open = RAW_TEXT_OPEN.exec(html)) {
    out += html.slice(from, open.index)
    const close = lower.indexOf(`</${(open[1] as string).toLowerCase()}`, RAW_TEXT_OPEN.lastIndex)
    const end = close < 0 ? -1 : lower.indexOf('>', close)
    if (end < 0) return out
    from = end + 1
    RAW_TEXT_OPEN.lastIndex = from
  }
  return out + html.slice(from)
}

const decodeEntity = (entity: string, name: string): string => {
  if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? entity
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
  // Out-of-range numbers (`&#99999999;`) stay as written instead of throwing.
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
}

/** Drops trailing spaces and tabs with a backward scan (`/[ \t]+\n/` retries every start of a long blank run). */
const trimSpacesAtEnd = (line: string): string => {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  return line.slice(0, end)
}

/**
 * Plain text from helpdesk HTML (article bodies, comments): block ends become line breaks, list items keep
 * a bullet, tags go, common entities are decoded. Every pattern is linear: a tag stops at the next `<`, and
 * bounded repetitions keep hostile input (`<<<<`, unterminated tags, long blank runs) from backtracking.
 * @example htmlToText('<p>Hi</p><ol><li>Open</li></ol>') // 'Hi\n\n- Open'
 */
export const htmlToText = (html: string): string =>
  dropRawTextElements(html.slice(0, MAX_HTML_CHARS))
    .replace(/<li\b[^<>]*>/gi, '\n- ')
    .replace(/<br\s{0,8}\/?>|<\/(p|div|h[1-6]|li|tr|ul|ol|blockquote)>/gi, '\n')
    .replace(/<[^<>]+>/g, '')
    .replace(/&(#\d{1,8}|#x[0-9a-f]{1,8}|[a-z]{1,10});/gi, decodeEntity)
    .split('\n')
    .map(trimSpacesAtEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML bodies and attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
