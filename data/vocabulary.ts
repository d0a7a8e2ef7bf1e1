// The deck's fixed word lists, each defined once: the data is typed with them, the check at the
// door (data/validate.ts) enforces them, and components name them on slides. No schema library
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
export const SUBJECTS = ['projects', 'europe', 'exports', 'reasons', 'claims', 'context'] as const
export type Subject = typeof SUBJECTS[number]
