import { FAILSAFE_SCHEMA, Type } from 'js-yaml'

// YAML 1.2's core schema exactly as the `yaml` package resolves it
// (node_modules/yaml/dist/schema/core), for js-yaml, the fast reader. js-yaml's
// own CORE_SCHEMA reads more as numbers (`0b11`, `1_000`, `+0x1F`), so the two
// readers would give one file two meanings.

function scalar(tag: string, tests: RegExp[], construct: (text: string) => unknown): Type {
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: string | null) => tests.some(test => test.test(data ?? '')),
    construct: (data: string | null) => construct(data ?? ''),
  })
}

const nullType = scalar('null', [/^(?:~|[Nn]ull|NULL)?$/], () => null)
const boolType = scalar('bool', [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/], text => text[0] === 't' || text[0] === 'T')
const intType = scalar('int', [/^0o[0-7]+$/, /^[-+]?\d+$/, /^0x[0-9a-fA-F]+$/], text => /^0[ox]/.test(text)
  ? Number.parseInt(text.slice(2), text[1] === 'o'
      ? 8
      : 16)
  : Number.parseInt(text, 10))
const floatType = scalar('float', [
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)e[-+]?\d+$/i,
  /^[-+]?(?:\.\d+|\d+\.\d*)$/,
], text => /nan$/i.test(text)
  ? Number.NaN
  : /inf$/i.test(text)
    ? (text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY)
    : Number.parseFloat(text))

export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType],
})
