import type { Dataset } from '../scripts/dataset/schema.ts'
import type { Slide } from '../scripts/render/slide.ts'
import type { AgendaView, AspectView, BestForView, CitationView, DecisionView, DiagramView, ItemView, ProsConsView, SourcesView, SubjectIntroView, TableView, TitleView, VerdictView } from '../scripts/render/view.ts'
import { writeFile } from 'node:fs/promises'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadDataset } from '../scripts/dataset/load.ts'
import { deckSlides } from '../scripts/render/deck.ts'
import { frontmatter, notesBlock } from '../scripts/render/markdown.ts'
import { ranking, weightedScores } from '../scripts/scoring.ts'

// The benchmark's baseline: the same slides as the generated deck, written as
// the plain Slidev deck a person would type by hand. Headings, paragraphs,
// bullet lists and markdown tables, the same Mermaid code in ```mermaid
// blocks, the same speaker notes, the same deck settings; no components.
// For trusted benchmark data only: text is escaped for markdown, not hardened
// against hostile input the way the generator is.

/** Markdown and HTML specials as entities or backslash escapes; `|` too, for table cells. */
export function plain(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>{}]/g, ch => `&#${ch.codePointAt(0)};`)
    .replace(/[\\`*_[\]|#~$]/g, ch => `\\${ch}`)
}

function table(head: string[], rows: string[][]) {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n')
}

/** Numbered links to the sources, as the slides show them. */
function cite(citations: readonly CitationView[]): string {
  return citations.length
    ? ` [${citations.map(c => `[${c.n}](${c.url})`).join(', ')}]`
    : ''
}

function items(list: ItemView[]) {
  return list.map(i => `- **${plain(i.title)}**${cite(i.citations)}${i.detail
    ? `: ${plain(i.detail)}`
    : ''}`).join('\n')
}

/** The body of one slide, from the view its component would have drawn. */
function body(slide: Slide): string {
  switch (slide.component) {
    case 'TitleSlide': {
      const v = slide.view as TitleView
      return [
        v.subjects.map(s => plain(s.name)).join(' · '),
        `# ${plain(v.title)}`,
        v.subtitle && plain(v.subtitle),
        [v.author, v.event].filter(Boolean).map(s => plain(s!)).join(' · '),
      ].filter(Boolean).join('\n\n')
    }
    case 'AgendaList': {
      const v = slide.view as AgendaView
      return `# ${plain(v.title)}\n\n${v.items.map((i, n) => `${n + 1}. **${plain(i.title)}**${i.detail
        ? `: ${plain(i.detail)}`
        : ''}`).join('\n')}`
    }
    case 'SubjectIntro': {
      const v = slide.view as SubjectIntroView
      return [
        'Meet',
        `# ${plain(v.subject.name)}`,
        plain(v.subject.tagline),
        v.summary && plain(v.summary),
        [v.language && `Language: **${plain(v.language)}**`, v.homepage && `<${v.homepage}>`].filter(Boolean).join(' · '),
      ].filter(Boolean).join('\n\n')
    }
    case 'ComparisonTable': {
      const v = slide.view as TableView
      return `# ${plain(v.title)}\n\n${table([
        'Aspect',
        ...v.subjects.map(s => plain(s.name)),
      ], v.rows.map(r => [
        plain(r.title),
        ...r.cells.map(plain),
      ]))}`
    }
    case 'AspectCompare': {
      const v = slide.view as AspectView
      const marks = cite(v.citations)
      return [
        `# ${plain(v.title)}${marks}`,
        ...v.subjects.map((s, i) => {
          const side = v.sides[i]!
          return [
            `## ${plain(s.name)}${side.score === undefined
              ? ''
              : ` (${side.score}/5)`}`,
            plain(side.cell),
            side.details.map(d => `- ${plain(d.text)}${cite(d.citations)}`).join('\n'),
          ].filter(Boolean).join('\n\n')
        }),
      ].join('\n\n')
    }
    case 'ArchitectureDiagram': {
      const v = slide.view as DiagramView
      return [
        `# ${plain(v.title)}`,
        ...v.diagrams.flatMap((d, i) => [
          v.diagrams.length > 1
            ? `## ${plain(v.subjects[i]?.name ?? '')}: ${plain(d.title)}`
            : '',
          `\`\`\`mermaid\n${d.code}\n\`\`\``,
        ]),
      ].filter(Boolean).join('\n\n')
    }
    case 'ProsCons': {
      const v = slide.view as ProsConsView
      return `# ${plain(v.title)}\n\n## Strengths\n\n${items(v.pros)}\n\n## Trade-offs\n\n${items(v.cons)}`
    }
    case 'WhenToChoose': {
      const v = slide.view as BestForView
      return [
        `# ${plain(v.title)}`,
        ...v.subjects.map((s, i) => `## Pick ${plain(s.name)} for\n\n${items(v.lists[i] ?? [])}`),
      ].join('\n\n')
    }
    case 'DecisionMatrix': {
      const v = slide.view as DecisionView
      const weights = v.scenarios[v.scenario]!.weights
      const scores = weightedScores(v.aspects, weights, v.subjects.length)
      return [
        `# ${plain(v.title)}`,
        table(['Aspect', 'Weight'], v.aspects.filter(a => a.scores).map(a => [
          plain(a.title),
          String(weights[a.id] ?? 0),
        ])),
        table(['Subject', 'Weighted score (0 to 100)'], ranking(scores).map(i => [
          plain(v.subjects[i]!.name),
          scores[i]!.toFixed(0),
        ])),
      ].join('\n\n')
    }
    case 'VerdictSlide': {
      const v = slide.view as VerdictView
      return [
        `# ${plain(v.title)}`,
        v.summary && plain(v.summary),
        v.points.map(p => `- ${plain(p.text)}${cite(p.citations)}`).join('\n'),
      ].filter(Boolean).join('\n\n')
    }
    case 'SourceList': {
      const v = slide.view as SourcesView
      return `# ${plain(v.title)}\n\n${v.sources.map(s => `${s.n}. [${plain(s.title)}](${s.url})${s.checked
        ? ` · checked ${s.checked}`
        : ''}`).join('\n')}`
    }
    case 'ScoreChart': {
      const v = slide.view as { title: string, subjects: { name: string }[], rows: { title: string, scores: number[] }[] }
      return `# ${plain(v.title)}\n\n${table([
        'Aspect',
        ...v.subjects.map(s => plain(s.name)),
      ], v.rows.map(r => [
        plain(r.title),
        ...r.scores.map(n => `${n}/5`),
      ]))}`
    }
    default:
      return genericBody(slide)
  }
}

/** A slide kind this file does not know yet: its title, then every text and number of its view as bullets. */
function genericBody(slide: Slide): string {
  const leaves: string[] = []
  const walk = (value: unknown, key: string) => {
    if (['id', 'color', 'title'].includes(key))
      return
    if (typeof value === 'string' || typeof value === 'number')
      leaves.push(`- ${plain(String(value))}`)
    else if (Array.isArray(value))
      value.forEach(v => walk(v, ''))
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([k, v]) => walk(v, k))
  }
  walk(slide.view, '')
  return `# ${plain(slide.title)}\n\n${leaves.join('\n')}`
}

/** The same deck as `renderDeck(data)`, as plain Slidev markdown. */
export function baselineDeck(data: Dataset): string {
  const head = {
    theme: 'default',
    title: data.title,
    info: data.subtitle ?? data.title,
    colorSchema: 'auto',
    aspectRatio: '16/9',
    canvasWidth: 980,
    fonts: { provider: 'none', sans: 'Nunito Sans', mono: 'Fira Code' },
    transition: 'fade',
    drawings: { persist: false },
    export: { withToc: true },
    favicon: '/favicon.svg',
  }
  return deckSlides(data).map((slide, i) => {
    const matter = i === 0
      ? frontmatter({ ...head, layout: slide.layout })
      : frontmatter({ layout: slide.layout })
    return `---\n${matter}\n---\n\n${body(slide)}\n\n${notesBlock(slide.notes)}\n`
  }).join('\n')
}

async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'data/node-vs-django.yaml' },
      out: { type: 'string' },
    },
  })
  const loaded = await loadDataset(values.data)
  if (!loaded.ok) {
    console.error(loaded.errors.map(e => `${e.file}:${e.line}:${e.col}: ${e.path}: ${e.message}`).join('\n'))
    process.exit(1)
  }
  const deck = baselineDeck(loaded.dataset)
  if (values.out)
    await writeFile(values.out, deck)
  else
    process.stdout.write(deck)
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
