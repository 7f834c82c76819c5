import type { SimArticle, SimTrigger } from './model.ts'
import { invalid, notFound, sendJson } from './responses.ts'
import type { SimRequest, SimRoute } from './route.ts'

const PAGE_SIZE = 100

const toUnix = (iso: string): number => Math.floor(Date.parse(iso) / 1000)

/**
 * Zendesk's time-based export: articles changed at or after `start_time` (unix seconds), oldest first, a page
 * at a time; `end_time` is the second of the page's last article and `next_page` starts at it again, so the
 * articles of that second come back on the next page too. A page never ends inside a second: it takes every
 * article of its last second, even past the page size.
 */
const incrementalArticles = (req: SimRequest): void => {
  const start = Number(req.query.get('start_time'))
  if (!Number.isInteger(start) || start < 0) return invalid(req.res, 'start_time must be a unix time')
  const changed = req.account.articles
    .filter((a) => toUnix(a.updated_at) >= start)
    .sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.id - b.id)
  const cut = changed[PAGE_SIZE - 1]
  const page = cut
    ? changed.filter((a, i) => i < PAGE_SIZE || toUnix(a.updated_at) === toUnix(cut.updated_at))
    : changed
  const last = page.at(-1)
  const endTime = last ? toUnix(last.updated_at) : start
  const hasMore = changed.length > page.length
  sendJson(req.res, 200, {
    articles: page,
    count: page.length,
    end_time: endTime,
    end_of_stream: !hasMore,
    next_page: hasMore
      ? `${req.origin}/api/v2/help_center/incremental/articles.json?start_time=${endTime}`
      : null,
  })
}

const listArticles = (req: SimRequest): void => {
  const perPage = Math.min(100, Number(req.query.get('per_page')) || 30)
  const pageNumber = Math.max(1, Number(req.query.get('page')) || 1)
  // One entry per article, in its source locale (as the unlocalized list answers).
  const sources: SimArticle[] = req.account.articles.filter((a) => a.locale === a.source_locale && !a.draft)
  const page = sources.slice((pageNumber - 1) * perPage, pageNumber * perPage)
  const pageCount = Math.max(1, Math.ceil(sources.length / perPage))
  sendJson(req.res, 200, {
    articles: page,
    page: pageNumber,
    per_page: perPage,
    page_count: pageCount,
    count: sources.length,
    next_page:
      pageNumber < pageCount
        ? `${req.origin}/api/v2/help_center/articles.json?per_page=${perPage}&page=${pageNumber + 1}`
        : null,
    previous_page: null,
  })
}

const createTrigger = (req: SimRequest): void => {
  const input = (req.body as { trigger?: Partial<SimTrigger> }).trigger
  if (!input?.title || !input.conditions || !input.actions)
    return invalid(req.res, 'title, conditions and actions are required')
  const at = req.now.toISOString()
  const trigger: SimTrigger = {
    id: req.account.nextId(),
    title: input.title,
    description: input.description ?? null,
    active: input.active ?? true,
    position: req.account.triggers.length + 1,
    conditions: { all: input.conditions.all ?? [], any: input.conditions.any ?? [] },
    actions: input.actions,
    created_at: at,
    updated_at: at,
  }
  req.account.triggers.push(trigger)
  sendJson(req.res, 201, { trigger })
}

/** Help Center articles, webhooks and their signing secret, triggers, the app's installation, public key and requirements. */
export const ADMIN_ROUTES: SimRoute[] = [
  ['GET', /^\/api\/v2\/help_center\/incremental\/articles(?:\.json)?$/, incrementalArticles],
  ['GET', /^\/api\/v2\/help_center\/articles(?:\.json)?$/, listArticles],
  [
    'GET',
    /^\/api\/v2\/webhooks\/([\w-]+)\/signing_secret$/,
    (req) => {
      const webhook = req.account.webhooks.find((w) => w.id === req.params[0])
      return webhook ? sendJson(req.res, 200, { signing_secret: webhook.signing_secret }) : notFound(req.res)
    },
  ],
  [
    'GET',
    /^\/api\/v2\/webhooks\/([\w-]+)$/,
    (req) => {
      const webhook = req.account.webhooks.find((w) => w.id === req.params[0])
      if (!webhook) return notFound(req.res)
      const { signing_secret: _secret, ...fields } = webhook
      sendJson(req.res, 200, { webhook: fields })
    },
  ],
  [
    'GET',
    /^\/api\/v2\/triggers\.json$/,
    (req) =>
      sendJson(req.res, 200, {
        triggers: req.account.triggers,
        next_page: null,
        previous_page: null,
        count: req.account.triggers.length,
      }),
  ],
  ['POST', /^\/api\/v2\/triggers\.json$/, createTrigger],
  [
    'GET',
    /^\/api\/v2\/apps\/installations\/(\d+)(?:\.json)?$/,
    (req) => {
      if (Number(req.params[0]) !== req.account.installationId) return notFound(req.res)
      sendJson(req.res, 200, {
        id: req.account.installationId,
        app_id: req.account.app.id,
        product: 'support',
        enabled: true,
        settings: { name: 'Deskmate', title: 'Deskmate' },
      })
    },
  ],
  [
    'GET',
    /^\/api\/v2\/apps\/(\d+)\/public_key(?:\.pem)?$/,
    (req) => {
      if (Number(req.params[0]) !== req.account.app.id) return notFound(req.res)
      req.res.writeHead(200, { 'content-type': 'application/x-pem-file' })
      req.res.end(req.account.app.publicKeyPem)
    },
  ],
  [
    'GET',
    /^\/api\/v2\/apps\/installations\/(\d+)\/requirements\.json$/,
    (req) => {
      if (Number(req.params[0]) !== req.account.installationId) return notFound(req.res)
      const requirements = req.account.webhooks.map((w) => ({
        account_id: 1,
        identifier: 'deskmate_ticket_events',
        requirement_id: w.id,
        requirement_type: 'webhooks',
        created_at: w.created_at,
        updated_at: w.created_at,
      }))
      sendJson(req.res, 200, {
        requirements,
        next_page: null,
        previous_page: null,
        count: requirements.length,
      })
    },
  ],
]
