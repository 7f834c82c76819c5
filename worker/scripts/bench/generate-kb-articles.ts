import type { KbArticle } from '@deskmate/shared'
import { createRandom } from '../../src/engines/local/classifier/random.ts'
import { loadBenchArticles } from './bench-inputs.ts'

/** Sentences, titles and example questions of one language of the demo knowledge base. */
type LanguagePool = { locale: string; titles: string[]; sentences: string[]; examples: string[] }

const SYLLABLES = 'ka lo mi ne ru sa te vo zi pa de fo gu ha ji'.split(' ')
const AREAS = ['Web app', 'Android', 'iOS', 'Desktop', 'Admin console', 'API', 'Billing', 'Integrations']

const splitSentences = (text: string): string[] =>
  text
    .split(/\n+|(?<=[.?!])\s+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 20)

const poolsOf = (articles: KbArticle[]): LanguagePool[] => {
  const byLocale = new Map<string, LanguagePool>()
  for (const article of articles) {
    const pool = byLocale.get(article.locale) ?? {
      locale: article.locale,
      titles: [],
      sentences: [],
      examples: [],
    }
    pool.titles.push(article.title)
    pool.sentences.push(...splitSentences(article.body))
    pool.examples.push(...(article.examples ?? []))
    byLocale.set(article.locale, pool)
  }
  return [...byLocale.values()]
}

/**
 * Generates `count` knowledge-base articles in the languages and proportions of the demo knowledge base (which
 * the project wrote): each recombines 6–12 sentences of its language with an area, a product code and a made-up
 * feature name, so common support words occur in most articles (as in a real KB) while every article also has a
 * long tail of rare words. Deterministic for a seed; ids are `<prefix>-<n>` from `from`.
 */
export const generateKbArticles = (
  count: number,
  options: { seed: number; prefix: string; from?: number },
) => {
  const random = createRandom(options.seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const pools = poolsOf(loadBenchArticles())
  const weighted = pools.flatMap((pool) => Array.from({ length: pool.titles.length }, () => pool))
  const word = (syllables: number) => Array.from({ length: syllables }, () => pick(SYLLABLES)).join('')
  const articles: KbArticle[] = []
  for (let n = options.from ?? 0; n < (options.from ?? 0) + count; n++) {
    const pool = pick(weighted)
    const feature = `${word(2)} ${word(3)}`
    const code = `${word(1).toUpperCase()}-${1000 + Math.floor(random() * 9000)}`
    const sentences = Array.from({ length: 6 + Math.floor(random() * 7) }, () => pick(pool.sentences))
    sentences.splice(Math.floor(random() * sentences.length), 0, `${pick(AREAS)} ${code}: ${feature}.`)
    articles.push({
      id: `${options.prefix}-${n}`,
      title: `${pick(pool.titles)} (${feature}, ${code})`,
      body: sentences.join(random() < 0.5 ? '\n' : ' '),
      locale: pool.locale,
      url: `https://help.example.com/articles/${options.prefix}-${n}`,
      examples: Array.from({ length: Math.floor(random() * 3) }, () => pick(pool.examples)),
    })
  }
  return articles
}
