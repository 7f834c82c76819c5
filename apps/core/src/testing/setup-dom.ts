import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy*/waitFor wait for behaviour, not for a deadline: a loaded CI machine must not turn a slow
// render into a failure.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => cleanup())
