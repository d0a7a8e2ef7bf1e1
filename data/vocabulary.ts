// The deck's fixed word lists, each defined once: the data is typed with them, the check at the
// door (check/data.ts) enforces them, and components name them on slides. No schema library
// here: this module reaches the audience's browser.

/** How China and Russia cooperated on a project. */
export const MODES = ['joint-development', 'licensed-production', 'direct-purchase', 'third-country'] as const
export type Mode = typeof MODES[number]

/** How each mode is named on slides. */
export const MODE_LABELS: Record<Mode, string> = {
  'joint-development': 'Joint development',
  'licensed-production': 'Licensed production',
  'direct-purchase': 'Direct purchase',
  'third-country': 'Third-country project',
}

/** The verdict scale for fact checks (README, "Changing the record", defines each). */
export const VERDICTS = ['confirmed', 'partly', 'misleading', 'wrong', 'unverified'] as const
export type Verdict = typeof VERDICTS[number]

export const VERDICT_LABELS: Record<Verdict, string> = {
  confirmed: 'Confirmed',
  partly: 'Partly true',
  misleading: 'Misleading',
  wrong: 'Wrong',
  unverified: 'Unverified',
}

/** The exporters whose SIPRI shares the data records, in the chart's order of preference. */
export const EXPORT_COUNTRIES = ['United States', 'Russia', 'France', 'Germany', 'China', 'Italy'] as const
export type ExportCountry = typeof EXPORT_COUNTRIES[number]

/** The data files, one per subject; a source list or a cite key names one of them. */
export const SUBJECTS = ['projects', 'europe', 'exports', 'reasons', 'claims', 'deals', 'since'] as const
export type Subject = typeof SUBJECTS[number]

/** The areas of the record of China–Russia deals (data/deals.ts), in the order the deck lists them; what changed since 2022 is data/since.ts. */
export const AREAS = ['aircraft', 'engines', 'air defence', 'naval', 'helicopters', 'space and early warning'] as const
export type Area = typeof AREAS[number]

/**
 * What a reader must know about where a fact comes from, shown beside it: a report of leaked
 * documents, a claim one side denies, a figure only one source gives.
 */
export const LABELS = ['leaked documents', 'denied', 'single source'] as const
export type Label = typeof LABELS[number]
