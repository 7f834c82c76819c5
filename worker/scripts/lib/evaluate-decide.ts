import type { KbArticle, Settings } from '@deskmate/shared'
import demoKb from '../../demo/kb-articles.json' with { type: 'json' }
import { createKbRepo } from '../../src/db/kb-repo.ts'
import { createLocalEngine } from '../../src/engines/local/create-local-engine.ts'
import { planTicket } from '../../src/services/automation/plan-ticket.ts'
import type { DecideCase } from './decide-case.ts'
import { openD1 } from './open-d1.ts'

/** What the automation did with one case. */
export type DecideOutcome = {
  id: string
  lang: string | null
  expected: DecideCase['expected']
  action: string
  reasons: string[]
  topics: string[]
  /** The article the public reply cites first (null when nothing was sent). */
  articleId: string | null
  confidence: number | null
}

const UPSERT_BATCH = 100

/** One tenant per distinct KB, so each case is answered from its own articles only. */
const kbKey = (kb: DecideCase['kb']): string => (kb === 'demo' ? 'demo' : JSON.stringify(kb))

/**
 * Replays each case through the automation's own decision (`planTicket`: analyse → retrieve → draft → plan)
 * with the local engine, a real D1 holding the case's KB, and the given settings.
 */
export const evaluateDecide = async (
  migrationsDir: string,
  cases: readonly DecideCase[],
  settings: Settings,
): Promise<DecideOutcome[]> => {
  const { db, dispose } = await openD1(migrationsDir)
  try {
    const tenants = new Map<string, ReturnType<typeof createKbRepo>>()
    const kbFor = async (kb: DecideCase['kb']) => {
      const key = kbKey(kb)
      const known = tenants.get(key)
      if (known) return known
      const repo = createKbRepo(db, `eval-${tenants.size}`)
      const articles: KbArticle[] = kb === 'demo' ? demoKb.articles : kb
      for (let i = 0; i < articles.length; i += UPSERT_BATCH)
        await repo.upsertArticles(articles.slice(i, i + UPSERT_BATCH))
      tenants.set(key, repo)
      return repo
    }
    const outcomes: DecideOutcome[] = []
    for (const c of cases) {
      const kb = await kbFor(c.kb)
      const engine = createLocalEngine({ kb, categories: settings.categories })
      const { plan, analysis, suggestions, draft } = await planTicket(c.ticket, {
        engine,
        settings,
        usage: { autoRepliesToday: 0, llmTokensToday: 0 },
        getArticles: (ids) => kb.getArticles(ids),
        getTranslations: (articles, language) => kb.findTranslations(articles, language),
        tokens: () => 0,
      })
      const isSent = plan.action === 'public_reply'
      outcomes.push({
        id: c.id,
        lang: c.lang ?? null,
        expected: c.expected,
        action: plan.action,
        reasons: plan.reasons.map((reason) => reason.code),
        topics: analysis.sensitiveTopics,
        articleId: isSent ? (draft?.citations[0]?.id ?? null) : null,
        confidence: suggestions[0]?.confidence ?? null,
      })
    }
    return outcomes
  } finally {
    await dispose()
  }
}
