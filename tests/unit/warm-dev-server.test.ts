// The dev server's warm-up (scripts/warm-dev-server.ts): the walk over compiled modules, and the
// stylesheet updates it keeps from the browser. The dev server itself is tested in
// tests/e2e/presenter.test.ts.
import type { DevEnvironment, ViteDevServer } from 'vite'
import { describe, expect, it } from 'vitest'
import { compileGraph, quietStylesheetUpdates, type UnoContext } from '../../scripts/warm-dev-server.ts'

/** A dev environment whose modules are these sources, keyed by the id Vite would use. */
function environment(sources: Record<string, string>) {
  const asked: string[] = []
  const client = {
    transformRequest: async (id: string) => {
      asked.push(id)
      if (!(id in sources))
        throw new Error(`no module ${id}`)
      return { code: sources[id]! }
    },
  } as unknown as DevEnvironment
  return { client, asked }
}

describe('compileGraph', () => {
  const sources = {
    '/main.ts': `import '/a.ts'\nimport { b } from '/b.ts'\nconst page = () => import('/page.vue')\nconst other = () => import('/other.vue')\nconsole.log(import.meta.url, b)`,
    '/a.ts': `import '/main.ts'\nimport '/@id/__x00__virtual:thing'\nimport '/broken.ts'`,
    '/b.ts': `export const b = 1`,
    '\0virtual:thing': `export {}`,
    '/page.vue': `import '/b.ts'\nexport default {}`,
    '/other.vue': `export default {}`,
  }

  it('compiles what the roots import statically, and the dynamic imports it is told to follow', async () => {
    const { client, asked } = environment(sources)
    const failed: string[] = []
    const walk = await compileGraph(client, ['/main.ts'], { follow: async url => url === '/page.vue', failed: url => failed.push(url) })
    // Each once, cycles included, in the URLs the browser asks for.
    expect(walk.compiled.sort()).toEqual(['/@id/__x00__virtual:thing', '/a.ts', '/b.ts', '/main.ts', '/page.vue'])
    expect(asked).toContain('\0virtual:thing')
    expect(walk.lazy).toEqual(['/other.vue'])
    // A module that does not compile is reported, and the rest still compiles.
    expect(failed).toEqual(['/broken.ts'])
  })

  it('one module at a time after beforeEach, skipping what was already walked', async () => {
    const { client, asked } = environment(sources)
    const order: string[] = []
    let running = 0
    const walk = await compileGraph(client, ['/page.vue', '/other.vue'], {
      follow: async () => false,
      failed: () => {},
      seen: new Set(['/b.ts']),
      beforeEach: async () => {
        expect(running++).toBe(0)
        order.push(`before ${asked.length}`)
        await new Promise(resolve => setTimeout(resolve, 1))
        running--
      },
    })
    expect(walk.compiled).toEqual(['/page.vue', '/other.vue'])
    expect(asked).toEqual(['/page.vue', '/other.vue'])
    expect(order).toEqual(['before 0', 'before 1'])
  })
})

describe('quietStylesheetUpdates', () => {
  /** UnoCSS's context, whose stylesheet has a rule per word that starts with `u-`. */
  function setUp() {
    const builds: number[] = []
    const ctx: UnoContext = {
      ready: Promise.resolve(),
      tokens: new Set(['u-a', 'word']),
      flushTasks: async () => {},
      uno: {
        config: {},
        generate: async (input) => {
          builds.push((input as Set<string>).size)
          return { css: [...input as Set<string>].filter(t => t.startsWith('u-')).sort().join(',') }
        },
      },
    }
    const sent: unknown[] = []
    const server = { ws: { send: (payload: unknown) => sent.push(payload) } } as unknown as ViteDevServer
    const build = quietStylesheetUpdates(server, ctx)
    const update = { type: 'update', updates: [{ path: '/@id/__x00__/__uno.css', acceptedPath: '/@id/__x00__/__uno.css', timestamp: 1, type: 'js-update' }] }
    const settle = () => new Promise(resolve => setTimeout(resolve, 5))
    return { ctx, build, builds, sent, server, update, settle }
  }

  it('builds the stylesheet once for the same words, however many layers ask', async () => {
    const { ctx, build, builds } = setUp()
    const layers = await Promise.all([1, 2, 3, 4].map(() => ctx.uno.generate(ctx.tokens)))
    await build()
    expect(builds).toEqual([2])
    expect(new Set(layers.map(layer => layer.css))).toEqual(new Set(['u-a']))
    ctx.tokens.add('u-b')
    await ctx.uno.generate(ctx.tokens)
    expect(builds).toEqual([2, 3])
    // Other calls (the build's, per chunk) are UnoCSS's own.
    await ctx.uno.generate(new Set(['u-c']))
    expect(builds).toEqual([2, 3, 1])
  })

  it('keeps an update from the browser when the stylesheet it has is unchanged, and sends it otherwise', async () => {
    const { ctx, sent, server, update, settle } = setUp()
    await ctx.uno.generate(ctx.tokens) // served
    ctx.tokens.add('another-word')
    server.ws.send(update as never)
    await settle()
    expect(sent).toEqual([])
    ctx.tokens.add('u-new')
    server.ws.send(update as never)
    await settle()
    expect(sent).toEqual([update])
    // Anything else goes out as it came.
    server.ws.send({ type: 'full-reload' } as never)
    expect(sent).toEqual([update, { type: 'full-reload' }])
  })
})
