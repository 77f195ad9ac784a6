import { defineMermaidSetup } from '@slidev/types'

// Hand-written ```mermaid blocks get the same safety as generated diagrams.
export default defineMermaidSetup(() => ({ securityLevel: 'strict' }))
