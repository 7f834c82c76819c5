import { describe, expect, it, vi } from 'vitest'
import { interfaceActions } from './interface-actions.ts'

const setup = () => {
  const target = {
    editor: { value: 'Hi', focus: vi.fn() },
    setPriority: vi.fn(),
    notify: vi.fn(),
  }
  return { target, trigger: interfaceActions(target, (html) => html.replace(/<[^>]+>/g, '')) }
}

describe('interfaceActions', () => {
  it('sets the priority field to a Freshdesk priority code', () => {
    const { target, trigger } = setup()
    expect(trigger('setValue', { id: 'priority', value: 4 })).toBe(true)
    expect(target.setPriority).toHaveBeenCalledWith(4)
  })

  it('refuses a priority Freshdesk does not have', () => {
    const { target, trigger } = setup()
    expect(trigger('setValue', { id: 'priority', value: 9 })).toBe(false)
    expect(trigger('setValue', { id: 'priority', value: 'urgent' })).toBe(false)
    expect(target.setPriority).not.toHaveBeenCalled()
  })

  it('replaces or appends the reply editor text', () => {
    const { target, trigger } = setup()
    expect(trigger('setValue', { id: 'editor', text: '<p>Hello</p>', replace: false })).toBe(true)
    expect(target.editor.value).toBe('HiHello')
    trigger('setValue', { id: 'editor', text: '<p>Bye</p>' })
    expect(target.editor.value).toBe('Bye')
  })

  it('opens the reply with text and shows notifications', () => {
    const { target, trigger } = setup()
    trigger('click', { id: 'reply', text: 'Draft' })
    expect(target.editor.value).toBe('Draft')
    expect(target.editor.focus).toHaveBeenCalled()
    trigger('showNotify', { type: 'success', title: 'Done', message: 'Saved' })
    expect(target.notify).toHaveBeenCalledWith('Done: Saved')
  })

  it('answers false for actions the workspace does not model', () => {
    expect(setup().trigger('hide', { id: 'status' })).toBe(false)
  })
})
