/** The VADER sentiment lexicon (Hutto & Gilbert, 2014) as shipped by `vader-sentiment`: token → mean valence. */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Readonly<Record<string, number>>
}
