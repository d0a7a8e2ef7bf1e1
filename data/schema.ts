// The shape of every record, as valibot schemas: what the deck check (check/) enforces before
// Slidev serves or writes anything. The types the data files satisfy are inferred from these
// schemas, so the two never drift apart. Data files and components import types from here
// (`import type`), never values, so valibot stays out of the audience's browser. A reference from
// one record to another (a source key, a project id) is a string here; the deck check resolves it.
import type { Source, SourceKey } from './sources.ts'
import * as v from 'valibot'
import { RECORD_DATE } from './record.ts'
import { AREAS, EXPORT_COUNTRIES, LABELS, MODES, VERDICTS } from './vocabulary.ts'

/** A number from `min` to `max`; `what` names it in the message ("year 1850 is out of range 1950–2030"). */
function InRange(min: number, max: number, what: string) {
  return v.check((n: number) => n >= min && n <= max, issue => `${what} ${String(issue.input)} is out of range ${min}–${max}`)
}

/** A whole year within the deck's range. */
const Year = v.pipe(v.number('expected a year (number)'), v.integer('expected a whole year'), InRange(1950, 2030, 'year'))

const Text = v.pipe(v.string('expected text'), v.regex(/\S/, 'must not be empty'))
const ShortText = (max: number) => v.pipe(Text, v.maxLength(max, issue => `has ${String(issue.input).length} characters (at most ${max})`))
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
/** Words as a reader counts them: between spaces, and in Chinese, which has none, as segmented. */
function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).reduce((n, token) => n + (/\p{Script=Han}/u.test(token)
    ? [...segmenter.segment(token)].filter(w => w.isWordLike).length
    : 1), 0)
}
/** Text of at most `max` words, short enough for a slide; `what` names it ("note has 31 words (at most 30)"). */
function Words(max: number, what: string) {
  return v.pipe(Text, v.check((s: string) => wordCount(s) <= max, issue => `${what} has ${wordCount(String(issue.input))} words (at most ${max})`))
}

/** A list with at least `min` items; readonly, so data files can be `as const` literals. */
function List<T extends v.GenericSchema>(item: T, min: number, what: string) {
  return v.pipe(v.array(item, `expected a list of ${what}`), v.minLength(min, `at least ${min} ${what} required`), v.readonly())
}

const Id = v.pipe(
  v.string('expected an id (text)'),
  v.regex(/^[a-z0-9][a-z0-9_-]*$/, issue => `id "${String(issue.input)}" must be lower-case letters, digits, "-" or "_"`),
)

/** A calendar date that exists: 'YYYY-MM-DD'. */
const IsoDate = v.pipe(
  v.string('expected a date (text)'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, issue => `"${String(issue.input)}" is not a date written YYYY-MM-DD`),
  v.check(s => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), issue => `"${String(issue.input)}" is not a real date`),
)

/** The day a record was last checked against its sources: a real date, not after the record date (data/record.ts). */
const Checked = v.pipe(
  IsoDate,
  v.check(s => s <= new Date().toISOString().slice(0, 10), issue => `${String(issue.input)} is in the future`),
  v.check(s => s <= RECORD_DATE, issue => `${String(issue.input)} is after the record date ${RECORD_DATE} (data/record.ts): move that forward too`),
)

/** The date a figure describes, as precise as the source: 'YYYY-MM' or 'YYYY-MM-DD'. */
const AsOf = v.pipe(
  v.string('expected a date (text)'),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, issue => `"${String(issue.input)}" is not YYYY-MM or YYYY-MM-DD`),
  v.check(s => s <= RECORD_DATE, issue => `${String(issue.input)} is after the record date ${RECORD_DATE}`),
)

/** An http(s) URL. `v.url()` alone accepts javascript:, ftp:, data: … so the scheme is checked too. */
const HttpUrl = v.pipe(
  v.string('expected a URL (text)'),
  v.regex(/^https?:\/\//i, issue => `"${String(issue.input)}" is not an http(s) URL`),
  v.url(issue => `"${String(issue.input)}" is not a valid URL`),
)

// ---------------------------------------------------------------- sources

export const SourceSchema: v.GenericSchema<Source> = v.strictObject({
  publisher: Text,
  title: Text,
  /** Publication date, as precise as known: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  date: v.optional(v.pipe(
    v.string('expected a date (text)'),
    v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, issue => `"${String(issue.input)}" is not YYYY, YYYY-MM or YYYY-MM-DD`),
  )),
  url: HttpUrl,
})

/** A key in data/sources.ts. */
const SourceRef = v.custom<SourceKey>(input => typeof input === 'string', 'expected a source key (text)')
const Sources = List(SourceRef, 1, 'source')

/** A short passage copied from a cited page, word for word, that supports the record: a reviewer checks it without searching. */
const Evidence = v.strictObject({
  source: SourceRef,
  quote: Words(30, 'quote'),
  /** The quote in English, when the page is in another language. */
  translation: v.optional(Text),
})
const EvidenceList = List(Evidence, 1, 'quote')

/** Where sources disagree: what about, and each side with its sources. The handout gives the sides. */
const Dispute = v.strictObject({
  about: ShortText(60),
  /** The column a table shows the disputed fact in: that cell says "disputed". */
  shownIn: v.optional(v.picklist(['units', 'outcome', 'figure'], issue => `unknown column "${String(issue.input)}" (expected units, outcome or figure)`)),
  sides: List(v.strictObject({ says: Text, sources: Sources }), 2, 'sides'),
})

/** A ban, a contract, a partnership: when it began and, if it did, when it ended. */
const Condition = v.strictObject({
  what: Text,
  from: AsOf,
  /** When it ended; null while it stands (as of the record's `asOf`). */
  until: v.nullable(AsOf),
  sources: Sources,
})

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
    short: ShortText(18),
    kind: Text,
    partners: List(Text, 1, 'partner'),
    mode: v.picklist(MODES, issue => `unknown cooperation mode "${String(issue.input)}" (expected one of: ${MODES.join(', ')})`),
    startYear: Year,
    /** Year the Sino-Russian part ended; null while ongoing. */
    endYear: v.nullable(Year),
    status: Text,
    units: v.strictObject({ planned: Count, delivered: Count }),
    /** Longer detail behind the units figures. */
    unitsNote: v.optional(Text),
    /** Did Russia share core technology (design, engines, radar…)? null = not known. */
    coreTechShared: v.nullable(v.boolean('expected true, false or null')),
    coreTechNote: v.optional(Text),
    outcome: Text,
    /** Outcome in a few words, for the table. */
    outcomeShort: ShortText(32),
    /** What the essay says about it; absent for a project the essay never mentions. */
    essaySays: v.optional(Text),
    record: Text,
    /** The date the figures and status of a project still going on describe. */
    asOf: v.optional(AsOf),
    disputes: v.optional(List(Dispute, 1, 'dispute')),
    conditions: v.optional(List(Condition, 1, 'condition')),
    evidence: v.optional(EvidenceList),
    sources: Sources,
    checked: Checked,
  }),
  v.forward(
    v.partialCheck(
      [['startYear'], ['endYear']],
      input => input.endYear === null || input.endYear >= input.startYear,
      issue => `end year ${String((issue.input as { endYear: unknown }).endYear)} is before the start year`,
    ),
    ['endYear'],
  ),
  v.forward(
    v.partialCheck([['endYear'], ['asOf']], input => input.endYear !== null || input.asOf !== undefined, () => 'a project still going on (endYear: null) needs the date its figures describe (YYYY-MM)'),
    ['asOf'],
  ),
)
export type Project = v.InferOutput<typeof ProjectSchema>

// ---------------------------------------------------------------- europe

export const EuropeProgrammeSchema = v.pipe(v.strictObject({
  id: Id,
  name: Text,
  short: Text,
  partners: List(Text, 2, 'partners'),
  partnersShort: Text,
  startYear: Year,
  firstFlightOrService: Text,
  /** Year of entry into service (or first delivery); null = not known. */
  serviceYear: v.nullable(Year),
  unitsBuilt: Count,
  unitsNote: v.optional(Text),
  workShare: Text,
  workShareShort: ShortText(48),
  outcome: Text,
  outcomeShort: ShortText(48),
  /** Year production ended; null while the programme is still producing or delivering. */
  endYear: v.nullable(Year),
  /** The date the figures of a programme still going on describe. */
  asOf: v.optional(AsOf),
  disputes: v.optional(List(Dispute, 1, 'dispute')),
  evidence: v.optional(EvidenceList),
  sources: Sources,
  checked: Checked,
}), v.forward(
  v.partialCheck([['endYear'], ['asOf']], input => input.endYear !== null || input.asOf !== undefined, () => 'a programme still going on (endYear: null) needs the date its figures describe (YYYY-MM)'),
  ['asOf'],
))
export type EuropeProgramme = v.InferOutput<typeof EuropeProgrammeSchema>

// ---------------------------------------------------------------- exports

const Share = v.nullable(v.pipe(v.number('expected a percentage'), InRange(0, 100, 'share')))

export const ExportPeriodSchema = v.strictObject({
  id: Id,
  /** Display label, e.g. "2008–12". */
  period: Text,
  startYear: Year,
  endYear: Year,
  release: Text,
  /** Per cent of world exports of major arms; null = not given in that release. */
  shares: v.strictObject(Object.fromEntries(EXPORT_COUNTRIES.map(c => [c, Share])) as Record<typeof EXPORT_COUNTRIES[number], typeof Share>),
  note: v.optional(Text),
  evidence: v.optional(EvidenceList),
  sources: Sources,
  checked: Checked,
})
export type ExportPeriod = v.InferOutput<typeof ExportPeriodSchema>

// ---------------------------------------------------------------- reasons

export const ReasonSchema = v.strictObject({
  id: Id,
  title: Text,
  /** China's side, in the essay's own terms. */
  china: Text,
  /** Russia's side, in the essay's own terms. */
  russia: Text,
  /** The essay's sentence stating the reason. */
  essayLine: Text,
  /** What the record adds (optional context from the research). */
  recordNote: v.optional(Words(30, 'record note')),
  evidence: v.optional(EvidenceList),
  sources: Sources,
  checked: Checked,
})
export type Reason = v.InferOutput<typeof ReasonSchema>

// ---------------------------------------------------------------- claims

export const ClaimSchema = v.strictObject({
  id: Id,
  /** The essay's words, verbatim (parts joined by " … "); the check finds each part in content/essay.txt. */
  essay: Text,
  verdict: v.picklist(VERDICTS, issue => `unknown verdict "${String(issue.input)}" (expected one of: ${VERDICTS.join(', ')})`),
  /** What the record says: 1–2 sentences, short enough for a slide; its first words agree with the verdict. */
  record: Words(35, 'record text'),
  /** The record in a few words, for the slide's fact-check row (<FactCheck>). */
  short: Words(8, 'short answer'),
  /** The project it is about, if any (an id in data/projects.ts). */
  project: v.optional(Id),
  /** The date the record's figures describe, when they are about something still going on. */
  asOf: v.optional(AsOf),
  disputes: v.optional(List(Dispute, 1, 'dispute')),
  evidence: EvidenceList,
  sources: Sources,
  checked: Checked,
})
export type Claim = v.InferOutput<typeof ClaimSchema>

// ---------------------------------------------------------------- deals

/** A China–Russia deal or programme of the record, by area: what the essay names and what it leaves out. */
export const DealSchema = v.pipe(v.strictObject({
  id: Id,
  area: v.picklist(AREAS, issue => `unknown area "${String(issue.input)}" (expected one of: ${AREAS.join(', ')})`),
  /** What it was, for a table cell: "AL-31F/FN engines for the J-10". */
  name: ShortText(48),
  /** Years for the table: "2003–11", "since 2014". */
  years: ShortText(16),
  startYear: Year,
  /** Year it ended (the last delivery); null while it goes on. */
  endYear: v.nullable(Year),
  /** How: "bought", "licence", "joint development", "help", for the table. */
  how: ShortText(24),
  /** The figure that matters, for the table: "400+ engines ordered". */
  figure: ShortText(48),
  /** The date the figure describes, for a deal still going on. */
  asOf: v.optional(AsOf),
  /** Changes the picture the essay paints, and the essay leaves it out: on "What the essay leaves out". */
  leftOut: v.boolean('expected true or false'),
  label: v.optional(v.picklist(LABELS, issue => `unknown label "${String(issue.input)}" (expected one of: ${LABELS.join(', ')})`)),
  /** One or two sentences for the handout. */
  note: Words(40, 'note'),
  disputes: v.optional(List(Dispute, 1, 'dispute')),
  conditions: v.optional(List(Condition, 1, 'condition')),
  evidence: EvidenceList,
  sources: Sources,
  checked: Checked,
}), v.forward(
  v.partialCheck([['endYear'], ['asOf']], input => input.endYear !== null || input.asOf !== undefined, () => 'a deal still going on (endYear: null) needs the date its figure describes (YYYY-MM)'),
  ['asOf'],
))
export type Deal = v.InferOutput<typeof DealSchema>

// ---------------------------------------------------------------- since

/** What changed since the essay (2022–2026): one event per record, for one slide. */
export const SinceSchema = v.strictObject({
  id: Id,
  /** When it happened: 'YYYY-MM'. */
  date: AsOf,
  /** For the slide's table: at most 12 words. */
  headline: Words(12, 'headline'),
  /** For the handout. */
  detail: Words(45, 'detail'),
  label: v.optional(v.picklist(LABELS, issue => `unknown label "${String(issue.input)}" (expected one of: ${LABELS.join(', ')})`)),
  evidence: EvidenceList,
  sources: Sources,
  checked: Checked,
})
export type SinceEvent = v.InferOutput<typeof SinceSchema>
