// The essay's three reasons, China and Russia side by side in the essay's own words
// (content/essay.txt), with what the record adds where it adds something.
import type { Reason } from './schema'

export const reasons = [
  {
    id: 'needs',
    title: 'Different military needs and goals',
    china: 'A big power with "its own strategic interests and security considerations"; will not "completely obey" the other\'s will',
    russia: 'The same: its own interests, "a lot of reservations and restrictions", "unwilling to share their core technologies"',
    essayLine: 'China and Russia do not have the same military needs and development goals.',
    recordNote: 'Most deals were purchases with no production rights (Su-30MKK, Su-35). The one licence, the J-11, stopped c.2004 when China built its own J-11B.',
    sources: ['jdw-2004-su30mk2', 'flight-su27-assembly'],
    checked: '2026-11-26',
  },
  {
    id: 'industry',
    title: 'A gap in industry and technology',
    china: 'Industrial level and technological capabilities "have improved significantly in recent years"',
    russia: '"Lagging behind"',
    essayLine: 'China\'s industrial level and technological capabilities have improved significantly in recent years, while Russia is lagging behind.',
    recordNote: 'CR929: Russia\'s UAC left as partner in 2023, citing sanctions; China carries on alone as the C929. AHL: China leads design and production, Russia is technical partner.',
    sources: ['aviationweek-2023-cr929-exit', 'shephard-ahl-inches-forward'],
    checked: '2026-11-26',
  },
  {
    id: 'markets',
    title: 'Different markets and competition',
    china: 'Market demand "is greater and there are more competitors"',
    russia: 'Market "relatively small", competitors "fewer"',
    essayLine: 'The market demand in China is greater and there are more competitors, while Russia is relatively small and fewer.',
    recordNote: 'SIPRI 2020–24: Russia 7.8% of world arms exports (21% in 2015–19), China 5.9%; the United States 43%.',
    sources: ['sipri-2025-factsheet', 'voz-2025-sipri'],
    checked: '2026-11-26',
  },
] as const satisfies readonly Reason[]

export type ReasonId = typeof reasons[number]['id']
