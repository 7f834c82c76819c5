import { describe, expect, it } from 'vitest'
import { ZRegisterRequest } from './register.ts'

describe('ZRegisterRequest', () => {
  it('takes Zendesk credentials as the admin’s email, and Freshdesk’s without any user', () => {
    const zendesk = { helpdesk: 'zendesk', apiUser: 'admin@demo.example' } as const
    expect(ZRegisterRequest.parse({ credentials: zendesk, installationId: 7 })).toEqual({
      credentials: zendesk,
      installationId: '7',
    })
    expect(ZRegisterRequest.parse({ credentials: { helpdesk: 'freshdesk' }, installationId: '8' })).toEqual({
      credentials: { helpdesk: 'freshdesk' },
      installationId: '8',
    })
  })

  it('reads the top-level apiUser of Zendesk apps released before the union as Zendesk credentials', () => {
    expect(ZRegisterRequest.parse({ apiUser: 'admin@demo.example', installationId: 7 })).toEqual({
      credentials: { helpdesk: 'zendesk', apiUser: 'admin@demo.example' },
      installationId: '7',
    })
  })

  it.each([
    ['Zendesk credentials without an email', { credentials: { helpdesk: 'zendesk' }, installationId: 7 }],
    ['an unknown helpdesk', { credentials: { helpdesk: 'kayako' }, installationId: 7 }],
    ['no credentials at all', { installationId: 7 }],
    ['a malformed email', { apiUser: 'not-an-email', installationId: 7 }],
  ])('refuses %s', (_name, body) => {
    expect(ZRegisterRequest.safeParse(body).success).toBe(false)
  })
})
