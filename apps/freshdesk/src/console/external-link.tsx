/** A link that opens outside the console (a ticket or an article), in a new tab. */
export const externalLink = (href: string, text: string) => (
  <a href={href} target="_blank" rel="noreferrer">
    {text}
  </a>
)
