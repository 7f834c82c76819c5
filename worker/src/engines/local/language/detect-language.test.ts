import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.ts'

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
})
