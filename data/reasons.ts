// The essay's three reasons, China and Russia side by side in the essay's own words
// (content/essay.txt), with what the record adds where it adds something.
import type { Reason } from './schema'

export const reasons = [
  {
    id: 'needs',
    title: 'Different military needs and goals',
    china: 'A big power with "their own strategic interests"; "unwilling to share their core technologies"',
    russia: 'The same: "their own strategic interests"; "unwilling to share their core technologies"',
    essayLine: 'First, China and Russia do not have the same military needs and development goals.',
    recordNote: 'China mostly bought finished systems. The one licence (J-11, 1996) was assembly only and stopped about halfway, when China built its own J-11B.',
    sources: ['jdw-2004-su30mk2', 'aviatia-j11', 'cam-2015-flanker'],
    checked: '2026-11-28',
  },
  {
    id: 'industry',
    title: 'A gap in industry and technology',
    china: 'Industrial level and technological capabilities "have improved significantly in recent years"',
    russia: 'Is "lagging behind"',
    essayLine: 'But in general, China\'s industrial level and technological capabilities have improved significantly in recent years, while Russia is lagging behind.',
    recordNote: 'CR929: UAC left as partner in 2023, citing sanctions; COMAC goes on alone. AHL: China leads, Russia builds components under contract. Yet China flew Russian engines (D-30KP-2, RD-93, AL-31F) into the 2020s.',
    sources: ['airdatanews-2023-cr929', 'vedomosti-2021-ahl-contract', 'anbound-2022-engines', 'flight-2005-rd93'],
    checked: '2026-11-28',
  },
  {
    id: 'markets',
    title: 'Different markets and competition',
    china: 'Market demand "is greater and there are more competitors"',
    russia: 'Market "relatively small", competitors "fewer"',
    essayLine: 'But in general, the market demand in China is greater and there are more competitors, while Russia is relatively small and fewer.',
    recordNote: 'SIPRI 2021–25: Russia 3rd with 6.8% of world arms exports (21% in 2016–20), China 5th with 5.6%, the US 42%. China took 13% of Russian arms exports, India 48%.',
    sources: ['dagens-2026-sipri-2021-25'],
    checked: '2026-11-28',
  },
] as const satisfies readonly Reason[]

export type ReasonId = typeof reasons[number]['id']
