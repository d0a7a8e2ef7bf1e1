// SIPRI arms-export shares by five-year period. Facts: /work/shared/research/arms-export-shares.json.
// A share is null when that release does not give it (never read as zero).
import { type ExportCountry, type ExportPeriod, ExportPeriodSchema } from './schema'
import { source, validateRecords } from './validate'

export const EXPORT_UNIT = 'share of global exports of major arms, per cent, SIPRI trend-indicator values over five-year periods'
export const EXPORT_CAVEAT = 'SIPRI revises its data every year: a share quoted from one release can differ slightly from another release\'s figure for the same period. Each period names its release.'

const raw: ExportPeriod[] = [
  {
    id: '2008-12',
    period: '2008–12',
    startYear: 2008,
    endYear: 2012,
    release: 'SIPRI press release, 18 Mar 2013',
    shares: { 'United States': 30, 'Russia': 26, 'France': 6, 'Germany': 7, 'China': 5, 'Italy': null },
    sources: [
      source('SIPRI, \'New SIPRI data on arms transfers: China replaces UK as world\'s fifth largest arms exporter\' – https://www.sipri.org/news/2013/new-sipri-data-arms-transfers-china-replaces-uk-worlds-fifth-largest-arms-exporter'),
      source('Core Communique (press release text) – https://www.corecommunique.com/china-replaces-united-kingdom-as-worlds-fifth-largest-arms-exporter/'),
    ],
  },
  {
    id: '2010-14',
    period: '2010–14',
    startYear: 2010,
    endYear: 2014,
    release: 'SIPRI data, Mar 2015, as reported by AP',
    shares: { 'United States': 31, 'Russia': 27, 'France': null, 'Germany': null, 'China': 5, 'Italy': null },
    sources: [
      source('The Gun Mag (AP report) – http://thegunmag.com/china-gains-ground-in-world-arms-sales'),
      source('NextBigFuture (SIPRI release text) – https://www.nextbigfuture.com/2015/03/china-is-third-largest-arms-and-usa-is.html'),
    ],
  },
  {
    id: '2015-19',
    period: '2015–19',
    startYear: 2015,
    endYear: 2019,
    release: 'SIPRI fact sheet, Mar 2020',
    shares: { 'United States': 36, 'Russia': 21, 'France': null, 'Germany': null, 'China': null, 'Italy': null },
    note: 'Top five in order: United States, Russia, France, Germany, China. The 2025 release gives the United States 35 and France 8.6 for this period.',
    sources: [
      source('SIPRI fact sheet \'Trends in international arms transfers, 2019\' (copy) – https://docslib.org/doc/13346192/trends-in-international-arms-transfers-2019-3'),
      source('GKToday – https://www.gktoday.in/current-affairs/united-states-leads-arms-exporting-countries/'),
      source('Statista (FR), 2025 – https://fr.statista.com/infographie/34086/plus-grands-exportateurs-armes'),
    ],
  },
  {
    id: '2020-24',
    period: '2020–24',
    startYear: 2020,
    endYear: 2024,
    release: 'SIPRI fact sheet, Mar 2025',
    shares: { 'United States': 43, 'Russia': 7.8, 'France': 9.6, 'Germany': null, 'China': 5.9, 'Italy': 4.8 },
    note: 'Russia\'s exports fell 64% from 2015–19; its main recipients in 2020–24: India 38%, China 17%, Kazakhstan 11%.',
    sources: [
      source('Voz, \'U.S. increases its lead as the world\'s largest arms exporter\' (10 Mar 2025) – https://voz.us/en/society/250310/21985/u-s-increases-its-lead-as-the-world-s-largest-arms-exporter.html'),
      source('Statista (FR), 2025 – https://fr.statista.com/infographie/34086/plus-grands-exportateurs-armes'),
      source('SIPRI fact sheet 2025 (introduction) – https://www.sipri.org/uk/node/7510'),
    ],
  },
]

export const exportPeriods: ExportPeriod[] = validateRecords('exports', ExportPeriodSchema, raw)

/** A country's share in a period; null when that release does not give it. */
export function shareOf(period: ExportPeriod, country: ExportCountry): number | null {
  return period.shares[country]
}
