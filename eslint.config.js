// ESLint with Anthony Fu's config, the convention of Slidev and its authors: TypeScript, Vue,
// JSON, YAML and Markdown, formatting included. `npm run lint`; `npm test` runs it as one test.
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    ignores: ['content/**', 'bench/results.json', 'bench/baseline.json', '.scratch/**', 'dist-*/**', '.dist*'],
  },
  {
    rules: {
      // The data files keep a source or a record's short fields on one line each, to be read as a
      // table; this rule would break every such line into five.
      'antfu/reasonable-newline': 'off',
    },
  },
  {
    // Commands and the benchmark are ES modules run as programs: top-level await is their main().
    files: ['scripts/**', 'bench/**'],
    rules: { 'antfu/no-top-level-await': 'off' },
  },
  {
    // Commands, the exports and the deck check talk to the terminal: console.log is their output.
    files: ['scripts/**', 'bench/**', 'export/**', 'vite/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright's innerText() reads what a viewer sees, which is what the browser tests compare.
    files: ['tests/**'],
    rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
  },
  {
    // A Slidev deck: every slide starts with its own # title.
    files: ['slides.md'],
    rules: { 'markdown/no-multiple-h1': 'off' },
  },
)
