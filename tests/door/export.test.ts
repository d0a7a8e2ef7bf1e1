// Belt and braces: what the check cannot see (a component that throws, text past the bottom edge,
// a file from the web inside a component, a slide that renders nothing), the export refuses, on
// a broken copy of the deck, and it leaves the previous PDF alone.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck.ts'
import { copyToBreak, edit, removeCopies } from '../support/mistakes.ts'

afterAll(removeCopies)

describe('belt and braces: what the check cannot see, the export refuses', () => {
  it('npm run export names a slide that renders an error, a slide whose text runs past its bottom edge, a slide that loads a file from the web and a slide that shows nothing, and leaves the previous PDF alone', async () => {
    const dir = copyToBreak()
    // A component whose module throws when the slide loads it: it builds, and the check cannot
    // see it; the built deck shows Slidev's slide-error text in its place.
    writeFileSync(join(dir, 'components/boom.ts'), 'throw new Error("boom")\nexport {}\n')
    writeFileSync(join(dir, 'components/Broken.vue'), '<script setup lang="ts">\nimport \'./boom\'\n</script>\n\n<template><p>never</p></template>\n')
    edit(dir, 'slides.md', /(<FactCheck v-click ids="[^"]+" \/>)/, '$1\n\n<Broken />')
    // Points a speaker adds the night before, more than the slide holds.
    const more = Array.from({ length: 12 }, (_, i) => `- A point the speaker added the night before, number ${i + 1}`).join('\n')
    edit(dir, 'slides.md', /(# What it would take\n)/, `$1\n${more}\n`)
    // A map that a component of the deck takes from the web, where the check does not look.
    writeFileSync(join(dir, 'components/WebMap.vue'), '<template><img src="https://example.com/map.png" alt="A map of the region"></template>\n')
    edit(dir, 'slides.md', /(# Reason 3[^\n]*\n)/, '$1\n<WebMap />\n')
    // A slide of its own for a component that renders nothing.
    writeFileSync(join(dir, 'components/Nothing.vue'), '<template><div /></template>\n')
    edit(dir, 'slides.md', /(\n---\n(?:[^\n]+\n)*?---\n\n# The record's answer)/, '\n---\n\n<Nothing />\n$1')
    const slides = await loadDeck(dir)
    const nothing = slides.find(s => s.content.includes('<Nothing />'))!.no
    const broken = slides.find(s => s.content.includes('<Broken />'))!.no
    const long = slides.find(s => s.title === 'What it would take')!.no
    const web = slides.find(s => s.content.includes('<WebMap />'))!.no
    mkdirSync(join(dir, 'exports'), { recursive: true })
    writeFileSync(join(dir, 'exports/slides.pdf'), 'the previous good PDF')
    const exported = spawnSync('npm', ['run', '--silent', 'export'], { cwd: dir, encoding: 'utf8', timeout: 170_000 })
    expect(exported.status).not.toBe(0)
    expect(exported.stderr).toMatch(new RegExp(`Export failed: .*\nslide ${broken}: shows an error instead of its content`))
    expect(exported.stderr).toMatch(new RegExp(`\nslide ${long}: .+ lies outside the slide by \\d+px bottom`))
    expect(exported.stderr).toContain(`\nslide ${web}: loads https://example.com/map.png from the web, which the export blocks`)
    expect(exported.stderr).toContain(`\nslide ${nothing}: shows nothing, and would print as a blank page`)
    expect(exported.stdout + exported.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(join(dir, 'exports/slides.pdf'), 'utf8')).toBe('the previous good PDF')
  })
})
