import { PRIORITY_LABELS } from '../../freshdesk/host/ticket-data.ts'
import { htmlText } from './html-text.ts'

/** The parts of the ticket view an app's `client.interface.trigger` can change. */
export type InterfaceTarget = {
  editor: { value: string; focus(): void }
  /** Sets the priority field (Freshdesk's codes, 1 Low … 4 Urgent) until the agent saves the ticket. */
  setPriority(code: number): void
  notify(message: string): void
}

/**
 * Runs `client.interface.trigger(action, options)` on the ticket view: `setValue` of the reply editor or the
 * priority field, `click` on Reply, `showNotify`. False for what the workspace does not model.
 */
export const interfaceActions =
  (target: InterfaceTarget, toText: (html: string) => string = htmlText) =>
  (action: string, options: Record<string, unknown>): boolean => {
    const text = typeof options.text === 'string' ? toText(options.text) : ''
    if (action === 'setValue' && options.id === 'editor') {
      target.editor.value = options.replace === false ? `${target.editor.value}${text}` : text
    } else if (action === 'setValue' && options.id === 'priority') {
      const code = Number(options.value)
      if (!(code in PRIORITY_LABELS)) return false
      target.setPriority(code)
    } else if (action === 'click' && options.id === 'reply') {
      target.editor.value = text
      target.editor.focus()
    } else if (action === 'showNotify') {
      target.notify([options.title, options.message].filter((part) => typeof part === 'string').join(': '))
    } else return false
    return true
  }
