/** Tones a draft can be written in. */
export const TONES = ['friendly', 'formal', 'concise'] as const
export type Tone = (typeof TONES)[number]
