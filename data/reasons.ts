// The essay's three reasons, China and Russia side by side in the essay's own words
// (content/essay.txt), with what the record adds where it adds something.
import type { Reason } from './schema.ts'

export const reasons = [
  {
    id: 'needs',
    title: 'Different military needs and goals',
    china: 'A big power with "their own strategic interests"; "unwilling to share their core technologies"',
    russia: 'The same: "their own strategic interests"; "unwilling to share their core technologies"',
    essayLine: 'First, China and Russia do not have the same military needs and development goals.',
    recordNote: 'China mostly bought finished systems. Its main licence, the J-11 (1996), was kit assembly and stopped halfway; licences for the S-300PMU and the Mi-171 were also reported.',
    evidence: [
      { source: 'flight-1995-s300-licence', quote: 'China is already understood to have received clearance for licence manufacture of the Fakel S-300PMU (SA-10 Grumble) long-range surface-to-air missile, which is dubbed the HQ-10' },
      { source: 'strategypage-2014-mi171', quote: 'In 2008 China signed deals that allows it to legally manufacture the Mi-171' },
    ],
    sources: ['jdw-2004-su30mk2', 'aviatia-j11', 'cam-2015-flanker', 'flight-1995-s300-licence', 'strategypage-2014-mi171'],
    checked: '2026-12-02',
  },
  {
    id: 'industry',
    title: 'A gap in industry and technology',
    china: 'Industrial level and technological capabilities "have improved significantly in recent years"',
    russia: 'Is "lagging behind"',
    essayLine: 'But in general, China\'s industrial level and technological capabilities have improved significantly in recent years, while Russia is lagging behind.',
    recordNote: 'China now leads: Russia left CR929 (2023) and supplies AHL parts. Yet China\'s own fighters, bomber and transport flew on Russian engines: AL-31F/FN, D-30KP-2 (deliveries to 2020), RD-93.',
    evidence: [
      { source: 'ain-2012-al31f', quote: 'China may now have ordered more than 250 AL31FNs for the J-10' },
    ],
    sources: ['airdatanews-2023-cr929', 'vedomosti-2021-ahl-contract', 'ain-2012-al31f', 'anbound-2022-engines', 'vietnamdefence-2016-d30', 'flight-2005-rd93'],
    checked: '2026-12-02',
  },
  {
    id: 'markets',
    title: 'Different markets and competition',
    china: 'Market demand "is greater and there are more competitors"',
    russia: 'Market "relatively small", competitors "fewer"',
    essayLine: 'But in general, the market demand in China is greater and there are more competitors, while Russia is relatively small and fewer.',
    recordNote: 'SIPRI 2021–25: Russia 3rd with 6.8% of world arms exports (21% in 2016–20), China 5th with 5.6%, the US 42%. China took 13% of Russian arms exports, India 48%.',
    sources: ['dagens-2026-sipri-2021-25'],
    checked: '2026-12-02',
  },
] as const satisfies readonly Reason[]

export type ReasonId = typeof reasons[number]['id']
