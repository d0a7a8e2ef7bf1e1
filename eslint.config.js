// ESLint with Anthony Fu's config, the convention of Slidev and its authors: TypeScript, Vue,
// JSON, YAML and Markdown, formatting included. `npm run lint`; `npm test` runs it as one test.
import antfu from '@antfu/eslint-config'

export default antfu({
  ignores: ['content/**', 'bench/results.json', 'bench/baseline.json', '.scratch/**', 'dist-*/**', '.dist*'],
})
