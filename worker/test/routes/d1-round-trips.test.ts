import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import worker from '../../src/index.ts'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createModelsRepo } from '../../src/db/models-repo.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { trainModel } from '../../src/engines/local/train-model.ts'
import { countD1Calls } from '../helpers/count-d1-calls.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'
import { signedDelivery } from '../helpers/webhooks.ts'

// The Worker with its D1 binding wrapped: every round trip to the database (a batch counts once) is counted.
let calls = 0
const countedEnv = { ...env, DB: countD1Calls(env.DB, () => calls++) }

const send = async (request: Request): Promise<Response> => {
  const ctx = createExecutionContext()
  const res = await worker.fetch(request, countedEnv, ctx)
  await res.arrayBuffer()
  await waitOnExecutionContext(ctx)
  return res
}

/** D1 round trips made while `run` ran. */
const roundTrips = async (run: () => Promise<unknown>): Promise<number> => {
  const before = calls
  await run()
  return calls - before
}

const TICKETS = [
  { subject: 'Forgot my password', body: 'I cannot log in. How do I reset my password?' },
  { subject: 'Passwort vergessen', body: 'Ich habe mein Passwort vergessen, wie setze ich es zurück?' },
  { subject: 'Invoice', body: 'Where can I download my invoice for last month?' },
]

const analyze = async (who: SeededTenant, ticket: (typeof TICKETS)[number]) => {
  const res = await send(
    new Request('https://worker.test/v1/tickets/analyze', {
      method: 'POST',
      headers: await who.auth(),
      body: JSON.stringify({ ticket }),
    }),
  )
  expect(res.status).toBe(200)
}

const storeTrainedModels = async (who: SeededTenant): Promise<void> => {
  const words = ['refund', 'invoice', 'password', 'login', 'crash', 'error', 'parcel', 'delivery']
  const examples = Array.from({ length: 400 }, (_, i) => ({
    text: `${words[i % 8]} ${words[(i * 3) % 8]} ticket number ${i} with some more words ${i * 7}`,
    label: ['billing', 'account_login', 'technical_problem', 'shipping_returns'][i % 4] as string,
  }))
  const models = createModelsRepo(env.DB, who.tenant.id)
  for (const target of ['category', 'type'] as const) {
    const labels = target === 'type' ? ['question', 'incident', 'problem', 'task'] : null
    const trained = trainModel(
      target,
      labels ? examples.map((e, i) => ({ ...e, label: labels[i % 4] as string })) : examples,
    )
    await models.save({ ...trained, trainedAt: new Date().toISOString() })
  }
}

describe('D1 round trips', () => {
  let plain: SeededTenant
  let trained: SeededTenant
  beforeAll(async () => {
    plain = await seedTenant('trips-plain')
    trained = await seedTenant('trips-trained')
    await seedSampleKb(plain)
    await seedSampleKb(trained)
    await storeTrainedModels(trained)
  })

  it.each([
    ['without trained models', () => plain],
    ['with two trained models stored', () => trained],
  ])('are at most two per analyze request on a warm isolate, %s', async (_name, who) => {
    await analyze(who(), TICKETS[0] as (typeof TICKETS)[number])
    for (const ticket of TICKETS)
      expect(await roundTrips(() => analyze(who(), ticket))).toBeLessThanOrEqual(2)
  })

  describe('of webhook intake', () => {
    const account = 'trips-hooks'
    const secret = `whsec-${crypto.randomUUID()}`
    const post = async (ticketId: number) =>
      send(
        new Request('https://worker.test/v1/webhooks/zendesk', {
          method: 'POST',
          ...(await signedDelivery(secret, account, ticketId)),
        }),
      )
    beforeAll(async () => {
      const repo = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
      await repo.upsert(
        { helpdesk: 'zendesk', account, sharedSecret: 's', webhookSecret: secret },
        new Date(),
      )
      expect((await post(1)).status).toBe(202)
    })

    it('are one per delivery on a warm isolate', async () => {
      expect(await roundTrips(async () => expect((await post(2)).status).toBe(202))).toBe(1)
    })

    it('are shared by concurrent deliveries', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => 100 + i)
      const trips = await roundTrips(async () => {
        const answers = await Promise.all(ids.map(post))
        expect(answers.map((res) => res.status)).toEqual(ids.map(() => 202))
      })
      expect(trips).toBeLessThanOrEqual(3)
    })
  })
})
