// The build publishes the fact checks beside the deck, for readers and for fact-checkers' tools:
// claims.json, the claims ledger (lib/claims.ts).
import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'
import { claimsLedger } from '../lib/claims.ts'

export function claimsFiles(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:claims',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    async generateBundle() {
      // The data as the deck check read it: fresh from disk, through Vite's module runner.
      const { module } = await runnerImport<typeof import('../data/index')>(resolve(root, 'data/index.ts'), { root, configFile: false, logLevel: 'silent' })
      const ledger = claimsLedger(module.claims, module.sources)
      this.emitFile({ type: 'asset', fileName: 'claims.json', source: `${JSON.stringify(ledger, null, 2)}\n` })
    },
  }
}
