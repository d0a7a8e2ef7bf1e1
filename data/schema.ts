// Valibot schemas for every data subject. The TypeScript types are inferred from these
// schemas, so the schema is the one source of truth for both the runtime check and the types.
import * as v from 'valibot'

export const YEAR_MIN = 1950
export const YEAR_MAX = 2030

/** A whole year within the deck's range (1950–2030). */
export const Year = v.pipe(
  v.number('expected a year (number)'),
  v.integer('expected a whole year'),
  v.check(
    (n: number) => n >= YEAR_MIN && n <= YEAR_MAX,
    issue => `year ${String(issue.input)} is out of range ${YEAR_MIN}–${YEAR_MAX}`,
  ),
)

const Text = v.pipe(v.string('expected text'), v.trim(), v.nonEmpty('must not be empty'))

/** An http(s) URL. `v.url()` alone accepts javascript:, ftp:, data: … so the scheme is checked too. */
export const HttpUrl = v.pipe(
  v.string('expected a URL (text)'),
  v.regex(/^https?:\/\//i, issue => `"${String(issue.input)}" is not an http(s) URL`),
  v.url(issue => `"${String(issue.input)}" is not a valid URL`),
)

export const SourceSchema = v.strictObject({
  title: Text,
  url: HttpUrl,
})
export type Source = v.InferOutput<typeof SourceSchema>

export const Sources = v.pipe(
  v.array(SourceSchema, 'expected a list of sources'),
  v.minLength(1, 'at least one source is required'),
)

export const Id = v.pipe(
  v.string('expected an id (text)'),
  v.regex(/^[a-z0-9][a-z0-9_-]*$/, issue => `id "${String(issue.input)}" must be lower-case letters, digits, "-" or "_"`),
)

export const MODES = ['joint-development', 'licensed-production', 'direct-purchase', 'third-country'] as const
export const ModeSchema = v.picklist(
  MODES,
  issue => `unknown cooperation mode "${String(issue.input)}" (expected one of: ${MODES.join(', ')})`,
)
export type Mode = v.InferOutput<typeof ModeSchema>

/** How each mode is named on slides. */
export const MODE_LABELS: Record<Mode, string> = {
  'joint-development': 'Joint development',
  'licensed-production': 'Licensed production',
  'direct-purchase': 'Direct purchase',
  'third-country': 'Third-country project',
}

/** A count: a number when the sources give one, text when they qualify it (">200", "~100"), null when unknown. */
const Count = v.nullable(v.union(
  [v.pipe(v.number(), v.minValue(0, 'must not be negative')), Text],
  'expected a number, a short text or null',
))

// ---------------------------------------------------------------- projects

export const ProjectSchema = v.pipe(
  v.strictObject({
    id: Id,
    name: Text,
    /** Short name for tables and the timeline. */
    short: v.pipe(Text, v.maxLength(18, 'short name must be at most 18 characters')),
    kind: Text,
    partners: v.pipe(v.array(Text), v.minLength(1, 'at least one partner is required')),
    mode: ModeSchema,
    startYear: Year,
    /** Year the Sino-Russian part ended; null while ongoing. */
    endYear: v.nullable(Year),
    status: Text,
    units: v.strictObject({
      planned: Count,
      delivered: Count,
    }),
    /** Longer detail behind the units figures. */
    unitsNote: v.optional(Text),
    /** Did Russia share core technology (design, engines, radar…)? null = not known. */
    coreTechShared: v.nullable(v.boolean()),
    coreTechNote: v.optional(Text),
    outcome: Text,
    /** Outcome in a few words, for the table. */
    outcomeShort: v.pipe(Text, v.maxLength(32, 'short outcome must be at most 32 characters')),
    essaySays: Text,
    record: Text,
    sources: Sources,
  }),
  v.forward(
    v.partialCheck(
      [['startYear'], ['endYear']],
      input => input.endYear === null || input.endYear >= input.startYear,
      issue => `end year ${String((issue.input as { endYear: unknown }).endYear)} is before the start year`,
    ),
    ['endYear'],
  ),
)
export type Project = v.InferOutput<typeof ProjectSchema>

// ---------------------------------------------------------------- europe

export const EuropeProgrammeSchema = v.strictObject({
  id: Id,
  name: Text,
  short: Text,
  partners: v.pipe(v.array(Text), v.minLength(2, 'a programme needs at least two partners')),
  partnersShort: Text,
  startYear: Year,
  firstFlightOrService: Text,
  /** Year of entry into service (or first delivery); null = not known. */
  serviceYear: v.nullable(Year),
  unitsBuilt: Count,
  unitsNote: v.optional(Text),
  workShare: Text,
  workShareShort: v.pipe(Text, v.maxLength(48, 'short work share must be at most 48 characters')),
  outcome: Text,
  outcomeShort: v.pipe(Text, v.maxLength(48, 'short outcome must be at most 48 characters')),
  sources: Sources,
})
export type EuropeProgramme = v.InferOutput<typeof EuropeProgrammeSchema>

// ---------------------------------------------------------------- exports

const Share = v.nullable(v.pipe(
  v.number('expected a percentage'),
  v.check((n: number) => n >= 0 && n <= 100, issue => `share ${String(issue.input)} is out of range 0–100`),
))

export const EXPORT_COUNTRIES = ['United States', 'Russia', 'France', 'Germany', 'China', 'Italy'] as const
export type ExportCountry = typeof EXPORT_COUNTRIES[number]

export const ExportPeriodSchema = v.strictObject({
  id: Id,
  /** Display label, e.g. "2008–12". */
  period: Text,
  startYear: Year,
  endYear: Year,
  release: Text,
  /** Per cent of world exports of major arms; null = not given in that release. */
  shares: v.strictObject({
    'United States': Share,
    'Russia': Share,
    'France': Share,
    'Germany': Share,
    'China': Share,
    'Italy': Share,
  }),
  note: v.optional(Text),
  sources: Sources,
})
export type ExportPeriod = v.InferOutput<typeof ExportPeriodSchema>

// ---------------------------------------------------------------- reasons

export const REASON_IDS = ['needs', 'industry', 'markets'] as const
export type ReasonId = typeof REASON_IDS[number]

export const ReasonSchema = v.strictObject({
  id: v.picklist(REASON_IDS, issue => `unknown reason "${String(issue.input)}"`),
  title: Text,
  /** China's side, in the essay's own terms. */
  china: Text,
  /** Russia's side, in the essay's own terms. */
  russia: Text,
  /** The essay's sentence stating the reason. */
  essayLine: Text,
  /** What the record adds (optional context from the research). */
  recordNote: v.optional(Text),
  sources: Sources,
})
export type Reason = v.InferOutput<typeof ReasonSchema>

// ---------------------------------------------------------------- claims

export const VERDICTS = ['confirmed', 'partly', 'disputed', 'not supported'] as const
export type Verdict = typeof VERDICTS[number]

export const ClaimSchema = v.strictObject({
  id: Id,
  /** The essay's claim, quoted. */
  essay: Text,
  /** What the record says: short enough for a slide callout. */
  record: v.pipe(
    Text,
    v.check(
      (s: string) => s.split(/\s+/).length <= 35,
      issue => `record text has ${String(issue.input).split(/\s+/).length} words (at most 35)`,
    ),
  ),
  verdict: v.picklist(VERDICTS, issue => `unknown verdict "${String(issue.input)}" (expected one of: ${VERDICTS.join(', ')})`),
  /** Related project id, if any. */
  project: v.optional(Id),
  sources: Sources,
})
export type Claim = v.InferOutput<typeof ClaimSchema>

export const SUBJECTS = ['projects', 'europe', 'exports', 'reasons', 'claims'] as const
export type Subject = typeof SUBJECTS[number]
