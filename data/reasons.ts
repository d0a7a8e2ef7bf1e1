// The essay's three reasons, China and Russia side by side in the essay's own words
// (content/essay.txt), with what the record adds where it adds something.
import { type Reason, ReasonSchema } from './schema'
import { source, validateRecords } from './validate'

const SIPRI_2025 = source('SIPRI fact sheet 2025 (introduction) – https://www.sipri.org/uk/node/7510')
const SIPRI_2025_VOZ = source('Voz, \'U.S. increases its lead as the world\'s largest arms exporter\' (10 Mar 2025) – https://voz.us/en/society/250310/21985/u-s-increases-its-lead-as-the-world-s-largest-arms-exporter.html')

const raw: Reason[] = [
  {
    id: 'needs',
    title: 'Different military needs and goals',
    china: 'A big power with "its own strategic interests and security considerations"; will not "completely obey" the other\'s will',
    russia: 'The same: its own interests, "a lot of reservations and restrictions", "unwilling to share their core technologies"',
    essayLine: 'China and Russia do not have the same military needs and development goals.',
    recordNote: 'Most deals were purchases with no production rights (Su-30MKK, Su-35). The one licence, the J-11, stopped c.2004 when China built its own J-11B.',
    sources: [
      source('JDW via Key Publishing (31 Mar 2004) – https://keypublishing.wordpress-developer.us/?p=142136'),
      source('Flight, \'China considers changes to Su-27 Sukhoi assembly deal\' – https://www.flightglobal.com/china-considers-changes-to-su-27-sukhoi-assembly-deal/57541.article'),
    ],
  },
  {
    id: 'industry',
    title: 'A gap in industry and technology',
    china: 'Industrial level and technological capabilities "have improved significantly in recent years"',
    russia: '"Lagging behind"',
    essayLine: 'China\'s industrial level and technological capabilities have improved significantly in recent years, while Russia is lagging behind.',
    recordNote: 'CR929: Russia\'s UAC left as partner in 2023, citing sanctions; China carries on alone as the C929. AHL: China leads design and production, Russia is technical partner.',
    sources: [
      source('Aviation Week, \'Russia\'s Exit From CR929 JV Underlines Sanctions Impact\' – https://aviationweek.com/aerospace/manufacturing-supply-chain/russias-exit-cr929-jv-underlines-sanctions-impact'),
      source('Shephard, \'China\'s AHL programme inches forward\' – https://www.shephardmedia.com/news/air-warfare/chinas-ahl-programme-inches-forward/'),
    ],
  },
  {
    id: 'markets',
    title: 'Different markets and competition',
    china: 'Market demand "is greater and there are more competitors"',
    russia: 'Market "relatively small", competitors "fewer"',
    essayLine: 'The market demand in China is greater and there are more competitors, while Russia is relatively small and fewer.',
    recordNote: 'SIPRI 2020–24: Russia 7.8% of world arms exports (21% in 2015–19), China 5.9%; the United States 43%.',
    sources: [SIPRI_2025, SIPRI_2025_VOZ],
  },
]

export const reasons: Reason[] = validateRecords('reasons', ReasonSchema, raw)

export function reasonById(id: string): Reason | undefined {
  return reasons.find(r => r.id === id)
}
