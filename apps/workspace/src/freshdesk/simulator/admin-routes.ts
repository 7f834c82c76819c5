import { stamp } from './accounts.ts'
import type { SimArticle, SimRule } from './model.ts'
import { invalid, notFound, sendJson } from './responses.ts'
import { sendPage, type SimRequest, type SimRoute } from './route.ts'

/** Every simulated account's agent groups. */
const GROUPS = [
  { id: 80_000_001, name: 'Support' },
  { id: 80_000_002, name: 'Billing specialists' },
]

const ROLES = [
  { id: 1, name: 'Account Administrator', default: true },
  { id: 2, name: 'Administrator', default: true },
  { id: 3, name: 'Supervisor', default: true },
  { id: 4, name: 'Agent', default: true },
]

const articleView = ({ language: _language, ...article }: SimArticle) => article

/** Articles of a folder in one language (the primary when `language` is absent); 404 for an unknown folder. */
const folderArticles = (req: SimRequest): void => {
  const folderId = Number(req.params[0])
  const language = req.params[1] ?? req.account.languages.primary_language
  if (!req.account.folders.some((f) => f.id === folderId)) return notFound(req.res)
  const articles = req.account.articles.filter((a) => a.folder_id === folderId && a.language === language)
  sendPage(req, articles.map(articleView))
}

const createRule = (req: SimRequest): void => {
  const body = (req.body ?? {}) as Partial<SimRule>
  if (typeof body.name !== 'string' || !Array.isArray(body.actions) || !Array.isArray(body.conditions))
    return invalid(req.res, 'name', 'Mandatory attribute missing')
  const at = stamp(req.now)
  const rule: SimRule = {
    id: req.account.nextId(),
    name: body.name,
    active: body.active !== false,
    position: req.account.rules.length + 1,
    conditions: body.conditions,
    actions: body.actions,
    created_at: at,
    updated_at: at,
  }
  req.account.rules.push(rule)
  sendJson(req.res, 201, rule, req.headers)
}

/** Agents, roles, helpdesk settings, Ticket creation automation rules and Solutions. */
export const ADMIN_ROUTES: SimRoute[] = [
  [
    'GET',
    /^\/api\/v2\/agents\/me$/,
    (req) => {
      const agent = req.account.agents.find((a) => a.id === req.agentId)
      sendJson(req.res, 200, { ...agent, available: true, type: 'support_agent', group_ids: [] }, req.headers)
    },
  ],
  ['GET', /^\/api\/v2\/roles$/, (req) => sendJson(req.res, 200, ROLES, req.headers)],
  ['GET', /^\/api\/v2\/groups$/, (req) => sendPage(req, GROUPS)],
  [
    'GET',
    /^\/api\/v2\/settings\/helpdesk$/,
    (req) => sendJson(req.res, 200, req.account.languages, req.headers),
  ],
  ['GET', /^\/api\/v2\/automations\/1\/rules$/, (req) => sendPage(req, req.account.rules)],
  ['POST', /^\/api\/v2\/automations\/1\/rules$/, createRule],
  ['GET', /^\/api\/v2\/solutions\/categories$/, (req) => sendPage(req, req.account.categories)],
  [
    'GET',
    /^\/api\/v2\/solutions\/categories\/(\d+)\/folders$/,
    (req) =>
      sendPage(
        req,
        req.account.folders.filter(
          (f) => f.category_id === Number(req.params[0]) && f.parent_folder_id === null,
        ),
      ),
  ],
  [
    'GET',
    /^\/api\/v2\/solutions\/folders\/(\d+)\/subfolders$/,
    (req) =>
      sendPage(
        req,
        req.account.folders.filter((f) => f.parent_folder_id === Number(req.params[0])),
      ),
  ],
  [
    'GET',
    /^\/api\/v2\/solutions\/folders\/(\d+)\/articles(?:\/([a-z]{2}(?:-[a-z]{2,4})?))?$/i,
    folderArticles,
  ],
]
