import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  ignores: [
    'slides.md',
    'data/**',
    'exports/**',
    'dist/**',
    '.slidev/**',
    'test/fixtures/**',
  ],
})
