// The deck's theme layer, on top of Slidev's default theme. Fonts come from npm and are bundled:
// nothing is fetched from a font CDN, so the deck looks the same offline and the PDF embeds these
// fonts rather than a system fallback. Pairing: Nunito Sans for reading (400, its italic for the
// essay's words, 700) and its 800 for headings; Fira Code for kickers, labels and figures.
import '@fontsource/nunito-sans/400.css'
import '@fontsource/nunito-sans/400-italic.css'
import '@fontsource/nunito-sans/700.css'
import '@fontsource/nunito-sans/800.css'
import '@fontsource/fira-code/400.css'
import './theme.css'
import './layouts.css'
import './presenter.css'
