import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'

// `slidev export` prints once the network has gone quiet and no `.slidev-slide-loading`
// element is left. Slides are async components that show that element only after a 300 ms
// delay, so on a busy machine a slide still loading could be printed as a blank page. In
// print mode we hold one such marker from the start and drop it only when every slide's
// module has loaded, every slide is on the page and the fonts are ready.
export default defineAppSetup(() => {
  if (typeof document === 'undefined' || !new URLSearchParams(location.search).has('print'))
    return
  const marker = document.createElement('div')
  marker.className = 'slidev-slide-loading'
  marker.setAttribute('aria-hidden', 'true')
  marker.style.cssText = 'position:fixed;width:0;height:0;overflow:hidden'
  document.body.append(marker)

  const frame = () => new Promise(resolve => requestAnimationFrame(resolve))
  // Every printed slide (or click of a slide) has a container; each must hold its layout.
  const allRendered = () => {
    const containers = [...document.querySelectorAll('.print-slide-container')]
    return containers.length > 0 && containers.every(c => c.querySelector('.slidev-layout'))
  }
  const othersLoading = () => document.querySelectorAll('.slidev-slide-loading').length > 1

  void (async () => {
    await Promise.all(slides.value.map(s => s.load()))
    const deadline = performance.now() + 30_000
    while ((!allRendered() || othersLoading()) && performance.now() < deadline)
      await frame()
    await document.fonts.ready
    await frame()
    await frame()
    marker.remove()
  })()
})
