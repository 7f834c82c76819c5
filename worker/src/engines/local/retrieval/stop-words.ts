/**
 * Function words per language (normalized: lowercase, no diacritics) that match almost every article and say
 * nothing about which one answers a ticket. Kept short on purpose: negations ("not", "didn't") and verbs such as
 * "get" or "top" carry meaning in support questions, and the tenant's own document frequencies already push
 * common words out of a search.
 */
const WORDS: Record<string, string> = {
  en:
    'a an and are as at be been but by can could did do does for from had has have how i if in is it its me my ' +
    'of on or our so than that the their them then there these they this to was we were what when where which ' +
    'who why will with would you your am im ive dont cant',
  de:
    'der die das den dem des ein eine einen einem einer eines und oder aber ist sind war waren bin bist ich du ' +
    'er sie es wir ihr mich mir dich dir uns euch mein meine meinen meinem meiner ihre ihren ihrem ihrer nicht ' +
    'mit zu zum zur von vom im in am an auf fur bei aus nach wie was wer wo wann warum dass hat habe haben hatte ' +
    'wird werden wurde kann soll muss auch noch schon nur so sehr bitte danke hallo',
  es:
    'el la los las un una unos unas de del al y o u pero que en por para con sin mi mis tu tus su sus lo le les ' +
    'se me te nos es son era fue ser esta este estos estas ese esa eso como cuando donde porque muy ya hay he ha ' +
    'han tengo tiene yo usted hola gracias favor',
  fr:
    'le la les un une des du de au aux et ou mais que qu qui en dans par pour avec sans sur ce cet cette ces mon ' +
    'ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles me te se ' +
    'est sont etait ete etre ai as avons avez ont pas ne plus tres bonjour merci',
  pt:
    'o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela para com sem e ou mas que se me te ' +
    'lhe eu voce ele ela eles elas meu minha meus minhas seu sua seus suas sao foi ser estar esta este isso isto ' +
    'como quando onde porque muito ja nao ola obrigado obrigada',
}

const BY_LANGUAGE = new Map(Object.entries(WORDS).map(([code, words]) => [code, new Set(words.split(' '))]))
const ANY_LANGUAGE = new Set([...BY_LANGUAGE.values()].flatMap((words) => [...words]))

/** The stop words of a language (its primary subtag); every known language's when it is unknown. */
export const stopWordsFor = (language: string | null): ReadonlySet<string> =>
  BY_LANGUAGE.get((language ?? '').split('-')[0]?.toLowerCase() ?? '') ?? ANY_LANGUAGE
