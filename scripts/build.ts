// `npm run build`: the deck as a static site in dist/ (`slidev build`), put in place only when the
// build succeeds: a failed build leaves the last good dist/ as it was.
//
// Options: --out <dir> (default dist), --base </path/> (host the deck under a subpath), --help;
// any other option goes to `slidev build`.
import process from 'node:process'
import { buildDeck } from '../lib/build.ts'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run build [-- --out <dir>] [-- --base </path/>]

Builds the deck into <dir> (default dist/), replacing it only when the build succeeds.
  --out <dir>     where the site goes (default dist)
  --base </path/> the path the site is hosted under, e.g. /talks/x/ (default /)
Any other option goes to \`slidev build\`.`)
  process.exit(0)
}
// --out is this script's; the rest goes to Slidev as given.
const at = args.findIndex(a => a === '--out' || a.startsWith('--out='))
const out = at < 0 ? 'dist' : args[at]!.includes('=') ? args[at]!.slice('--out='.length) : args[at + 1]
if (!out) {
  console.error('--out needs a folder: npm run build -- --out dist')
  process.exit(2)
}
const rest = at < 0 ? args : args.filter((_, i) => i !== at && (args[at]!.includes('=') || i !== at + 1))
process.exit(buildDeck(process.cwd(), out, rest))
