/**
 * Saves text as a file through a temporary link (the admin session is a header, so a plain link cannot).
 * @example downloadText(csv, 'deskmate-activity.csv')
 */
export const downloadText = (text: string, name: string, type = 'text/csv;charset=utf-8'): void => {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = Object.assign(document.createElement('a'), { href: url, download: name })
  document.body.append(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}
