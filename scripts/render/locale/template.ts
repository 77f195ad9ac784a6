// Message templates: text with `{name}` placeholders. Kept apart from the
// message tables so components can fill the templates their view carries
// without importing any table.

/** The names of the `{name}` placeholders in a template type, as a union. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never

const PLACEHOLDER = /\{(\w+)\}/g

/** The placeholder names a template uses, each once, in order. */
export function placeholders(template: string): string[] {
  return [
    ...new Set([
      ...template.matchAll(PLACEHOLDER),
    ].map(m => m[1]!)),
  ]
}

/**
 * The template with each `{name}` replaced by its value, as `show` writes it.
 * One pass: text that comes in through a value is never read as a
 * placeholder, and a placeholder with no value stays as written, so a
 * mistake shows rather than vanishes.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>, show: (value: string | number) => string = String): string {
  const parts = pieces(template)
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!
    out += (Object.hasOwn(params, name)
      ? show(params[name]!)
      : `{${name}}`) + parts[i + 1]!
  }
  return out
}

/** Templates split once: text, a placeholder's name, text, and so on. */
const split = new Map<string, string[]>()

function pieces(template: string): string[] {
  let parts = split.get(template)
  if (!parts)
    split.set(template, parts = template.split(/\{(\w+)\}/))
  return parts
}
