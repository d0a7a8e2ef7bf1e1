// Fact-check records: the essay's claims (quoted from content/essay.txt) against the public record
// (/work/shared/research/essay-claims.md). Each record text is short enough for a slide callout.
import { type Claim, ClaimSchema } from './schema'
import { source, validateRecords } from './validate'

export const CLAIM_IDS = [
  'cr929-terminated',
  'z20-answer',
  'ahl-stalled',
  'thunder-success',
  'su35sk',
  'j11a',
  'tens-of-billions',
  'il76-supplied',
  'exporters',
] as const
export type ClaimId = typeof CLAIM_IDS[number]

const raw: Claim[] = [
  {
    id: 'cr929-terminated',
    project: 'cr929',
    essay: 'Recently, the Sino-Russian cooperation project CR929 joint passenger aircraft in the field of civil aviation was officially terminated.',
    record: 'Not terminated. Russia\'s UAC left as partner in 2023, citing sanctions; COMAC continues alone as the C929, with Air China named first customer in Nov 2024.',
    verdict: 'partly',
    sources: [
      source('Aviation Week, \'Russia\'s Exit From CR929 JV Underlines Sanctions Impact\' – https://aviationweek.com/aerospace/manufacturing-supply-chain/russias-exit-cr929-jv-underlines-sanctions-impact'),
      source('Aviation24.be, \'Air China becomes first customer for COMAC\'s C929\' – https://www.aviation24.be/airlines/air-china/air-china-becomes-first-customer-for-comacs-c929-widebody-jet/'),
    ],
  },
  {
    id: 'z20-answer',
    project: 'ahl',
    essay: 'In the end, China developed the Z-20 independently, while Russia did not have a clear follow-up plan',
    record: 'The Z-20 is a ~10 t medium helicopter (UH-60 class), not heavy-lift. Its programme began in 2006 and it first flew in Dec 2013, before the AHL agreements of 2015–16.',
    verdict: 'not supported',
    sources: [
      source('Wikipedia, \'Harbin Z-20\' – https://en.wikipedia.org/wiki/Harbin_Z-20'),
      source('GlobalSecurity, \'AC3X2 / Z-YY – Advanced Heavy Lift\' – https://www.globalsecurity.org/military/world/china/z-yy.htm'),
      source('AIN, \'New Heavy Helicopter Deal Symbolizes Closer Russia-China Ties\' – https://www.ainonline.com/aviation-news/defense/2015-05-12/new-heavy-helicopter-deal-symbolizes-closer-russia-china-ties'),
    ],
  },
  {
    id: 'ahl-stalled',
    project: 'ahl',
    essay: 'the project also encountered many difficulties … resulting in slow progress and rising costs.',
    record: 'Slow, but not stopped: development contract signed 25 June 2021; Russian officials said in May 2024 it was on schedule. An engine problem (Ukrainian D-136) was reported in 2020.',
    verdict: 'disputed',
    sources: [
      source('Shephard, \'China\'s AHL programme inches forward\' – https://www.shephardmedia.com/news/air-warfare/chinas-ahl-programme-inches-forward/'),
      source('TASS, May 2024 – https://tass.com/economy/1789333'),
      source('GlobalSecurity, \'AC3X2 / Z-YY – Advanced Heavy Lift\' – https://www.globalsecurity.org/military/world/china/z-yy.htm'),
    ],
  },
  {
    id: 'thunder-success',
    project: 'jf17',
    essay: 'except for a few successful examples, such as the "Thunder" fighter and the J-11A fighter',
    record: 'The FC-1/JF-17 Thunder was developed by China and Pakistan (1999 agreement, ~US$500m shared). Russia supplied the RD-93 engine; Mikoyan design help is disputed.',
    verdict: 'not supported',
    sources: [
      source('all-aero, \'Chengdu FC-1 / JF-17 Thunder\' – http://all-aero.com/index.php/component/content/article/59-planes-b-c/2335-chengdu-fc-1-jf-17-thunder'),
      source('SinoDefence, FC-1/JF-17 – http://sinodefence.com/tags/jf-17/'),
      source('idrw (sceptical view) – https://idrw.org/the-pakistani-chinese-jf-17-fighter-aircraft-might-not-have-russian-origins-but-it-may-have-romanian-ones/'),
    ],
  },
  {
    id: 'su35sk',
    project: 'su35',
    essay: 'And the Su-35SK fighter and the "Modern" class destroyer are directly purchased by China under special circumstances',
    record: 'A direct purchase, yes, but sources say Su-35, not "Su-35SK": 24 aircraft, contract 19 Nov 2015, about US$2bn at signing (Rostec later cited ~US$2.5bn).',
    verdict: 'partly',
    sources: [
      source('TASS, 11 Apr 2017 – http://tass.com/defense/940632'),
      source('Reuters via Swissinfo, \'Russia to deliver 10 Su-35 fighter jets to China this year\' – https://www.swissinfo.ch/eng/reuters/russia-to-deliver-10-su-35-fighter-jets-to-china-this-year---ifx/44141122'),
    ],
  },
  {
    id: 'j11a',
    project: 'j11',
    essay: 'such as the "Thunder" fighter and the J-11A fighter',
    record: 'The licence-built Su-27SK is the J-11: 200 kits planned, about 95–105 built, halted c.2004. The J-11A is the later upgraded variant.',
    verdict: 'partly',
    sources: [
      source('Wikipedia mirror (piglix), \'Shenyang J-11\' – http://piglix.com/piglix/Shenyang_J-11'),
      source('JDW via Key Publishing, \'China accepts Su-30MK2 fighters\' (Mar 2004) – https://keypublishing.wordpress-developer.us/?p=142136'),
      source('Flight, \'China considers changes to Su-27 Sukhoi assembly deal\' – https://www.flightglobal.com/china-considers-changes-to-su-27-sukhoi-assembly-deal/57541.article'),
    ],
  },
  {
    id: 'tens-of-billions',
    essay: 'China and Russia have cooperated for 30 years and invested tens of billions of dollars',
    record: 'Plausible in scale, but mostly Chinese purchases, not joint investment: Rosoboronexport put deals since 2001 at US$16bn. No single source gives a 30-year total.',
    verdict: 'partly',
    sources: [
      source('Sputnik (RIA Novosti), \'Russia-China military-technical deals worth $16 bln since 2001\' (10 Apr 2009) – https://sputniknews.com/20090410/121053007.html'),
      source('Atlantic Sentinel, \'Russian Arms Sales to China Drying Up\' (May 2010, on Richard Weitz) – https://atlanticsentinel.com/2010/05/russian-arms-sales-to-china-drying-up/'),
    ],
  },
  {
    id: 'il76-supplied',
    project: 'il76_il78',
    essay: 'the Su-30MKK fighter and the Il-76 78 transport aircraft tanker are all requested by China, and Russia provides the finished product',
    record: 'The 2005 order for 34 Il-76MD + 4 Il-78 (~US$1.5bn) collapsed c.2006–09; no confirmed new-build deliveries. China bought 10 refurbished Il-76s in 2012.',
    verdict: 'partly',
    sources: [
      source('GlobalSecurity, \'IL-76 – Production\' – https://www.globalsecurity.org/military/world/russia/il-76-production.htm'),
      source('Strategypage, \'The Chinese Il-76\' (26 Nov 2012) – http://www.strategypage.com/htmw/htairmo/articles/20121126.aspx'),
    ],
  },
  {
    id: 'exporters',
    essay: 'Both China and Russia are among the world\'s largest arms exporters',
    record: 'True. SIPRI 2020–24: Russia 3rd (7.8% of world exports, down from 21% in 2015–19), China 4th (5.9%), behind the US (43%) and France (9.6%).',
    verdict: 'confirmed',
    sources: [
      source('SIPRI fact sheet 2025 (introduction) – https://www.sipri.org/uk/node/7510'),
      source('Voz, \'U.S. increases its lead as the world\'s largest arms exporter\' (10 Mar 2025) – https://voz.us/en/society/250310/21985/u-s-increases-its-lead-as-the-world-s-largest-arms-exporter.html'),
    ],
  },
]

export const claims: Claim[] = validateRecords('claims', ClaimSchema, raw)

export function claimById(id: string): Claim | undefined {
  return claims.find(c => c.id === id)
}
