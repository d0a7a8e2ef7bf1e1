// Fact checks: the essay's words (quoted verbatim from content/essay.txt) against the public
// record, with a verdict on the scale in data/vocabulary.ts. Each record text is short enough for
// a slide callout.
import type { Claim } from './schema'

export const claims = [
  {
    id: 'cr929-terminated',
    project: 'cr929',
    essay: 'Recently, the Sino-Russian cooperation project CR929 joint passenger aircraft in the field of civil aviation was officially terminated.',
    verdict: 'partly',
    record: 'The Sino-Russian partnership did end when UAC left in 2023, citing sanctions, but no termination was announced: COMAC continues the aircraft alone as the C929.',
    sources: ['airdatanews-2023-cr929', 'theaircurrent-2023-cr929', 'aviation24-2024-c929-airchina'],
    checked: '2026-11-28',
  },
  {
    id: 'z20-answer',
    project: 'ahl',
    essay: 'In the end, China developed the Z-20 independently, while Russia did not have a clear follow-up plan',
    verdict: 'misleading',
    record: 'Literally true, but the Z-20 is a 10 t medium helicopter, in development since the late 1990s and flown in Dec 2013; it did not replace the AHL, which continues under a 2021 contract.',
    sources: ['globaltimes-2013-z20', 'airforceworld-z20', 'tass-2024-ahl-manturov'],
    checked: '2026-11-28',
  },
  {
    id: 'ahl-stalled',
    project: 'ahl',
    essay: 'resulting in slow progress and rising costs',
    verdict: 'partly',
    record: 'Progress was slow: talks from 2008, a contract only in 2021, no flight by late 2026; but no public source gives AHL costs.',
    sources: ['vedomosti-2021-ahl-contract', 'shephard-2021-ahl', 'tass-2024-ahl-manturov'],
    checked: '2026-11-28',
  },
  {
    id: 'ahl-both-sides',
    project: 'ahl',
    essay: 'designed to meet the needs of both sides in the civilian and military sectors',
    verdict: 'partly',
    record: 'It is a civil heavy helicopter built with Russian parts, but for China\'s market: the agreements name no military role, and Russia supplies components under contract, not helicopters for itself.',
    sources: ['aircosmos-2016-ahl', 'russianhelicopters-2017-ahh', 'vedomosti-2021-ahl-contract'],
    checked: '2026-11-28',
  },
  {
    id: 'thunder-success',
    project: 'jf17',
    essay: 'except for a few successful examples, such as the "Thunder" fighter',
    verdict: 'partly',
    record: 'The JF-17 is a success and flies on Russia\'s RD-93, an RD-33 derivative, with Mikoyan design help reported, but China and Pakistan developed and paid for it.',
    sources: ['flight-2005-rd93', 'defensionem-jf17', 'chinascope-2010-rd93'],
    checked: '2026-11-28',
  },
  {
    id: 'su35sk',
    project: 'su35',
    essay: 'And the Su-35SK fighter and the "Modern" class destroyer are directly purchased by China under special circumstances',
    verdict: 'confirmed',
    record: 'Both were bought outright: 24 Su-35s (contract Nov 2015, delivered 2016–18; sources write Su-35, not Su-35SK) and four Sovremenny destroyers (delivered 1999–2006).',
    sources: ['baonghean-2015-su35', 'tass-2017-su35', 'reuters-2018-su35', 'sinodefence-956'],
    checked: '2026-11-28',
  },
  {
    id: 'j11a',
    project: 'j11',
    essay: 'and the J-11A fighter',
    verdict: 'partly',
    record: 'About 100 licence-built Su-27SKs (J-11, upgraded as J-11A) entered service, but the 200-aircraft licence stopped halfway and China moved to the J-11B, which Russia called a copy.',
    sources: ['aviatia-j11', 'jdw-2004-su30mk2', 'cam-2015-flanker'],
    checked: '2026-11-28',
  },
  {
    id: 'tens-of-billions',
    essay: 'China and Russia have cooperated for 30 years and invested tens of billions of dollars',
    verdict: 'partly',
    record: 'Russian arms sales to China since 1990 add up to at least about US$25bn (US$16bn in 2001–09 alone), but these were purchases and licences, not joint investment.',
    sources: ['pti-2010-rosoboronexport', 'flight-2004-su30mk2', 'jdw-2004-su30mk2', 'tass-2016-china-orders', 'sipri-2008-holtom-ria'],
    checked: '2026-11-28',
  },
  {
    id: 'il76-supplied',
    project: 'il76_il78',
    essay: 'For example, the Su-30MKK fighter and the Il-76 78 transport aircraft tanker are all requested by China, and Russia provides the finished product',
    verdict: 'partly',
    record: 'Russia delivered 100 Su-30MKK/MK2 and, under a later contract, 10 used Il-76s (2013–15), but the 2005 order for 34 new Il-76MD and 4 Il-78 tankers was never fulfilled.',
    sources: ['jdw-2004-su30mk2', 'moscowtimes-2013-il76', 'uzdaily-2009-il76'],
    checked: '2026-11-28',
  },
  {
    id: 'exporters',
    essay: 'Both China and Russia are among the world\'s largest arms exporters',
    verdict: 'confirmed',
    record: 'SIPRI 2021–25 ranks Russia 3rd (6.8% of world exports, down from 21% in 2016–20) and China 5th (5.6%), behind the US (42%), France (9.8%) and Germany (5.7%).',
    sources: ['dagens-2026-sipri-2021-25', 'koreaherald-afp-2026-sipri'],
    checked: '2026-11-28',
  },
] as const satisfies readonly Claim[]

export type ClaimId = typeof claims[number]['id']
