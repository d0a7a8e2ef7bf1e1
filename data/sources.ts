// Every source the deck cites, defined once and referenced by key from the records
// (`sources: ['aviationweek-2023-cr929-exit', …]`; one key per URL, the check at the door enforces
// it), then what derives from it: how a slide cites a source ("publisher, year"), and which
// records cite which source (the sources slides, the handout). A record key is "<subject>:<id>",
// e.g. "projects:cr929"; components put the keys they show in `data-cites`.
import type { SourceRecord } from './schema'
import type { Subject } from './vocabulary'
import { claims } from './claims'
import { europe } from './europe'
import { exportPeriods } from './exports'
import { projects } from './projects'
import { reasons } from './reasons'

export const sources = {
  'aviationweek-2023-cr929-exit': { publisher: 'Aviation Week', title: 'Russia\'s Exit From CR929 JV Underlines Sanctions Impact', date: '2023-09', url: 'https://aviationweek.com/aerospace/manufacturing-supply-chain/russias-exit-cr929-jv-underlines-sanctions-impact' },
  'reuters-2017-craic-registration': { publisher: 'Reuters', title: 'COMAC–UAC JV registration', date: '2017-05-22', url: 'http://in.reuters.com/article/china-comac-russia-idINB9N1IA03V' },
  'capa-craic-ceremony': { publisher: 'CAPA', title: 'CRAIC establishment ceremony', url: 'https://centreforaviation.com/news/uac-comac-and-uac-held-an-establishment-ceremony-for-the-long-range-wide-body-commercial-aircraft-p-675171' },
  'theaircurrent-cr929-withdrawal': { publisher: 'The Air Current', title: 'Russian government quietly signaled Ukraine war had forced CR929 withdrawal', url: 'https://theaircurrent.com/feed/dispatches/russian-government-quietly-signaled-ukraine-war-had-forced-cr929-withdrawal/' },
  'aviation24-2024-c929-air-china': { publisher: 'Aviation24.be', title: 'Air China becomes first customer for COMAC\'s C929', date: '2024-11', url: 'https://www.aviation24.be/airlines/air-china/air-china-becomes-first-customer-for-comacs-c929-widebody-jet/' },
  'shephard-ahl-inches-forward': { publisher: 'Shephard', title: 'China\'s AHL programme inches forward', url: 'https://www.shephardmedia.com/news/air-warfare/chinas-ahl-programme-inches-forward/' },
  'tass-2024-ahl': { publisher: 'TASS', title: 'Article of May 2024 (AHL)', date: '2024-05', url: 'https://tass.com/economy/1789333' },
  'ain-2015-ahl-deal': { publisher: 'AIN', title: 'New Heavy Helicopter Deal Symbolizes Closer Russia-China Ties', date: '2015-05-12', url: 'https://www.ainonline.com/aviation-news/defense/2015-05-12/new-heavy-helicopter-deal-symbolizes-closer-russia-china-ties' },
  'globaltimes-2019-ahl': { publisher: 'Global Times', title: 'AHL article', date: '2019', url: 'http://www.globaltimes.cn/content/1141515.shtml' },
  'globalsecurity-ahl': { publisher: 'GlobalSecurity', title: 'AC3X2 / Z-YY – Advanced Heavy Lift', url: 'https://www.globalsecurity.org/military/world/china/z-yy.htm' },
  'wikipedia-z20': { publisher: 'Wikipedia', title: 'Harbin Z-20', url: 'https://en.wikipedia.org/wiki/Harbin_Z-20' },
  'allaero-fc1-jf17': { publisher: 'all-aero', title: 'Chengdu FC-1 / JF-17 Thunder', url: 'http://all-aero.com/index.php/component/content/article/59-planes-b-c/2335-chengdu-fc-1-jf-17-thunder' },
  'sinodefence-jf17': { publisher: 'SinoDefence', title: 'FC-1/JF-17', url: 'http://sinodefence.com/tags/jf-17/' },
  'globalsecurity-fc1': { publisher: 'GlobalSecurity', title: 'FC-1/JF-17', url: 'http://www.globalsecurity.org/military/world/china/fc-1.htm' },
  'defensionem-jf17': { publisher: 'Defensionem', title: 'JF-17: Chinese skin, Russian DNA', url: 'https://defensionem.com/jf-17' },
  'idrw-jf17-origins': { publisher: 'idrw', title: 'The Pakistani-Chinese JF-17 fighter aircraft might not have Russian origins (sceptical view)', url: 'https://idrw.org/the-pakistani-chinese-jf-17-fighter-aircraft-might-not-have-russian-origins-but-it-may-have-romanian-ones/' },
  'piglix-j11': { publisher: 'Wikipedia mirror (piglix)', title: 'Shenyang J-11', url: 'http://piglix.com/piglix/Shenyang_J-11' },
  'jdw-2004-su30mk2': { publisher: 'Jane\'s Defence Weekly (via Key Publishing)', title: 'China accepts Su-30MK2 fighters', date: '2004-03-31', url: 'https://keypublishing.wordpress-developer.us/?p=142136' },
  'flight-su27-assembly': { publisher: 'Flight', title: 'China considers changes to Su-27 Sukhoi assembly deal', url: 'https://www.flightglobal.com/china-considers-changes-to-su-27-sukhoi-assembly-deal/57541.article' },
  'aviatia-j11': { publisher: 'Aviatia', title: 'J-11 Fighter', url: 'https://aviatia.net/j-11-fighter/' },
  'flight-su30-flies-in': { publisher: 'Flight', title: 'Chinese Su-30 flies in', url: 'https://flightglobal.com/chinese-su-30-flies-in/37966.article' },
  'flight-su30mk2-first': { publisher: 'Flight', title: 'China receives first of 24 two-seat Su-30MK2s', url: 'https://www.flightglobal.com/china-receives-first-of-24-two-seat-su-30mk2s/53342.article' },
  'globalsecurity-il76-production': { publisher: 'GlobalSecurity', title: 'IL-76 – Production', url: 'https://www.globalsecurity.org/military/world/russia/il-76-production.htm' },
  'uzdaily-2009-il76': { publisher: 'UzDaily (ITAR-TASS)', title: 'Russia blames Uzbekistan for military aircraft delivery delays to China', date: '2009', url: 'https://uzdaily.com/en/russia-blames-uzbekistan-for-military-aircraft-delivery-delays-to-china' },
  'strategypage-2012-il76': { publisher: 'Strategypage', title: 'The Chinese Il-76', date: '2012-11-26', url: 'http://www.strategypage.com/htmw/htairmo/articles/20121126.aspx' },
  'tass-2017-su35': { publisher: 'TASS', title: 'Article of 11 April 2017 (Su-35)', date: '2017-04-11', url: 'http://tass.com/defense/940632' },
  'swissinfo-reuters-su35-deliveries': { publisher: 'Reuters via Swissinfo', title: 'Russia to deliver 10 Su-35 fighter jets to China this year', url: 'https://www.swissinfo.ch/eng/reuters/russia-to-deliver-10-su-35-fighter-jets-to-china-this-year---ifx/44141122' },
  'defense-aerospace-su35-first-batch': { publisher: 'Defense-Aerospace (TASS)', title: 'First batch of Su-35 arrives in China', url: 'http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=179955&cat=3' },
  'wikipedia-fuzhou': { publisher: 'Wikipedia', title: 'Chinese destroyer Fuzhou', url: 'https://en.wikipedia.org/wiki/Chinese_destroyer_Fuzhou' },
  'sinodefence-sovremenny': { publisher: 'SinoDefence', title: 'Project 956 Sovremenny Class', url: 'http://sinodefence.com/project-956-sovremenny-class/' },
  'strategypage-2002-sovremenny': { publisher: 'Strategypage', title: 'Article of 26 January 2002 (Sovremenny destroyers)', date: '2002-01-26', url: 'http://WWW.STRATEGYPAGE.COM/htmw/htsurf/articles/20020126.aspx' },
  'militarywiki-sovremenny-refits': { publisher: 'Military-Wiki', title: 'Sovremenny class destroyer: Soviet veteran but still valid in China', url: 'https://military-wiki.com/sovremenny-class-destroyer-soviet-veteran-but-still-valid-in-china/' },
  'deutschesmuseum-2024-tornado': { publisher: 'Deutsches Museum blog', title: 'Trinationale Zusammenarbeit: der Panavia Tornado startete vor 50 Jahren zum ersten Mal', date: '2024-08-23', url: 'https://blog.deutsches-museum.de/2024/08/23/trinationale-zusammenarbeit-der-panavia-tornado-startete-vor-50-jahren-zum-ersten-mal' },
  'aviastar-panavia': { publisher: 'Aviastar', title: 'Panavia', url: 'https://www.aviastar.org/manufacturers/1615.html' },
  'owiki-eurofighter': { publisher: 'Wikipedia (mirror)', title: 'Eurofighter Typhoon', url: 'https://owiki.org/wiki/RAF_Typhoons' },
  'f104-eurofighter': { publisher: 'F-104.de', title: 'Eurofighter', url: 'http://f-104.de/exponates/english/exp_eurofighter_eng.html' },
  'ukdj-500th-eurofighter': { publisher: 'UK Defence Journal', title: '500th Eurofighter', url: 'https://ukdefencejournal.org.uk/?p=9657' },
  'flight-a400m-launch': { publisher: 'Flight', title: 'Airbus signs A400M launch order', url: 'https://flightglobal.com/airbus-signs-a400m-launch-order/48584.article' },
  'bulgarianmilitary-2018-a400m': { publisher: 'BulgarianMilitary', title: 'Two A400Ms delivered in a day to two different countries', date: '2018-03-30', url: 'https://bulgarianmilitary.com/2018/03/30/two-a400ms-delivered-in-a-day-to-two-different-countries/' },
  'nhindustries-1995-nh90': { publisher: 'NHIndustries', title: 'NH90 helicopter presented in flight (press release)', date: '1995', url: 'http://www.nhindustries.com/website/en/press/NH90%20HELICOPTER%20PRESENTED%20IN%20FLIGHT_101.html' },
  'nasdaq-2020-nh90-german-navy': { publisher: 'Reuters via Nasdaq', title: 'Airbus, Leonardo, GKN Fokker JV signs deal with German navy for 31 helicopters', date: '2020-11-26', url: 'https://www.nasdaq.com/articles/airbus-leonardo-gkn-fokker-jv-signs-deal-with-german-navy-for-31-helicopters-2020-11-26' },
  'forcaaerea-nh90-500': { publisher: 'Força Aérea', title: 'Airbus Helicopters entregou o NH90 número 500', url: 'https://forcaaerea.com.br/airbus-helicopters-entregou-o-nh90-numero-500' },
  'battleupdates-meteor-contract': { publisher: 'Battle-Updates', title: 'Meteor contract signed', url: 'https://battle-updates.com/update/meteor-contract-signed/' },
  'defensedaily-meteor-gripen': { publisher: 'Defense Daily', title: 'MBDA Meteor missile enters into service on Sweden Gripen aircraft', url: 'http://www.defensedaily.com/mbda-meteor-missile-enters-into-service-on-sweden-gripen-aircraft/international/' },
  'hef-concorde': { publisher: 'hef.ru.nl', title: 'Concorde', url: 'https://hef.ru.nl/~pfk/aircraft/manufacturer-Concorde.php' },
  'flight-concorde-sst': { publisher: 'Flight Daily News', title: 'Aircraft which grew out of two SST programmes', url: 'https://flightglobal.com/aircraft-which-grew-out-of-two-sst-programmes-/33267.article' },
  'sipri-2013-china-fifth': { publisher: 'SIPRI', title: 'New SIPRI data on arms transfers: China replaces UK as world\'s fifth largest arms exporter', date: '2013-03-18', url: 'https://www.sipri.org/news/2013/new-sipri-data-arms-transfers-china-replaces-uk-worlds-fifth-largest-arms-exporter' },
  'corecommunique-2013-sipri': { publisher: 'Core Communique', title: 'China replaces United Kingdom as world\'s fifth largest arms exporter (press release text)', url: 'https://www.corecommunique.com/china-replaces-united-kingdom-as-worlds-fifth-largest-arms-exporter/' },
  'gunmag-2015-ap-sipri': { publisher: 'The Gun Mag (AP report)', title: 'China gains ground in world arms sales', date: '2015', url: 'http://thegunmag.com/china-gains-ground-in-world-arms-sales' },
  'nextbigfuture-2015-sipri': { publisher: 'NextBigFuture', title: 'China is third largest arms exporter (SIPRI release text)', date: '2015-03', url: 'https://www.nextbigfuture.com/2015/03/china-is-third-largest-arms-and-usa-is.html' },
  'sipri-2020-factsheet-copy': { publisher: 'SIPRI (copy on docslib)', title: 'Trends in international arms transfers, 2019 (fact sheet)', date: '2020-03', url: 'https://docslib.org/doc/13346192/trends-in-international-arms-transfers-2019-3' },
  'gktoday-us-leads': { publisher: 'GKToday', title: 'United States leads arms exporting countries', url: 'https://www.gktoday.in/current-affairs/united-states-leads-arms-exporting-countries/' },
  'statista-2025-exporters': { publisher: 'Statista (FR)', title: 'Plus grands exportateurs d\'armes', date: '2025', url: 'https://fr.statista.com/infographie/34086/plus-grands-exportateurs-armes' },
  'voz-2025-sipri': { publisher: 'Voz', title: 'U.S. increases its lead as the world\'s largest arms exporter', date: '2025-03-10', url: 'https://voz.us/en/society/250310/21985/u-s-increases-its-lead-as-the-world-s-largest-arms-exporter.html' },
  'sipri-2025-factsheet': { publisher: 'SIPRI', title: 'Trends in international arms transfers, 2024 (fact sheet, introduction)', date: '2025-03', url: 'https://www.sipri.org/uk/node/7510' },
  'sputnik-2009-16bn': { publisher: 'Sputnik (RIA Novosti)', title: 'Russia-China military-technical deals worth $16 bln since 2001', date: '2009-04-10', url: 'https://sputniknews.com/20090410/121053007.html' },
  'atlanticsentinel-2010-arms-sales': { publisher: 'Atlantic Sentinel', title: 'Russian Arms Sales to China Drying Up (on Richard Weitz)', date: '2010-05', url: 'https://atlanticsentinel.com/2010/05/russian-arms-sales-to-china-drying-up/' },
} satisfies Record<string, SourceRecord>

export type SourceKey = keyof typeof sources

/** How a slide cites a source: "Aviation Week, 2023" (the publisher alone when the date is not known). */
export function citation(key: SourceKey): string {
  const s: SourceRecord = sources[key]
  return s.date ? `${s.publisher}, ${s.date.slice(0, 4)}` : s.publisher
}

/** A source with its key and the records citing it ("projects:cr929", …, in deck order). */
interface CitedSource extends SourceRecord {
  key: SourceKey
  cites: string[]
}

const bySubject: [Subject, readonly { id: string, sources: readonly SourceKey[] }[]][] = [
  ['projects', projects],
  ['europe', europe],
  ['exports', exportPeriods],
  ['reasons', reasons],
  ['claims', claims],
]

/** Every cited source, in the order the deck first cites it, each once. */
export const allSources: CitedSource[] = (() => {
  const found = new Map<SourceKey, CitedSource>()
  for (const [subject, records] of bySubject) {
    for (const record of records) {
      for (const key of record.sources) {
        const entry = found.get(key) ?? { ...sources[key], key, cites: [] }
        entry.cites.push(`${subject}:${record.id}`)
        found.set(key, entry)
      }
    }
  }
  return [...found.values()]
})()

/** Record keys for every record of a subject, e.g. "projects:cr929". */
export function citeKeysOf(subject: Subject): string[] {
  return bySubject.find(([s]) => s === subject)![1].map(r => `${subject}:${r.id}`)
}

/**
 * Sources cited by any of the given record keys, in deck order, each once. A key is
 * "<subject>:<id>", or a bare subject ("projects") for all of that subject's records.
 */
export function sourcesFor(keys: readonly string[]): CitedSource[] {
  const wanted = keys.map(k => k.trim()).filter(Boolean)
  return allSources.filter(s => s.cites.some(c => wanted.some(w => c === w || c.startsWith(`${w}:`))))
}
