// Fact checks: the essay's words (quoted verbatim from content/essay.txt) against the public
// record, with a verdict on the scale in data/vocabulary.ts. `short` is the record in a line for
// the slide; `record` is the full answer for the notes, the handout and claims.json; `evidence`
// quotes a cited page word for word, so a reviewer can check the verdict without searching.
import type { Claim } from './schema.ts'

export const claims = [
  {
    id: 'tens-of-billions',
    essay: 'China and Russia have cooperated for 30 years and invested tens of billions of dollars',
    verdict: 'partly',
    record: 'Russian arms sales to China since 1990 add up to tens of billions: US$16bn in 2001–09 alone, plus the 1990s fighters and licences and the Su-35 and S-400. They were purchases, not joint investment.',
    short: 'Tens of billions in sales, not joint investment',
    evidence: [
      { source: 'pti-2010-rosoboronexport', quote: 'In the first decade of the century, beginning from 2001, China has bought USD 16 billion worth of arms from Russia' },
    ],
    sources: ['pti-2010-rosoboronexport', 'flight-2004-su30mk2', 'jdw-2004-su30mk2', 'tass-2016-china-orders', 'sipri-2008-holtom-ria'],
    checked: '2026-12-02',
  },
  {
    id: 'cr929-terminated',
    project: 'cr929',
    essay: 'the Sino-Russian cooperation project CR929 … was officially terminated',
    verdict: 'partly',
    record: 'The partnership did end: UAC said in Aug 2023 it was no longer a partner, citing sanctions. No joint termination was announced; COMAC goes on alone (C929), and Russia offers parts (Sept 2025).',
    short: 'The partnership ended; China goes on alone',
    asOf: '2025-09',
    evidence: [
      { source: 'airdatanews-2023-cr929', quote: '“All technology leaders who participated with us and the Chinese in the project have stopped this cooperation,” Slyusar said' },
    ],
    sources: ['airdatanews-2023-cr929', 'theaircurrent-2023-cr929', 'aviation24-2024-c929-airchina', 'tass-2025-manturov-c929'],
    checked: '2026-12-02',
  },
  {
    id: 'ahl-both-sides',
    project: 'ahl',
    essay: 'designed to meet the needs of both sides in the civilian and military sectors',
    verdict: 'partly',
    record: 'It was announced as a civil heavy helicopter for China\'s market, built with Russian parts: Russia supplies components under contract, not helicopters for itself.',
    short: 'A civil helicopter; Russia supplies parts',
    evidence: [
      { source: 'aircosmos-2016-ahl', quote: '“China is our oldest strategic military and technical partner, and we are happy that our cooperation has extended to the civil sector,” said Russian Helicopters CEO Alexander Mikheev.' },
    ],
    sources: ['aircosmos-2016-ahl', 'russianhelicopters-2017-ahh', 'vedomosti-2021-ahl-contract'],
    checked: '2026-12-02',
  },
  {
    id: 'ahl-stalled',
    project: 'ahl',
    essay: 'resulting in slow progress and rising costs',
    verdict: 'partly',
    record: 'Progress was slow: talks from 2008, a contract only in 2021, no flight reported by late 2026; but no public source gives AHL costs.',
    short: 'Slow, yes; no public cost figures',
    asOf: '2024-05',
    evidence: [
      { source: 'tass-2021-ahl-contract', quote: '"In 2016, during your visit to Beijing, an intergovernmental agreement was signed. Since 2008, intensive negotiations have been going on, and this year, on June 25, we signed a contract,"' },
    ],
    sources: ['vedomosti-2021-ahl-contract', 'tass-2021-ahl-contract', 'shephard-2021-ahl', 'tass-2024-ahl-manturov'],
    checked: '2026-12-02',
  },
  {
    id: 'z20-answer',
    project: 'ahl',
    essay: 'China developed the Z-20 independently, while Russia did not have a clear follow-up plan',
    verdict: 'misleading',
    record: 'Literally true, but the Z-20 is a 10 t medium helicopter, begun in the late 1990s (2006 in other sources) and flown in Dec 2013; it did not replace the AHL (2021 contract).',
    short: 'A medium helicopter, flown 2013: not the AHL',
    evidence: [
      { source: 'globaltimes-2013-z20', quote: 'the homemade Z-20, believed to have a capacity of 10 tons, will fulfill the demand.' },
    ],
    sources: ['globaltimes-2013-z20', 'airforceworld-z20', 'tass-2024-ahl-manturov'],
    checked: '2026-12-02',
  },
  {
    id: 'thunder-success',
    project: 'jf17',
    essay: 'except for a few successful examples, such as the "Thunder" fighter',
    verdict: 'partly',
    record: 'The JF-17 is a success and flies on Russia\'s RD-93, an RD-33 derivative, with Mikoyan design help, but China and Pakistan developed and paid for it.',
    short: 'A China–Pakistan jet on a Russian engine',
    evidence: [
      { source: 'flight-1995-mikoyan-fc1', quote: 'The FC-1 is being developed as a private venture funded by CAC, China National Aero-Technology Import and Export (CATIC) and Pakistan.' },
    ],
    sources: ['flight-1995-mikoyan-fc1', 'flight-2005-rd93', 'chinascope-2010-rd93'],
    checked: '2026-12-02',
  },
  {
    id: 'j11a',
    project: 'j11',
    essay: 'and the J-11A fighter',
    verdict: 'partly',
    record: 'About 100 licence-built Su-27SKs (J-11, upgraded as J-11A) entered service; the 200-aircraft licence stopped halfway. China\'s J-11B followed: Russia called it an unlicensed copy, China an indigenous redesign.',
    short: 'Licence stopped halfway; then China\'s own J-11B',
    disputes: [
      {
        about: 'the J-11B: an unlicensed copy, or China\'s own redesign?',
        sides: [
          { says: 'Russia: an unlicensed copy (formal notice, April 2008).', sources: ['pravda-2008-j11'] },
          { says: 'China and others: indigenised, quite different in key systems.', sources: ['cctv-2008-j11b', 'diplomat-2010-j11b'] },
        ],
      },
    ],
    evidence: [
      { source: 'jdw-2004-su30mk2', quote: 'In 1996, Beijing paid $2.7 billion to acquire a licence to produce 200 Su-27SK aircraft from component packages' },
      { source: 'pravda-2008-j11', quote: 'Russia has officially notified China of the fact that the production of J11 jet fighters, which copy Russia’s Su-27SK aircraft, violates international agreements.' },
    ],
    sources: ['aviatia-j11', 'jdw-2004-su30mk2', 'cam-2015-flanker', 'pravda-2008-j11', 'cctv-2008-j11b', 'diplomat-2010-j11b'],
    checked: '2026-12-02',
  },
  {
    id: 'il76-supplied',
    project: 'il76_il78',
    essay: 'the Su-30MKK fighter and the Il-76 78 transport aircraft tanker … Russia provides the finished product',
    verdict: 'partly',
    record: 'Russia delivered 100 Su-30MKK/MK2 and, under a later contract, 10 used Il-76s (2013–15), but the 2005 order for 38 new Il-76MD and Il-78 tankers was never fulfilled.',
    short: 'Su-30s, yes; the 38 new Il-76/78s never came',
    evidence: [
      { source: 'moscowtimes-2013-il76', quote: 'This delivery is not connected to the 2005 contract for China\'s purchase of 24 Il-76MD planes and 4 Il-78 tankers at a total cost of $1.5 billion.' },
    ],
    sources: ['jdw-2004-su30mk2', 'moscowtimes-2013-il76', 'uzdaily-2009-il76'],
    checked: '2026-12-02',
  },
  {
    id: 'su35sk',
    project: 'su35',
    essay: 'the Su-35SK fighter and the "Modern" class destroyer are directly purchased by China',
    verdict: 'confirmed',
    record: 'Both were bought outright: 24 Su-35s (contract Nov 2015, delivered 2016–18; sources write Su-35, not Su-35SK) and four Sovremenny destroyers (delivered 1999–2006).',
    short: 'Both bought outright; the fighter is the Su-35',
    evidence: [
      { source: 'baonghean-2015-su35', quote: 'An industry source told Reuters the contract is worth more than $2 billion and covers 24 aircraft.' },
    ],
    sources: ['baonghean-2015-su35', 'tass-2017-su35', 'reuters-2018-su35', 'sinodefence-956'],
    checked: '2026-12-02',
  },
  {
    id: 'exporters',
    essay: 'Both China and Russia are among the world\'s largest arms exporters',
    verdict: 'confirmed',
    record: 'SIPRI 2021–25 ranks Russia 3rd (6.8% of world exports, down from 21% in 2016–20) and China 5th (5.6%); the US (42%), France (9.8%) and Germany (5.7%) are 1st, 2nd and 4th.',
    short: 'Russia 3rd, China 5th in 2021–25',
    evidence: [
      { source: 'dagens-2026-sipri-2021-25', quote: 'Germany ranked fourth with 5.7% of global exports, followed closely by China with 5.6%.' },
    ],
    sources: ['dagens-2026-sipri-2021-25', 'koreaherald-afp-2026-sipri'],
    checked: '2026-12-02',
  },
] as const satisfies readonly Claim[]

export type ClaimId = typeof claims[number]['id']
