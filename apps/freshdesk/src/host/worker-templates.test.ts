// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WORKER_TEMPLATES, templateFor } from './worker-templates.ts'

const readJson = (path: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../manifest/freshdesk/${path}`, import.meta.url), 'utf8'),
  ) as Record<string, { schema?: { method?: string; path?: string; query?: Record<string, string> } }>

describe('WORKER_TEMPLATES', () => {
  it('declares every template in manifest.json and config/requests.json with the same method and path', () => {
    const manifest = readJson('manifest.json') as unknown as { modules: { common: { requests: object } } }
    const requests = readJson('config/requests.json')
    for (const route of WORKER_TEMPLATES) {
      expect(Object.keys(manifest.modules.common.requests)).toContain(route.name)
      expect(requests[route.name]?.schema).toMatchObject({ method: route.method, path: route.path })
      for (const key of Object.values(route.query ?? {})) {
        expect(Object.values(requests[route.name]?.schema?.query ?? {})).toContain(`<%= context.${key} %>`)
      }
    }
  })

  it('covers every Worker call of the sidebar, with query parameters as context', () => {
    expect(templateFor('GET', '/v1/settings')).toEqual({ name: 'getSettings', context: {} })
    expect(templateFor('POST', '/v1/kb/suggest')?.name).toBe('suggestArticles')
    expect(templateFor('POST', '/v1/replies/stream-token')?.name).toBe('createStreamToken')
    expect(templateFor('GET', '/v1/activity?ticketId=7&limit=5')).toEqual({
      name: 'listActivity',
      context: { ticket_id: '7', limit: '5' },
    })
    expect(templateFor('POST', '/v1/settings')).toBeNull()
  })
})
