import type { BenchSection } from './bench-section.ts'
import { BENCH_TENANT } from './bench-tenant.ts'
import { fixed, kb } from './format-report.ts'
import { measureFirstInsights, type FirstInsights } from './measure-first-insights.ts'
import { SIDEBAR_BUDGET_BYTES, measureSidebarSize, type SidebarSize } from './measure-sidebar-size.ts'

const sidebarLine = (sidebar: SidebarSize): string =>
  sidebar.measured
    ? `Sidebar initial JS+CSS: ${kb(sidebar.initialGzipBytes)} gzip (${kb(sidebar.initialRawBytes)} raw; ` +
      `budget ${kb(SIDEBAR_BUDGET_BYTES)}: ${sidebar.initialGzipBytes <= SIDEBAR_BUDGET_BYTES ? 'within' : 'OVER'}); ` +
      `all assets ${kb(sidebar.allGzipBytes)} gzip; files: ${sidebar.initialFiles.join(', ')}`
    : `Sidebar bundle: not measured (${sidebar.reason})`

const insightsLine = (first: FirstInsights): string =>
  first.measured
    ? `First insights in the workspace (ticket ${first.ticketId}, ${first.runs} runs, fresh browser context each): ` +
      `iframe navigation → insights median ${fixed(first.fromIframeMs.p50, 0)} ms ` +
      `(max ${fixed(first.fromIframeMs.max, 0)}); page navigation → insights median ${fixed(first.fromPageMs.p50, 0)} ms ` +
      `(max ${fixed(first.fromPageMs.max, 0)})`
    : `First insights in the workspace: not measured (${first.reason})`

/** The sidebar bundle's size and the time to first insights in the local agent workspace. */
export const sidebarSection: BenchSection = {
  name: 'sidebar',
  summary: 'sidebar bundle size and time to first insights in the workspace (Chromium)',
  async run({ worker, args, log }) {
    log('measuring the sidebar bundle')
    const sidebar = measureSidebarSize()
    log('timing first insights in the workspace')
    const firstInsights = args.noBrowser
      ? ({ measured: false, reason: 'skipped (--no-browser)' } as const)
      : await measureFirstInsights(
          {
            workerUrl: worker.directUrl.origin,
            account: BENCH_TENANT.account,
            sharedSecret: worker.sharedSecret,
            ticketId: '101',
          },
          args.insightsRuns,
        )
    return {
      markdown: ['## Sidebar', sidebarLine(sidebar), insightsLine(firstInsights)].join('\n\n'),
      json: { sidebar, firstInsights },
      failures: [],
    }
  },
}
