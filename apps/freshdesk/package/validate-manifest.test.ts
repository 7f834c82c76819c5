// @vitest-environment node
import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONSOLE_ICON_PATH, SIDEBAR_ICON_PATH } from './assemble-package.ts'
import {
  collectGoodPackage,
  encode,
  errorCodes,
  manifest,
  validateMutated,
  type Json,
  type Mutation,
} from './package-fixture.ts'
import type { PackageFiles } from './validation-issue.ts'

let good: PackageFiles
beforeAll(async () => {
  good = await collectGoodPackage()
})

const SIDEBAR = 'modules.support_ticket.location.ticket_sidebar'
// Without modules.common no templates are declared, so config/requests.json and the script invoking them go too
// (their own rules).
const withoutRequests =
  (change: (json: Json) => void): Mutation =>
  (files) => {
    files.delete('config/requests.json')
    files.delete('app/scripts/app.js')
    manifest(change)(files)
  }
const svg = (width: number, height: number): Uint8Array =>
  encode(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"></svg>`)

describe('validateManifest', () => {
  it.each<[string, Mutation, string]>([
    ['a platform other than 3.0', manifest((m) => (m['platform-version'] = '2.3')), 'platform_version'],
    ['a product key', manifest((m) => (m.product = { freshdesk: {} })), 'product_key'],
    ['missing engines', manifest((m) => delete m.engines), 'missing_engines'],
    ['engines without fdk', manifest((m) => delete m.engines.fdk), 'missing_engines'],
    ['no modules', withoutRequests((m) => delete m.modules), 'missing_modules'],
    ['no common module', withoutRequests((m) => delete m.modules.common), 'missing_common_module'],
    ['only the common module', manifest((m) => delete m.modules.support_ticket), 'no_product_module'],
    ['an unknown module', manifest((m) => (m.modules.support_chat = { location: {} })), 'unknown_module'],
    ['an empty location', manifest((m) => (m.modules.support_ticket.location = {})), 'empty_location'],
    [
      'an unknown location',
      manifest((m) => (m.modules.support_ticket.location.ticket_footer = { url: 'index.html' })),
      'invalid_location',
    ],
    [
      'a url outside app/',
      manifest((m) => (m.modules.support_ticket.location.ticket_sidebar.url = 'missing.html')),
      'url_not_found',
    ],
    [
      'a sidebar without icon',
      manifest((m) => delete m.modules.support_ticket.location.ticket_sidebar.icon),
      'missing_icon',
    ],
    ['an icon that does not exist', (files) => files.delete(SIDEBAR_ICON_PATH), 'icon_not_found'],
    ['a console page that does not exist', (files) => files.delete('app/console.html'), 'url_not_found'],
    [
      'a console icon that is not an image',
      (files) => files.set(CONSOLE_ICON_PATH, encode('GIF89a')),
      'icon_not_an_image',
    ],
    [
      'an icon that is not an image',
      (files) => files.set(SIDEBAR_ICON_PATH, encode('GIF89a')),
      'icon_not_an_image',
    ],
  ])('rejects %s', (_name, mutate, code) => {
    expect(errorCodes(validateMutated(good, mutate))).toEqual([code])
  })

  it('rejects an icon that is not 64×64 with its size in the message', async () => {
    const logo = await readFile(new URL('../../../assets/logo-small.png', import.meta.url))
    const { errors } = validateMutated(good, (files) => files.set(SIDEBAR_ICON_PATH, logo))
    expect(errors).toEqual([
      {
        code: 'icon_wrong_size',
        message: `${SIDEBAR}: icon app/styles/images/icon.png is 128×128; it must be 64×64.`,
      },
    ])
  })

  it('accepts an SVG icon whose attributes say 64×64 and rejects another size', () => {
    const useSvg =
      (icon: Uint8Array): Mutation =>
      (files) => {
        files.set('app/icon.svg', icon)
        manifest((m) => (m.modules.support_ticket.location.ticket_sidebar.icon = 'icon.svg'))(files)
      }
    expect(errorCodes(validateMutated(good, useSvg(svg(64, 64))))).toEqual([])
    expect(errorCodes(validateMutated(good, useSvg(svg(64, 32))))).toEqual(['icon_wrong_size'])
  })

  it('needs no icon on a background location', () => {
    const report = validateMutated(
      good,
      manifest((m) => (m.modules.support_ticket.location.ticket_background = { url: 'index.html' })),
    )
    expect(report.errors).toEqual([])
  })
})
