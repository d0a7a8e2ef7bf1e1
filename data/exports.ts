// SIPRI arms-export shares by five-year period. A share is null when that release does not give
// it (never read as zero).
import type { ExportPeriod } from './schema.ts'

export const EXPORT_CAVEAT = 'SIPRI revises its data every year: a share quoted from one release can differ slightly from another release\'s figure for the same period. Each period names its release.'

export const exportPeriods = [
  {
    id: '2008-12',
    period: '2008–12',
    startYear: 2008,
    endYear: 2012,
    release: 'SIPRI press release, 18 Mar 2013',
    shares: { 'United States': 30, 'Russia': 26, 'France': 6, 'Germany': 7, 'China': 5, 'Italy': null },
    sources: ['sipri-2013-china-fifth', 'irishtimes-2013-sipri'],
    checked: '2026-12-02',
  },
  {
    id: '2010-14',
    period: '2010–14',
    startYear: 2010,
    endYear: 2014,
    release: 'SIPRI fact sheet, Mar 2015 (as reported)',
    shares: { 'United States': 31, 'Russia': 27, 'France': 5, 'Germany': 5, 'China': 5, 'Italy': null },
    note: 'China 3rd, just ahead of Germany and France (about 5% each).',
    sources: ['defenceturkey-2015-sipri'],
    checked: '2026-12-02',
  },
  {
    id: '2015-19',
    period: '2015–19',
    startYear: 2015,
    endYear: 2019,
    release: 'SIPRI fact sheet, Mar 2020',
    shares: { 'United States': 36, 'Russia': 21, 'France': 7.9, 'Germany': 5.8, 'China': 5.5, 'Italy': null },
    note: 'Top five in order: United States, Russia, France, Germany, China.',
    sources: ['sipri-fs-2020', 'germanforeignpolicy-2020-sipri', 'euronews-2020-sipri', 'ani-2021-china-arms-exports'],
    checked: '2026-12-02',
  },
  {
    id: '2020-24',
    period: '2020–24',
    startYear: 2020,
    endYear: 2024,
    release: 'SIPRI fact sheet, Mar 2025',
    shares: { 'United States': 43, 'Russia': 7.8, 'France': 9.6, 'Germany': 5.6, 'China': 5.9, 'Italy': 4.8 },
    note: 'Top five in order: United States, France, Russia, China, Germany (5.6%, as reported).',
    evidence: [
      { source: 'voz-2025-sipri', quote: 'Russia (7.8% of global exports) fell to third place behind France (9.6%), while Italy (4.8%) moved up from 10th to sixth place.' },
      { source: 'erem-2025-sipri', quote: 'واحتلت ألمانيا المرتبة الخامسة بنسبة 5.6% من صادرات الأسلحة العالمية.', translation: 'Germany ranked fifth with 5.6% of world arms exports.' },
    ],
    sources: ['sipri-2025-factsheet', 'voz-2025-sipri', 'indianwitness-2025-sipri-2020-24', 'erem-2025-sipri'],
    checked: '2026-12-02',
  },
  {
    id: '2021-25',
    period: '2021–25',
    startYear: 2021,
    endYear: 2025,
    release: 'SIPRI fact sheet, Mar 2026 (as reported)',
    shares: { 'United States': 42, 'Russia': 6.8, 'France': 9.8, 'Germany': 5.7, 'China': 5.6, 'Italy': 5.1 },
    note: 'Russia 3rd; Germany overtook China for 4th. Russia\'s exports fell 64% from 2016–20, when its share was 21% (20% in SIPRI\'s 2021 release); its main recipients: India 48%, China 13%, Belarus 13%.',
    evidence: [
      { source: 'dagens-2026-sipri-2021-25', quote: 'Germany ranked fourth with 5.7% of global exports, followed closely by China with 5.6%.' },
      { source: 'dagens-2026-sipri-2021-25', quote: 'The institute said Russian weapons exports fell by 64% compared with 2016-2020.' },
      { source: 'altusintel-2021-sipri', quote: 'Russian arms deliveries in the same period fell by 22 percent, now Russia’s share in the world arms market is 20 percent.' },
    ],
    sources: ['dagens-2026-sipri-2021-25', 'koreaherald-afp-2026-sipri', 'dlf-2026-sipri', 'altusintel-2021-sipri'],
    checked: '2026-12-02',
  },
] as const satisfies readonly ExportPeriod[]
