// Dark-mode rules must stay scoped to the component. In a Vue scoped style,
// `:global(html.dark) .x { … }` compiles to a bare `html.dark { … }`, which would restyle the
// whole page in dark mode (this happened once, and painted every dark slide red).
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = resolve(import.meta.dirname, '../../../components')
const files = readdirSync(dir).filter(f => f.endsWith('.vue'))

describe('component styles', () => {
  it.each(files)('%s has no :global() rule that would leak to the whole page', (file) => {
    const style = readFileSync(resolve(dir, file), 'utf8').split('<style')[1] ?? ''
    expect(style).not.toMatch(/:global\(/)
  })

  it.each(files)('%s never renders data as HTML (no v-html)', (file) => {
    expect(readFileSync(resolve(dir, file), 'utf8')).not.toMatch(/v-html|innerHTML/)
  })
})
