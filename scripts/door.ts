// The check at the door, wired into Slidev: a Vite plugin (vite.config.ts) that runs
// data/validate.ts before anything is served or written, whichever command starts Slidev.
//   slidev build            problems printed, exit 1 before a file is written; else dist/claims.json
//   slidev export(-notes)   problems printed, exit 1 before the browser starts (no PDF)
//   slidev (dev)            problems printed and shown in Vite's error overlay; fixed, the page reloads
// `npm run check` (scripts/check.ts) runs the same check alone, in seconds.
import { relative, resolve } from 'node:path'
import { type Plugin, runnerImport } from 'vite'

type Validate = typeof import('../data/validate.ts')

/** Files whose change can change the verdict: the data, the slides that reference it, the essay it quotes. */
const WATCHED = /(?:^|\/)(?:data\/[^/]+\.ts|slides\.md|content\/essay\.txt)$/

interface DoorResult {
  problems: string[]
  /** dist/claims.json: present when there are no problems. */
  ledger?: unknown
}

/**
 * Runs the check on the deck at `root`, reading every data file fresh from disk (through Vite's
 * module runner, so edits made while the dev server runs are seen). A data file that cannot even
 * be loaded is a problem too, named by its file.
 */
export async function checkDeck(root: string): Promise<DoorResult> {
  try {
    const { module } = await runnerImport<Validate>(resolve(root, 'data/validate.ts'), { root, logLevel: 'silent' })
    const problems = await module.checkDeck(root)
    return problems.length ? { problems } : { problems, ledger: module.claimsLedger() }
  }
  catch (e) {
    const err = e as Error & { id?: string, loc?: { file?: string, line: number, column: number } }
    const file = err.loc?.file ?? err.id
    const where = file ? `${relative(root, file)}${err.loc ? `:${err.loc.line}:${err.loc.column}` : ''}` : 'data'
    return { problems: [`${where}: cannot be loaded: ${err.message.split('\n')[0]}`] }
  }
}

/** The problems as the terminal shows them: a heading, then one line each. */
export function report(problems: string[], what: string): string {
  const n = problems.length
  return `\n✗ ${n} problem${n === 1 ? '' : 's'} in the deck's data: ${what}\n${problems.map(p => `  ${p}`).join('\n')}\n`
}

/** Slidev runs `export` and `export-notes` on a dev server; they must stop like a build does. */
const exporting = () => /^export/.test(process.argv[2] ?? '')

export function door(): Plugin {
  let root = process.cwd()
  let ledger: unknown
  return {
    name: 'deck:door',
    configResolved(config) {
      root = config.root
    },
    async buildStart() {
      if (this.environment?.mode !== 'build')
        return
      const result = await checkDeck(root)
      if (result.problems.length) {
        console.error(report(result.problems, 'nothing was built.'))
        process.exit(1)
      }
      ledger = result.ledger
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'claims.json', source: `${JSON.stringify(ledger, null, 2)}\n` })
    },
    async configureServer(server) {
      let problems: string[] = []
      const overlay = () => server.ws.send({
        type: 'error',
        err: { message: report(problems, 'fix them and this page reloads.').trim(), stack: '', plugin: 'deck:door' },
      })
      const run = async () => {
        const before = problems.length
        problems = (await checkDeck(root)).problems
        if (problems.length) {
          console.error(report(problems, 'the deck will not build or export until they are fixed.'))
          overlay()
        }
        else if (before) {
          console.log('✓ the deck\'s data is fine again: page reloaded')
          server.ws.send({ type: 'full-reload' })
        }
      }
      if (exporting()) {
        problems = (await checkDeck(root)).problems
        if (problems.length) {
          console.error(report(problems, 'nothing was exported.'))
          process.exit(1)
        }
        return
      }
      // Not awaited: the server starts meanwhile (the check takes a few hundred ms), and a page that
      // connects before it ends gets the overlay from Vite, which keeps an error for the first page.
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
