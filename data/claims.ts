// Fact checks: the essay's words (quoted verbatim from content/essay.txt) against the public
// record, with a verdict on the scale in data/vocabulary.ts. Each record text is short enough for
// a slide callout.
import type { Claim } from './schema'

export const claims = [
  {
    id: 'cr929-terminated',
    project: 'cr929',
    essay: 'Recently, the Sino-Russian cooperation project CR929 joint passenger aircraft in the field of civil aviation was officially terminated.',
    record: 'Not terminated. Russia\'s UAC left as partner in 2023, citing sanctions; COMAC continues alone as the C929, with Air China named first customer in Nov 2024.',
    verdict: 'partly',
    sources: ['aviationweek-2023-cr929-exit', 'aviation24-2024-c929-air-china'],
    checked: '2026-11-26',
  },
  {
    id: 'z20-answer',
    project: 'ahl',
    essay: 'In the end, China developed the Z-20 independently, while Russia did not have a clear follow-up plan',
    record: 'The Z-20 is a ~10 t medium helicopter (UH-60 class), not heavy-lift. Its programme began in 2006 and it first flew in Dec 2013, before the AHL agreements of 2015–16.',
    verdict: 'misleading',
    sources: ['wikipedia-z20', 'globalsecurity-ahl', 'ain-2015-ahl-deal'],
    checked: '2026-11-26',
  },
  {
    id: 'ahl-stalled',
    project: 'ahl',
    essay: 'the project also encountered many difficulties … resulting in slow progress and rising costs.',
    record: 'Slow, but not stopped: development contract signed 25 June 2021; Russian officials said in May 2024 it was on schedule. An engine problem (Ukrainian D-136) was reported in 2020.',
    verdict: 'partly',
    sources: ['shephard-ahl-inches-forward', 'tass-2024-ahl', 'globalsecurity-ahl'],
    checked: '2026-11-26',
  },
  {
    id: 'thunder-success',
    project: 'jf17',
    essay: 'except for a few successful examples, such as the "Thunder" fighter and the J-11A fighter',
    record: 'The FC-1/JF-17 Thunder was developed by China and Pakistan (1999 agreement, ~US$500m shared). Russia supplied the RD-93 engine; Mikoyan design help is disputed.',
    verdict: 'misleading',
    sources: ['allaero-fc1-jf17', 'sinodefence-jf17', 'idrw-jf17-origins'],
    checked: '2026-11-26',
  },
  {
    id: 'su35sk',
    project: 'su35',
    essay: 'And the Su-35SK fighter and the "Modern" class destroyer are directly purchased by China under special circumstances',
    record: 'A direct purchase, yes, but sources say Su-35, not "Su-35SK": 24 aircraft, contract 19 Nov 2015, about US$2bn at signing (Rostec later cited ~US$2.5bn).',
    verdict: 'partly',
    sources: ['tass-2017-su35', 'swissinfo-reuters-su35-deliveries'],
    checked: '2026-11-26',
  },
  {
    id: 'j11a',
    project: 'j11',
    essay: 'such as the "Thunder" fighter and the J-11A fighter',
    record: 'The licence-built Su-27SK is the J-11: 200 kits planned, about 95–105 built, halted c.2004. The J-11A is the later upgraded variant.',
    verdict: 'partly',
    sources: ['piglix-j11', 'jdw-2004-su30mk2', 'flight-su27-assembly'],
    checked: '2026-11-26',
  },
  {
    id: 'tens-of-billions',
    essay: 'China and Russia have cooperated for 30 years and invested tens of billions of dollars',
    record: 'Plausible in scale, but mostly Chinese purchases, not joint investment: Rosoboronexport put deals since 2001 at US$16bn. No single source gives a 30-year total.',
    verdict: 'partly',
    sources: ['sputnik-2009-16bn', 'atlanticsentinel-2010-arms-sales'],
    checked: '2026-11-26',
  },
  {
    id: 'il76-supplied',
    project: 'il76_il78',
    essay: 'the Su-30MKK fighter and the Il-76 78 transport aircraft tanker are all requested by China, and Russia provides the finished product',
    record: 'The 2005 order for 34 Il-76MD + 4 Il-78 (~US$1.5bn) collapsed c.2006–09; no confirmed new-build deliveries. China bought 10 refurbished Il-76s in 2012.',
    verdict: 'partly',
    sources: ['globalsecurity-il76-production', 'strategypage-2012-il76'],
    checked: '2026-11-26',
  },
  {
    id: 'exporters',
    essay: 'Both China and Russia are among the world\'s largest arms exporters',
    record: 'True. SIPRI 2020–24: Russia 3rd (7.8% of world exports, down from 21% in 2015–19), China 4th (5.9%), behind the US (43%) and France (9.6%).',
    verdict: 'confirmed',
    sources: ['sipri-2025-factsheet', 'voz-2025-sipri'],
    checked: '2026-11-26',
  },
] as const satisfies readonly Claim[]

export type ClaimId = typeof claims[number]['id']
