import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'

// Live data (`versus dev`): Slidev announces each changed slide with its new
// frontmatter over the HMR socket, then the page fetches the slide's modules
// again before it shows anything. Right after the deck opens those fetches
// queue behind Slidev loading every other slide ("preload all slides after
// 3s", @slidev/client/internals/SlidesShow.vue), so the new data is shown from
// the announcement instead. The module update that follows carries the same
// frontmatter (Slidev's loader, `slidev:update-slide` in handleHotUpdate).
export default defineAppSetup(() => {
  import.meta.hot?.on('slidev:update-slide', ({ no, data }) => {
    const frontmatter = slides.value.find(s => s.no === no)?.meta.slide.frontmatter
    if (frontmatter && 'view' in data.frontmatter)
      frontmatter.view = data.frontmatter.view
  })
})
