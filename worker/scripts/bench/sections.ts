import type { BenchSection } from './bench-section.ts'
import { analyzeD1Section } from './section-analyze-d1.ts'
import { consoleSection } from './section-console.ts'
import { consumerSection } from './section-consumer.ts'
import { endpointsSection } from './section-endpoints.ts'
import { engineSection } from './section-engine.ts'
import { hostileSection } from './section-hostile.ts'
import { intakeSection } from './section-intake.ts'
import { kbSection } from './section-kb.ts'
import { sidebarSection } from './section-sidebar.ts'

/**
 * Every section of `npm run bench`, in the order they run. A new section is a file exporting a BenchSection and
 * one line here.
 */
export const SECTIONS: readonly BenchSection[] = [
  endpointsSection,
  intakeSection,
  analyzeD1Section,
  consumerSection,
  engineSection,
  hostileSection,
  sidebarSection,
  kbSection,
  consoleSection,
]
