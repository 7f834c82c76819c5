import { describe, expect, it } from 'vitest'
import { HELPDESKS, parseHelpdeskKind } from './helpdesks.ts'

describe('parseHelpdeskKind', () => {
  it('knows every listed helpdesk', () => {
    for (const kind of HELPDESKS) expect(parseHelpdeskKind(kind)).toBe(kind)
  })

  it('refuses names outside the list, including near misses and inherited keys', () => {
    for (const name of ['Zendesk', 'zendesk ', 'freshservice', '', 'constructor', undefined]) {
      expect(parseHelpdeskKind(name)).toBeNull()
    }
  })
})
