// The deck's fonts come from npm and are bundled: nothing is fetched from a font CDN, so the
// deck looks the same offline and the PDF embeds these fonts rather than a system fallback.
import '@fontsource/nunito-sans/400.css'
import '@fontsource/nunito-sans/400-italic.css'
import '@fontsource/nunito-sans/700.css'
import '@fontsource/fira-code/400.css'
import './deck.css'
