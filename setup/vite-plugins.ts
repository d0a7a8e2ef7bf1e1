// Slidev loads this file when it starts the build, the dev server or an export's server: the
// earliest door for a mistyped `budget:`. A malformed budget stops the start with a message naming
// the slide and the field; budgets that are missing or do not add up to `duration` only warn here
// (`npm test` fails on them), so a slide being written does not stop the dev server.
import { defineVitePluginsSetup } from '@slidev/types'
import { checkBudgets, durationSeconds } from './pace.ts'

export default defineVitePluginsSetup(options => [{
  name: 'deck:slide-budgets',
  buildStart() {
    const check = checkBudgets(options.data.slides, durationSeconds(options.data.headmatter))
    if (!check.ok)
      this.warn(check.summary)
  },
}])
