import { describe, expect, it } from 'vitest'
import type { HelpdeskClient, HelpdeskTicket, TicketUpdate, UpdateStep } from '../../helpdesks/adapter.ts'
import { applyTicketUpdate, stepsOf } from './apply-ticket-update.ts'

const UPDATE: TicketUpdate = {
  comment: { html: '<p>Hello</p>', isPublic: true },
  addTags: ['deskmate_auto_replied'],
  status: 'pending',
}

/**
 * A helpdesk without an atomic update (as Freshdesk: a reply, then tags, then fields, each its own call) that
 * can fail the call after a given number of steps, and whose ticket shows the comments it really posted.
 */
const createStepwiseHelpdesk = (failAfter = Infinity) => {
  let failAfterSteps = failAfter
  const calls: UpdateStep[] = []
  const comments: string[] = []
  let stamp = 1
  const ticket = (): HelpdeskTicket => ({
    ticket: { id: '9', subject: 'Hi', body: 'Hi' },
    status: 'open',
    tags: [],
    updatedStamp: String(stamp),
  })
  const client = {
    fetchTicket: async () => ticket(),
    landedSteps: async (_ticket: HelpdeskTicket, update: TicketUpdate, steps: readonly UpdateStep[]) =>
      steps.includes('comment') && comments.includes(update.comment.html)
        ? (['comment'] as UpdateStep[])
        : [],
    async applyUpdate(
      _id: string,
      update: TicketUpdate,
      steps: readonly UpdateStep[],
      updatedStamp: string,
      onApplied: (steps: UpdateStep[]) => Promise<void>,
    ) {
      if (steps.includes('comment') && updatedStamp !== String(stamp)) return 'conflict' as const
      for (const step of steps) {
        if (calls.length >= failAfterSteps) throw new Error('connection reset')
        calls.push(step)
        if (step === 'comment') comments.push(update.comment.html)
        stamp++
        await onApplied([step])
      }
      return 'applied' as const
    },
  }
  const heal = () => void (failAfterSteps = Infinity)
  return { client: client as unknown as HelpdeskClient, calls, comments, heal }
}

const noReserve = async () => {}

describe('applyTicketUpdate', () => {
  it('names the fields step only for an update that changes a field', () => {
    expect(stepsOf(UPDATE)).toEqual(['comment', 'tags', 'fields'])
    expect(stepsOf({ comment: UPDATE.comment, addTags: [] })).toEqual(['comment', 'tags'])
  })

  it('records each landed step but the last, and a retry sends only the steps not recorded', async () => {
    const helpdesk = createStepwiseHelpdesk(1)
    const recorded: UpdateStep[][] = []
    const record = async (done: UpdateStep[]) => void recorded.push(done)
    await expect(
      applyTicketUpdate(helpdesk.client, '9', UPDATE, '1', noReserve, { done: [], record }),
    ).rejects.toThrow('connection reset')
    expect(recorded).toEqual([['comment']])

    const retry = createStepwiseHelpdesk()
    const outcome = await applyTicketUpdate(retry.client, '9', UPDATE, '1', noReserve, {
      done: ['comment'],
      record,
    })
    expect(outcome).toBe('applied')
    expect(retry.calls).toEqual(['tags', 'fields'])
    expect(retry.comments).toEqual([])
    expect(recorded).toEqual([['comment'], ['comment', 'tags']])
  })

  it('does not post the comment again when it landed but was never recorded', async () => {
    const helpdesk = createStepwiseHelpdesk(1)
    await expect(applyTicketUpdate(helpdesk.client, '9', UPDATE, '1', noReserve)).rejects.toThrow()
    helpdesk.heal()
    // The retry starts from the recorded stamp: the comment's write conflicts, the re-read finds it landed.
    const recorded: UpdateStep[][] = []
    const outcome = await applyTicketUpdate(helpdesk.client, '9', UPDATE, '1', noReserve, {
      done: [],
      record: async (done) => void recorded.push(done),
    })
    expect(outcome).toBe('applied')
    expect(helpdesk.comments).toHaveLength(1)
    expect(helpdesk.calls).toEqual(['comment', 'tags', 'fields'])
    expect(recorded[0]).toEqual(['comment'])
  })

  it('has nothing to do when every step is recorded', async () => {
    const helpdesk = createStepwiseHelpdesk()
    const progress = { done: stepsOf(UPDATE), record: async () => {} }
    expect(await applyTicketUpdate(helpdesk.client, '9', UPDATE, '1', noReserve, progress)).toBe(
      'already_applied',
    )
    expect(helpdesk.calls).toEqual([])
  })
})
