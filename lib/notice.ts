// What `npm run present` tells the presenter window when it serves an older build than the
// sources: the build's time and the sources changed since (components/PresenterNotice.vue).

export interface PresentNotice {
  /** When the build being served was made, ISO 8601. */
  builtAt: string
  /** Sources changed since, relative to the project root. */
  changed: string[]
}

/** Where the presenter window finds the notice, under the base path; absent on any other host. */
export const NOTICE_PATH = '__present/notice.json'
