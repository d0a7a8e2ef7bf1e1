// `npm run check`: the check at the door alone, in seconds. Run it before an export; the build,
// the dev server and every export run it too (scripts/door.ts).
import { checkDeck, report } from './door.ts'

const started = Date.now()
const { problems } = await checkDeck(process.cwd())
if (problems.length) {
  console.error(report(problems, 'the deck will not build or export until they are fixed.'))
  process.exit(1)
}
console.log(`✓ data and slides.md references are fine (${((Date.now() - started) / 1000).toFixed(1)} s)`)
