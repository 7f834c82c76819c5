import { describe, expect, it } from 'vitest'
import { DEV_ORIGINS, devAllowedOrigins } from '../../../scripts/dev/dev-origins.ts'
import { compileOriginPatterns, isOriginAllowed } from '../../src/http/origin-patterns.ts'

describe('devAllowedOrigins', () => {
  const local = compileOriginPatterns(devAllowedOrigins())
  const production = compileOriginPatterns(devAllowedOrigins().replace(`,${DEV_ORIGINS}`, ''))

  it('lets the local workspace stream drafts from localhost', () => {
    expect(isOriginAllowed('http://localhost:8788', local)).toBe(true)
    expect(isOriginAllowed('http://127.0.0.1:8790', local)).toBe(true)
  })

  it('keeps the production origins and adds no local origin to them', () => {
    expect(isOriginAllowed('https://acme.zendesk.com', local)).toBe(true)
    expect(isOriginAllowed('https://acme.zendesk.com', production)).toBe(true)
    expect(isOriginAllowed('http://localhost:8788', production)).toBe(false)
  })
})
