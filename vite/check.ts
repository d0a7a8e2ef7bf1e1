// The deck check (check/) at Vite's door, whichever command starts Slidev:
//   build   problems printed, exit 1 before a file is written
//   dev     problems printed and shown in Vite's error overlay on every page; fixed, the page reloads
import type { Plugin } from 'vite'
import { relative } from 'node:path'
import process from 'node:process'
import { checkDeck, report } from '../check/index.ts'

/** Files whose change can change the verdict. */
const WATCHED = /^(?:data\/[^/]+\.ts|slides\.md|content\/essay\.txt|(?:components|layouts)\/[^/]+)$/

export function deckCheck(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:check',
    configResolved(config) {
      root = config.root
    },
    async buildStart() {
      if (this.environment?.mode !== 'build')
        return
      const { problems } = await checkDeck(root)
      if (problems.length) {
        console.error(report(problems, 'nothing was built.'))
        process.exit(1)
      }
    },
    configureServer(server) {
      let problems: string[] = []
      const overlay = () => server.ws.send({
        type: 'error',
        err: { message: report(problems, 'fix them and this page reloads.').trim(), stack: '', plugin: 'deck:check' },
      })
      const run = async () => {
        const before = problems.length
        problems = (await checkDeck(root)).problems
        if (problems.length) {
          console.error(report(problems, 'the deck will not build or export until they are fixed.'))
          overlay()
        }
        else if (before) {
          console.log('✓ the deck is fine again: page reloaded')
          server.ws.send({ type: 'full-reload' })
        }
      }
      // Not awaited: the server starts meanwhile, and a page that connects before the check ends
      // gets the overlay then; Vite itself keeps an error for the first page only.
      void run()
      server.ws.on('connection', () => problems.length && overlay())
      let timer: ReturnType<typeof setTimeout> | undefined
      const changed = (file: string) => {
        if (!WATCHED.test(relative(root, file).replaceAll('\\', '/')))
          return
        clearTimeout(timer)
        timer = setTimeout(() => void run(), 150)
      }
      server.watcher.on('change', changed)
      server.watcher.on('add', changed)
      server.watcher.on('unlink', changed)
    },
  }
}
