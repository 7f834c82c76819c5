import { describe, expect, it } from 'vitest'
import { isFreshdeskAdmin, type FreshdeskRole } from './admin-role.ts'

const ROLES: FreshdeskRole[] = [
  { id: 1, name: 'Account Administrator', default: true },
  { id: 2, name: 'Administrator', default: true },
  { id: 3, name: 'Supervisor', default: true },
  { id: 4, name: 'Agent', default: true },
  { id: 5, name: 'administrator', default: false },
  { id: 6, name: 'ADMINISTRATOR' },
]
const withRoles = (...roleIds: number[]) => isFreshdeskAdmin({ id: 7, role_ids: roleIds }, ROLES)

describe('isFreshdeskAdmin', () => {
  it('accepts the built-in administrator roles, whatever the case', () => {
    expect(withRoles(1)).toBe(true)
    expect(withRoles(4, 2)).toBe(true)
    expect(withRoles(6)).toBe(true)
  })

  it('refuses supervisors, agents, custom roles named like an admin and roles the account does not list', () => {
    expect(withRoles(3)).toBe(false)
    expect(withRoles(4)).toBe(false)
    expect(withRoles(5)).toBe(false)
    expect(withRoles(99)).toBe(false)
    expect(withRoles()).toBe(false)
    expect(isFreshdeskAdmin({ id: 7, role_ids: null }, ROLES)).toBe(false)
  })
})
