// The props a component of the deck takes, as Vue's compiler declares them at run time: a
// misspelled one on a slide (<ProjectTable revael />) would render the component without it,
// silently, and fall through to the page as a stray attribute.
import type { Node } from '@babel/types'
import { babelParse, compileScript, parse } from 'vue/compiler-sfc'

/** The keys of an object literal, or the strings of an array literal (`props: ['ids']`); undefined for anything else. */
function keysOf(node: Node | null | undefined): string[] | undefined {
  if (node?.type === 'CallExpression') // withDefaults: _mergeDefaults({ … }, defaults)
    return keysOf(node.arguments[0])
  if (node?.type === 'ArrayExpression')
    return node.elements.every(e => e?.type === 'StringLiteral') ? node.elements.map(e => (e as { value: string }).value) : undefined
  if (node?.type !== 'ObjectExpression')
    return undefined
  const keys = node.properties.map(p => p.type === 'ObjectProperty' && !p.computed
    ? p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined
    : undefined)
  return keys.every(k => k !== undefined) ? keys as string[] : undefined
}

/**
 * The prop names a single-file component declares (`defineProps<{ reveal?: boolean }>()` and every
 * other form Vue accepts), read from the component Vue compiles; `[]` for one without a script, and
 * undefined when they cannot be told (a file that does not compile, props built at run time).
 */
export function declaredProps(source: string, filename: string): string[] | undefined {
  const { descriptor, errors } = parse(source, { filename })
  if (errors.length)
    return undefined
  if (!descriptor.script && !descriptor.scriptSetup)
    return []
  let content: string
  try {
    content = compileScript(descriptor, { id: filename }).content
  }
  catch {
    return undefined // the build names what is wrong with the component
  }
  const program = babelParse(content, { sourceType: 'module', plugins: ['typescript'] }).program
  const exported = program.body.find(s => s.type === 'ExportDefaultDeclaration')
  let options: Node | undefined = exported?.type === 'ExportDefaultDeclaration' ? exported.declaration : undefined
  if (options?.type === 'CallExpression') // defineComponent({ … })
    options = options.arguments[0]
  if (options?.type !== 'ObjectExpression')
    return undefined
  const props = options.properties.find(p => p.type === 'ObjectProperty' && p.key.type === 'Identifier' && p.key.name === 'props')
  if (props?.type === 'ObjectProperty')
    return keysOf(props.value)
  return options.properties.some(p => p.type === 'SpreadElement') ? undefined : [] // props may come in the spread
}
