/// <reference types="@slidev/types/client" />

declare module 'virtual:deck-site' {
  const site: import('./vite/site.ts').DeckSite
  export default site
}
