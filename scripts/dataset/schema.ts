import type { MessageKey } from '../render/locale/index.ts'
import { z } from 'zod'
import { THEMES } from '../render/brand.ts'
import { en, isLocaleTag, MESSAGE_KEYS } from '../render/locale/index.ts'
import { placeholders } from '../render/locale/template.ts'

// The dataset format, version 1 (docs/dataset-format.md). Cross-references between
// fields (ids named in cells, edges, sources, weights) live in rules.ts,
// because they must be reported even when the structure is also broken.

// Patterns carry no flags: JSON Schema's `pattern` has none, and a flag lost
// in data/schema.json makes editors reject what the CLI accepts
// (test/dataset/json-schema.test.ts). Hence regexp/use-ignore-case is off here.
/* eslint-disable regexp/use-ignore-case */
export const SLUG = /^[a-z][a-z0-9-]*$/
export const NODE_ID = /^[A-Za-z]\w*$/
const HEX_COLOR = /^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]\S*$/
/** A relative path to an image: no scheme, no absolute path, an image extension. */
const LOGO_PATH = /^(?![A-Za-z][\w+.-]*:)(?![/\\])[^\0]*\.(?:[Ss][Vv][Gg]|[Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg])$/
/** What JSON Schema can say of a language tag; Intl says the rest (subtag order, no repeated variants). */
const LOCALE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/
/* eslint-enable regexp/use-ignore-case */

// trim() is invisible to JSON Schema; "holds a non-space" is what it means here, and is a pattern.
const text = z.string().trim().regex(/\S/, 'must not be empty')
const slug = z.string().regex(SLUG, 'must be a slug: lowercase letters, digits and -, starting with a letter')
const nodeId = z.string().regex(NODE_ID, 'must start with a letter and hold only letters, digits and _')
// The pattern is the part JSON Schema can say; URL.canParse the part it cannot.
const httpUrl = z.string()
  .regex(HTTP_URL, { error: 'must be an http(s) URL', abort: true })
  .refine(url => URL.canParse(url), 'must be an http(s) URL')
const hexColor = z.string().regex(HEX_COLOR, 'must be a hex colour: #rgb or #rrggbb')

/** Values keyed by subject id; which keys are allowed is a cross-reference rule. */
const bySubject = <T extends z.ZodType>(value: T) => z.record(z.string(), value)

/** Ids of the `sources` that back a claim; that they exist is a cross-reference rule. */
const cites = z.array(slug).optional()

/** A claim: plain text, or text with the sources that back it. */
const claim = z.union([
  text,
  z.strictObject({ text, sources: cites }),
], 'must be a text, or { text, sources }')

const isoDate = z.iso.date('must be a date: YYYY-MM-DD')

export const listItemSchema = z.strictObject({
  title: text,
  detail: text.optional(),
  sources: cites,
})

export const releaseSchema = z.strictObject({
  version: text,
  released: isoDate,
  supportEnds: isoDate.optional(),
  lts: z.boolean().optional(),
})

export const exampleSchema = z.strictObject({
  id: slug,
  title: text,
  code: bySubject(z.strictObject({
    language: text,
    source: z.string().regex(/\S/, 'must not be empty'),
  })),
  notes: text.optional(),
  sources: cites,
})

export const architectureSchema = z.strictObject({
  title: text,
  direction: z.enum(['TB', 'LR']).optional(),
  nodes: z.array(z.strictObject({
    id: nodeId,
    label: text,
    group: nodeId.optional(),
  })).min(1, 'needs at least one node'),
  groups: z.array(z.strictObject({
    id: nodeId,
    label: text,
  })).optional(),
  edges: z.array(z.strictObject({
    from: nodeId,
    to: nodeId,
    label: text.optional(),
  })).optional(),
  notes: text.optional(),
  sources: cites,
})

export const subjectSchema = z.strictObject({
  id: slug,
  name: text,
  tagline: text,
  language: text.optional(),
  color: hexColor.optional(),
  homepage: httpUrl.optional(),
  summary: text.optional(),
  pros: z.array(listItemSchema).optional(),
  cons: z.array(listItemSchema).optional(),
  bestFor: z.array(listItemSchema).optional(),
  architecture: architectureSchema.optional(),
  /** Back the tagline and the summary. */
  sources: cites,
  releases: z.array(releaseSchema).optional(),
})

export const aspectSchema = z.strictObject({
  id: slug,
  title: text,
  cells: bySubject(text),
  details: bySubject(z.array(claim)).optional(),
  scores: bySubject(z.int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5')).optional(),
  notes: text.optional(),
  sources: z.array(slug).optional(),
})

export const scenarioSchema = z.strictObject({
  id: slug,
  title: text,
  weights: z.record(z.string(), z.int('must be a whole number').min(0, 'must be 0 to 3').max(3, 'must be 0 to 3')),
  notes: text.optional(),
})

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  url: httpUrl,
  checked: isoDate.optional(),
})

export const brandSchema = z.strictObject({
  logo: z.string().regex(LOGO_PATH, 'must be a relative path to an .svg, .png or .jpg file').optional().meta({
    description: 'Path to the logo, relative to the dataset file; shown on the title slide and in the footer.',
  }),
  accent: hexColor.optional().meta({
    description: 'Accent colour (title slide and footer); refused when its text cannot keep 4.5:1 contrast in light and dark mode.',
  }),
  footer: text.optional().meta({ description: 'A footer line on every slide but the title, with the slide number.' }),
  theme: z.enum(THEMES).optional().meta({ description: 'The Slidev theme the deck uses (default: default).' }),
})
const localeTag = z.string()
  .regex(LOCALE_TAG, { error: 'must be a BCP 47 language tag, such as en, de or ja-JP', abort: true })
  .refine(isLocaleTag, 'must be a BCP 47 language tag, such as en, de or ja-JP')

/** A replacement for one of the deck's own texts; it may use the placeholders the English text has. */
function message(key: MessageKey) {
  const allowed = placeholders(en[key])
  return z.string()
    .regex(/\S/, 'must not be empty')
    .superRefine((text, ctx) => {
      const unknown = placeholders(text).filter(name => !allowed.includes(name))
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown placeholder ${unknown.map(n => `{${n}}`).join(', ')} (this text can use ${allowed.length
            ? allowed.map(n => `{${n}}`).join(', ')
            : 'none'})`,
        })
      }
    })
    .optional()
    .meta({ description: `English: ${en[key]}` })
}

const stringsSchema = z.strictObject(Object.fromEntries(MESSAGE_KEYS.map(key => [
  key,
  message(key),
])) as { [K in MessageKey]: ReturnType<typeof message> })

export const datasetSchema = z.strictObject({
  version: z.literal(1, 'must be 1 (the only version of the format)').optional(),
  title: text,
  subtitle: text.optional(),
  author: text.optional(),
  event: text.optional(),
  /** The language of the deck's own words, dates and lists; the dataset's text stays as written. */
  locale: localeTag.optional(),
  /** Replacements for single texts of the deck's own words (render/locale/en.ts lists the keys). */
  strings: stringsSchema.optional(),
  subjects: z.array(subjectSchema).min(2, 'needs 2 to 4 subjects').max(4, 'needs 2 to 4 subjects'),
  aspects: z.array(aspectSchema).min(1, 'needs at least one aspect'),
  scenarios: z.array(scenarioSchema).optional(),
  verdict: z.strictObject({
    summary: text.optional(),
    points: z.array(claim).optional(),
  }).optional(),
  examples: z.array(exampleSchema).optional(),
  sources: z.array(sourceSchema).optional(),
  brand: brandSchema.optional(),
}).meta({
  title: 'versus comparison dataset',
  description: 'A comparison of 2 to 4 technologies, rendered into a Slidev deck by versus.',
})

export type Dataset = z.infer<typeof datasetSchema>
export type Subject = z.infer<typeof subjectSchema>
export type Aspect = z.infer<typeof aspectSchema>
export type Architecture = z.infer<typeof architectureSchema>
export type ListItem = z.infer<typeof listItemSchema>
export type Claim = z.infer<typeof claim>
export type Release = z.infer<typeof releaseSchema>
export type Example = z.infer<typeof exampleSchema>
export type Scenario = z.infer<typeof scenarioSchema>
export type Source = z.infer<typeof sourceSchema>
export type Brand = z.infer<typeof brandSchema>
