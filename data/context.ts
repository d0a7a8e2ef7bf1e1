// What the essay leaves out: facts of the 30-year record that change the picture the essay's
// eight projects give, for one slide ("What the essay leaves out"). Each note has a headline for
// the back row (`short`, at most 10 words) and its detail (`text`, at most 30 words) for the
// handout and the PDF, and, like every record, names its sources and the day it was last checked.
import type { ContextNote } from './schema'

export const context = [
  {
    id: 'near-sole-supplier',
    short: '1992–2008: Russia supplied over 90% of China\'s major arms',
    text: 'By 2008 Russia had supplied over 90% of China\'s major-arms imports since 1992 (SIPRI), including 12 Kilo-class submarines the essay never mentions.',
    sources: ['sipri-2008-holtom-ria', 'chicagotribune-1997-kilo', 'nosint-2005-kilo'],
    checked: '2026-11-28',
  },
  {
    id: 'newest-first',
    short: 'China: first foreign buyer of the Su-35 and S-400',
    text: 'Russia sold China its newest systems first: China was the first foreign buyer of the Su-35 (2015) and the S-400 (2014 contract, over US$3bn, deliveries from 2018).',
    sources: ['baonghean-2015-su35', 'vedomosti-2014-s400', 'armyrecognition-2018-s400'],
    checked: '2026-11-28',
  },
  {
    id: 'russian-engines',
    short: 'Russian engines power the H-6K, the Y-20 and the JF-17',
    text: 'Russian engines powered Chinese aircraft into the 2020s: 463 D-30KP-2s for the H-6K bomber and Y-20 transport (2009–20), and RD-93s for the JF-17.',
    sources: ['anbound-2022-engines', 'vietnamdefence-2016-d30', 'flight-2005-rd93'],
    checked: '2026-11-28',
  },
  {
    id: 'early-warning',
    short: '2019: Russia helps China build missile early warning',
    text: 'In Oct 2019 Putin said Russia was helping China build a missile-attack early-warning system, which only Russia and the US then had.',
    sources: ['moscowtimes-2019-early-warning'],
    checked: '2026-11-28',
  },
  {
    id: 'copying',
    short: 'Russia called China\'s J-11B an unlicensed Su-27 copy',
    text: 'Russia\'s reserve had a cause: it called China\'s J-11B an unlicensed copy of the Su-27SK, and sold RD-93 engines with a reported ban on re-export.',
    sources: ['cam-2015-flanker', 'flight-2005-rd93'],
    checked: '2026-11-28',
  },
  {
    id: 'market-flipped',
    short: '2021–25: China\'s arms exports (5.6%) near Russia\'s (6.8%)',
    text: 'The market has turned: in 2021–25 China took 13% of Russia\'s arms exports, and China\'s own exports (5.6% of the world\'s) nearly matched Russia\'s (6.8%).',
    sources: ['dagens-2026-sipri-2021-25'],
    checked: '2026-11-28',
  },
] as const satisfies readonly ContextNote[]
