// The options of a command (scripts/, bench/), as Node's parseArgs reads them: `--help` prints the
// command's usage and exits 0; an option it does not know prints the problem and the usage, exit 2.
import type { ParseArgsConfig } from 'node:util'
import process from 'node:process'
import { parseArgs } from 'node:util'

/** `config` must declare a boolean `help` option (`{ type: 'boolean', short: 'h' }`). */
export function parseCommand<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>
  try {
    parsed = parseArgs(config)
  }
  catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`)
    process.exit(2)
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  return parsed
}
