import { DIAGRAM, GANTT } from '../scripts/render/metrics.ts'

// Renders the generator's Mermaid flowcharts in the browser, with Mermaid
// loaded only when a diagram slide is shown.
let counter = 0
const cache = new Map<string, Promise<string>>()

export function renderDiagram(code: string, dark: boolean): Promise<string> {
  const key = `${dark ? 'dark' : 'light'}\n${code}`
  let svg = cache.get(key)
  if (!svg) {
    svg = render(code, dark)
    cache.set(key, svg)
    svg.catch(() => cache.delete(key))
  }
  return svg
}

// Mermaid keeps one global configuration, so renders take turns.
let queue: Promise<unknown> = Promise.resolve()

function render(code: string, dark: boolean): Promise<string> {
  const job = queue.then(async () => {
    // The self-contained build, as Slidev uses: the modular one needs CJS deps pre-bundled.
    const { default: mermaid } = await import('mermaid/dist/mermaid.esm.mjs')
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      // Mermaid 12 lays flowcharts out with ELK by default: a 1.6 MB chunk to
      // load, and not the layout the generator sized each diagram for
      // (dagre, in render/diagram-layout.ts).
      layout: 'dagre',
      theme: dark ? 'dark' : 'default',
      fontFamily: '"Nunito Sans", sans-serif',
      // Dark theme's edge labels are grey on grey (4.4:1); lift them above 4.5:1.
      themeVariables: {
        fontSize: `${DIAGRAM.fontPx}px`,
        // Edge labels sit on the slide's own background, not in grey boxes that read as nodes.
        ...dark
          ? {
              edgeLabelBackground: '#121212',
              textColor: '#e4e4e7',
              lineColor: '#a1a1aa',
            }
          : { edgeLabelBackground: '#ffffff' },
      },
      // The generator estimated each diagram's size with the same style (render/diagram-layout.ts).
      flowchart: {
        useMaxWidth: true,
        padding: DIAGRAM.padding,
        wrappingWidth: DIAGRAM.wrappingWidth,
      },
      gantt: {
        fontSize: GANTT.fontPx,
        sectionFontSize: GANTT.fontPx,
        barHeight: GANTT.barHeight,
        barGap: GANTT.barGap,
        topPadding: GANTT.topPadding,
        leftPadding: GANTT.leftPadding,
        rightPadding: GANTT.rightPadding,
        useWidth: GANTT.width,
      },
    })
    const { svg } = await mermaid.render(`versus-diagram-${++counter}`, code)
    return svg
  })
  queue = job.catch(() => undefined)
  return job
}
