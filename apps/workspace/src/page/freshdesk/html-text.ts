/** Plain text of an app's HTML for the reply editor: paragraphs and line breaks kept, links as `title (url)`. */
export const htmlText = (html: string): string => {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  for (const link of doc.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? ''
    if (href && link.textContent !== href) link.append(` (${href})`)
  }
  for (const br of doc.querySelectorAll('br')) br.replaceWith('\n')
  for (const block of doc.querySelectorAll('p, div, li')) block.append('\n')
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim()
}
