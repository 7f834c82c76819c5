import { describe, expect, it } from 'vitest'
import { extractEntities } from './extract-entities.ts'

describe('extractEntities', () => {
  it('finds order numbers, invoice ids, emails, error codes and URLs', () => {
    const entities = extractEntities(
      'Order #48213 failed. Invoice INV-2024-0042 is wrong. Write to jane.doe@example.com. ' +
        'I get error code E-1042 and HTTP 503 on https://app.example.com/settings?tab=2.',
    )
    expect(entities.orderNumbers).toEqual(['48213'])
    expect(entities.invoiceIds).toContain('INV-2024-0042')
    expect(entities.emails).toEqual(['jane.doe@example.com'])
    expect(entities.errorCodes).toEqual(expect.arrayContaining(['E-1042', '503']))
    expect(entities.urls).toEqual(['https://app.example.com/settings?tab=2'])
  })

  it('reads order and invoice numbers written in other languages', () => {
    const entities = extractEntities('Bestellung Nr. 771234 und Rechnung 2024-991; pedido número A1B2C3')
    expect(entities.orderNumbers).toEqual(expect.arrayContaining(['771234', 'A1B2C3']))
    expect(entities.invoiceIds).toEqual(['2024-991'])
  })

  it('returns empty lists for plain text', () => {
    expect(extractEntities('Hello, how do I change my avatar?')).toEqual({
      orderNumbers: [],
      invoiceIds: [],
      emails: [],
      errorCodes: [],
      urls: [],
    })
  })
})
