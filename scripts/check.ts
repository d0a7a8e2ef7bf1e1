// `npm run check`: the deck check alone, in seconds (check/). The build, the dev server and every
// export run the same check first.
import process from 'node:process'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run check

Checks the deck before it is built or exported: every record in data/ against its schema, every
source, every quote against content/essay.txt, and slides.md (the essay in its notes, components,
layouts, data references, the files it loads, empty slides, budgets, the headmatter). Prints one
line per problem and exits 1, or says the deck is fine. No options.`)
  process.exit(0)
}

// The check loads Slidev and Vite: after the arguments, so that --help answers at once.
const { checkDeck, report } = await import('../check/index.ts')
const started = Date.now()
const { problems, notes } = await checkDeck(process.cwd())
for (const note of notes)
  console.log(`· ${note}`)
if (problems.length) {
  console.error(report(problems, 'the deck will not build or export until they are fixed.'))
  process.exit(1)
}
console.log(`✓ the deck is fine: data, sources, quotes and slides.md (${((Date.now() - started) / 1000).toFixed(1)} s)`)
