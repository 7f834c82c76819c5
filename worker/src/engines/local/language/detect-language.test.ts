import { describe, expect, it } from 'vitest'
import { confidenceFromMargin, detectLanguage } from './detect-language.ts'

describe('detectLanguage', () => {
  it.each([
    ['en', 'I cannot reset my password, the link has expired.'],
    ['de', 'Ich kann mein Passwort nicht zurücksetzen, der Link ist abgelaufen.'],
    ['es', 'No puedo restablecer mi contraseña, el enlace ha caducado.'],
    ['fr', 'Je ne peux pas réinitialiser mon mot de passe, le lien a expiré.'],
    ['pt', 'Não consigo redefinir minha senha, o link expirou.'],
  ])('returns %s for a short sentence', (code, text) => {
    const detected = detectLanguage(text)
    expect(detected.code).toBe(code)
    expect(detected.confidence).toBeGreaterThan(0)
    expect(detected.confidence).toBeLessThanOrEqual(1)
  })

  it('returns und with zero confidence when nothing is recognised', () => {
    expect(detectLanguage('12345 !!!')).toEqual({ code: 'und', confidence: 0 })
  })

  it('is confident about a clear paragraph', () => {
    const detected = detectLanguage(
      'Hello, I forgot my password and now I cannot log in. Could you tell me how to reset it?',
    )
    expect(detected).toMatchObject({ code: 'en' })
    expect(detected.confidence).toBeGreaterThan(0.9)
  })

  it('maps the winner’s margin to a confidence between 0.6 and 0.99', () => {
    expect(confidenceFromMargin(0)).toBe(0.6)
    expect(confidenceFromMargin(0.04)).toBeCloseTo(0.8)
    expect(confidenceFromMargin(0.5)).toBe(0.99)
  })
})
