import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'
import { DECK_SHOWN } from '../scripts/deck-shown.ts'

// Live data (`versus dev`): Slidev announces each changed slide with its new
// frontmatter over the HMR socket, then the page fetches the slide's modules
// again before it shows anything. Right after the deck opens those fetches
// queue behind Slidev loading every other slide ("preload all slides after
// 3s", @slidev/client/internals/SlidesShow.vue), so the new data is shown from
// the announcement instead. The module update that follows carries the same
// frontmatter (Slidev's loader, `slidev:update-slide` in handleHotUpdate).
export default defineAppSetup(({ router }) => {
  const hot = import.meta.hot
  if (!hot)
    return
  hot.on('slidev:update-slide', ({ no, data }) => {
    const frontmatter = slides.value.find(s => s.no === no)?.meta.slide.frontmatter
    if (frontmatter && 'view' in data.frontmatter)
      frontmatter.view = data.frontmatter.view
  })
  // The dev server starts the live-data generator once told (deck-shown.ts):
  // when the page's slide is loaded and drawn (the browser then has time to
  // spare), or on a page that shows no slide, once it is ready.
  void router.isReady().then(async () => {
    const no = Number(router.currentRoute.value.params.no)
    await slides.value.find(s => s.no === no)?.load().catch(() => {})
    const tell = () => hot.send(DECK_SHOWN)
    // Safari has no requestIdleCallback.
    if ('requestIdleCallback' in window)
      requestIdleCallback(tell, { timeout: 2000 })
    else
      setTimeout(tell, 500)
  })
})
