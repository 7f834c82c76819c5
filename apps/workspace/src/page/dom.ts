type Props = Record<string, string | number | boolean | undefined>

/** Creates an element with attributes (`on*` props are not supported: add listeners explicitly). */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  element.append(...children)
  return element
}

/** Builds a `<select>` with a label-less list of options; `''` stands for "no value" (shown as "-"). */
export const selectOf = (id: string, values: readonly string[], labels: Record<string, string> = {}) =>
  h(
    'select',
    { id },
    ...['', ...values].map((value) => h('option', { value }, labels[value] ?? (value || '-'))),
  )

/** Formats an ISO time for the conversation. */
export const formatTime = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
