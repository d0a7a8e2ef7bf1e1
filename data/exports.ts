// SIPRI arms-export shares by five-year period. A share is null when that release does not give
// it (never read as zero).
import type { ExportPeriod } from './schema'

export const EXPORT_CAVEAT = 'SIPRI revises its data every year: a share quoted from one release can differ slightly from another release\'s figure for the same period. Each period names its release.'

export const exportPeriods = [
  {
    id: '2008-12',
    period: '2008–12',
    startYear: 2008,
    endYear: 2012,
    release: 'SIPRI press release, 18 Mar 2013',
    shares: { 'United States': 30, 'Russia': 26, 'France': 6, 'Germany': 7, 'China': 5, 'Italy': null },
    sources: ['sipri-2013-china-fifth', 'corecommunique-2013-sipri'],
    checked: '2026-11-26',
  },
  {
    id: '2010-14',
    period: '2010–14',
    startYear: 2010,
    endYear: 2014,
    release: 'SIPRI data, Mar 2015, as reported by AP',
    shares: { 'United States': 31, 'Russia': 27, 'France': null, 'Germany': null, 'China': 5, 'Italy': null },
    sources: ['gunmag-2015-ap-sipri', 'nextbigfuture-2015-sipri'],
    checked: '2026-11-26',
  },
  {
    id: '2015-19',
    period: '2015–19',
    startYear: 2015,
    endYear: 2019,
    release: 'SIPRI fact sheet, Mar 2020',
    shares: { 'United States': 36, 'Russia': 21, 'France': null, 'Germany': null, 'China': null, 'Italy': null },
    note: 'Top five in order: United States, Russia, France, Germany, China. The 2025 release gives the United States 35 and France 8.6 for this period.',
    sources: ['sipri-2020-factsheet-copy', 'gktoday-us-leads', 'statista-2025-exporters'],
    checked: '2026-11-26',
  },
  {
    id: '2020-24',
    period: '2020–24',
    startYear: 2020,
    endYear: 2024,
    release: 'SIPRI fact sheet, Mar 2025',
    shares: { 'United States': 43, 'Russia': 7.8, 'France': 9.6, 'Germany': null, 'China': 5.9, 'Italy': 4.8 },
    note: 'Russia\'s exports fell 64% from 2015–19; its main recipients in 2020–24: India 38%, China 17%, Kazakhstan 11%.',
    sources: ['voz-2025-sipri', 'statista-2025-exporters', 'sipri-2025-factsheet'],
    checked: '2026-11-26',
  },
] as const satisfies readonly ExportPeriod[]
