/**
 * A slide's frontmatter module as Slidev's loader writes it (@slidev/cli,
 * "slidev:loader": `// @unocss-include`, then the frontmatter as one JSON line).
 */
export function frontmatterModule(frontmatter: object): string {
  return [
    '// @unocss-include',
    'import { computed, reactive, shallowReactive } from "vue"',
    `export const frontmatterData = ${JSON.stringify(frontmatter)}`,
    'export const frontmatter = reactive(frontmatterData)',
  ].join('\n')
}
