// Every source the deck cites, defined once and referenced by key from the records
// (`sources: ['aviationweek-2023-cr929-exit', …]`; one key per URL, the check at the door enforces
// it), then what derives from it: how a slide cites a source ("publisher, year"), and which
// records cite which source (the sources slides, the handout). A record key is "<subject>:<id>",
// e.g. "projects:cr929"; components put the keys they show in `data-cites`.
import type { SourceRecord } from './schema'
import { type Subject, SUBJECTS } from './vocabulary'
import { claims } from './claims'
import { context } from './context'
import { europe } from './europe'
import { exportPeriods } from './exports'
import { projects } from './projects'
import { reasons } from './reasons'

export const sources = {
  'ain-2015-ahl': { publisher: 'AIN', title: 'New Heavy Helicopter Deal Symbolizes Closer Russia-China Ties', date: '2015-05-12', url: 'https://www.ainonline.com/aviation-news/defense/2015-05-12/new-heavy-helicopter-deal-symbolizes-closer-russia-china-ties' },
  'aircosmos-2016-ahl': { publisher: 'Air & Cosmos International', title: 'Russia, China to develop AHL heavylift rotorcraft', date: '2016-06', url: 'https://aircosmosinternational.com/article/russia-china-to-develop-ahl-heavylift-rotorcraft-2268' },
  'airdatanews-2023-cr929': { publisher: 'Air Data News', title: 'CR929 widebody joint venture discontinued, says UAC', date: '2023-08', url: 'https://www.airdatanews.com/cr929-widebody-joint-venture-discontinued-says-uac/' },
  'airforceworld-z20': { publisher: 'AirForceWorld', title: 'Z-20 multipurpose helicopter of China, PLA Army', url: 'http://www.airforceworld.com/blog/z-20-multipurpose-helicopter-of-china-pla-army/' },
  'airinsight-2021-cr929': { publisher: 'AirInsight', title: 'Happy anniversary CR929 but what is your status?', date: '2021-06-25', url: 'https://airinsight.com/happy-anniversary-cr929-but-what-is-your-status/' },
  'airpower-efa-definition': { publisher: 'airpower.at', title: 'Eurofighter history: definition phase (1985–88)', url: 'http://airpower.at/flugzeuge/eurofighter/geschichte-definition.htm' },
  'anbound-2022-engines': { publisher: 'ANBOUND', title: 'Information Tracking: China and Russia Embroiled in Dispute over Aircraft Engines', date: '2022-01-10', url: 'http://www.anbound.my/Section/ArticalView.php?Rnumber=29291&SectionID=12' },
  'ani-2021-china-arms-exports': { publisher: 'ANI via Big News Network (armsindustry.company copy)', title: 'China spreads its tentacles with arms exports', date: '2021-02-25', url: 'https://armsindustry.company/index.php/2021/02/25/china-spreads-its-tentacles-with-arms-exports-big-news-network/' },
  'armyrecognition-2018-s400': { publisher: 'Army Recognition (TASS)', title: 'First regiment of Russian S-400 missile systems has been delivered to China', date: '2018-04', url: 'http://www.armyrecognition.com/april_2018_global_defense_security_army_news_industry/first_regiment_of_russian_s-400_missile_systems_has_been_delivered_to_china.html' },
  'aviastar-panavia': { publisher: 'Aviastar (Virtual Aircraft Museum)', title: 'Panavia', url: 'https://www.aviastar.org/manufacturers/1615.html' },
  'aviatia-j11': { publisher: 'Aviatia', title: 'J-11 Fighter', url: 'https://aviatia.net/j-11-fighter/' },
  'aviation24-2024-c929-airchina': { publisher: 'Aviation24.be', title: 'Air China becomes first customer for COMAC\'s C929 widebody jet', date: '2024-11-13', url: 'https://www.aviation24.be/airlines/air-china/air-china-becomes-first-customer-for-comacs-c929-widebody-jet/' },
  'aviationweek-2024-eurofighter': { publisher: 'Aviation Week', title: 'Italian And Spanish Eurofighter Orders Propel Production Into The 2030s', date: '2024-12', url: 'https://aviationweek.com./defense/aircraft-propulsion/italian-spanish-eurofighter-orders-propel-production-2030s' },
  'baonghean-2015-su35': { publisher: 'Baonghean (Vietnam+, citing Reuters/Sputnik/Kommersant)', title: 'China buys Su-35 fighter jets from Russia worth 2 billion USD', date: '2015-11', url: 'https://baonghean.vn/en/trung-quoc-mua-cua-nga-lo-chien-dau-co-su-35-tri-gia-2-ty-usd-10089734.html' },
  'battleupdates-2002-meteor': { publisher: 'Battle-Updates (MBDA release text)', title: 'Meteor contract signed', date: '2002-12-23', url: 'https://battle-updates.com/update/meteor-contract-signed/' },
  'cam-2015-flanker': { publisher: 'Combat Aircraft Monthly (issuhub copy)', title: 'Combat Aircraft Monthly, May 2015: China\'s Flankers (p. 58)', date: '2015-05', url: 'https://issuhub.com/view/index/8485?pageIndex=58' },
  'chicagotribune-1997-kilo': { publisher: 'Chicago Tribune (news services)', title: '2 Diesel Submarines Bought From Russia, Newspaper Reports', date: '1997-07-29', url: 'http://articles.chicagotribune.com/1997-07-29/news/9707290129_1_submarines-waters-around-hong-kong-russia' },
  'chinascope-2010-rd93': { publisher: 'Chinascope (from Eastday.com)', title: 'Russian Media: China Will Buy 100 More RD-93 Engines', date: '2010-01-12', url: 'http://chinascope.org/archives/1849' },
  'cosmoschronicle-2018-su35': { publisher: 'Cosmos Chronicle (CCTV footage report)', title: 'China deploys Russian Su-35s on patrol missions in the South China Sea', date: '2018-12', url: 'https://cosmoschronicle.com/china-deploys-russian-su-35s-on-patrol-missions-in-the-south-china-sea/' },
  'dagens-2026-sipri-2021-25': { publisher: 'Dagens', title: 'Putin\'s weapons empire still world\'s third biggest – ahead of UK and China', date: '2026-03-09', url: 'https://www.dagens.com/world/putins-weapons-empire-still-worlds-third-biggest-ahead-of-uk-and-china' },
  'defencehub-a400m': { publisher: 'DefenceHub (repost of an Airforce Technology profile)', title: 'A400M programme overview and operators table (as of 31 Jan 2020)', date: '2020', url: 'https://defencehub.live/threads/discussions-and-developments-regarding-a400m.128/post-34911' },
  'defenceturkey-2015-sipri': { publisher: 'Defence Turkey', title: 'SIPRI: Global Arms Sales on the Rise (Issue 59)', date: '2015-03', url: 'https://www.defenceturkey.com/tr/icerik/sipri-global-arms-sales-on-the-rise-1885' },
  'defensionem-jf17': { publisher: 'Defensionem', title: 'JF-17: Chinese skin, Russian DNA', url: 'https://defensionem.com/jf-17' },
  'dermarkt-2024-eurofighter': { publisher: 'Der Markt (after Die Welt)', title: 'Eurofighter: Europe is investing billions in new fighter jets!', date: '2024-12', url: 'https://der-markt.net/wirtschaft/eurofighter-europa-investiert-milliarden-in-neue-kampfjets/en' },
  'eurofighter-2024-30-years': { publisher: 'Eurofighter GmbH', title: '30 Years Young (first flight of DA1, 27 March 1994)', date: '2024-03', url: 'https://eurofighter.com/news/30-years-young' },
  'euronews-2020-sipri': { publisher: 'Euronews', title: 'Report on SIPRI\'s 2015–19 arms-transfer data (France 7.9%)', date: '2020-03-09', url: 'https://www.euronews.com/2020/03/09/global-arms-trade-us-and-france-dramatically-increase-arms-exports-saudi-arabia-biggest-im' },
  'flight-2001-su30mkk': { publisher: 'Flight International', title: 'Chinese Su-30 flies in', date: '2001-06', url: 'https://flightglobal.com/chinese-su-30-flies-in/37966.article' },
  'flight-2002-meteor-shares': { publisher: 'Flight International', title: 'UK takes more of Meteor to plug gap', date: '2002-12', url: 'https://www.flightglobal.com/uk-takes-more-of-meteor-to-plug-gap/46391.article' },
  'flight-2004-su30mk2': { publisher: 'Flight International', title: 'China receives first of 24 two-seat Su-30MK2s', date: '2004', url: 'https://www.flightglobal.com/china-receives-first-of-24-two-seat-su-30mk2s/53342.article' },
  'flight-2005-rd93': { publisher: 'Flight International', title: 'Russia to supply Chinese FC-1 fighter engines', date: '2005', url: 'https://flightglobal.com/russia-to-supply-chinese-fc-1-fighter-engines/59991.article' },
  'flight-2006-su27-licence': { publisher: 'Flight International', title: 'China considers changes to Su-27 Sukhoi assembly deal', date: '2006', url: 'https://www.flightglobal.com/china-considers-changes-to-su-27-sukhoi-assembly-deal/57541.article' },
  'flight-2024-tornado-50': { publisher: 'FlightGlobal', title: 'Panavia\'s Cold War stalwart Tornado turns 50', date: '2024-08', url: 'https://flightglobal.com/panavias-cold-war-stalwart-tornado-turns-50/159607.article' },
  'flightradars24-2024-a400m': { publisher: 'FlightRadars24.de', title: 'Luftwaffe stärkt A400M-Flotte, Airbus sucht neue Kunden', date: '2024-10', url: 'https://flightradars24.de/nachrichten/luftwaffe-starkt-a400m-flotte-airbus-sucht-neue-kunden' },
  'forcaaerea-nh90-500': { publisher: 'Força Aérea', title: 'Airbus Helicopters entregou o NH90 número 500', date: '2023-03', url: 'https://forcaaerea.com.br/airbus-helicopters-entregou-o-nh90-numero-500' },
  'germanforeignpolicy-2020-sipri': { publisher: 'German-Foreign-Policy.com', title: 'The Western Armament Community (II) (on SIPRI\'s 2015–19 data)', date: '2020-03', url: 'https://www.german-foreign-policy.com/en/news/detail/8211' },
  'globaltimes-2013-z20': { publisher: 'Global Times', title: 'Report: Z-20 medium-lift utility helicopter makes first flight', date: '2013-12-24', url: 'http://www.globaltimes.cn/content/833783.shtml' },
  'globaltimes-2019-ahl': { publisher: 'Global Times', title: 'China–Russia 40-ton heavy helicopter expected to be delivered by 2032, says AVIC chief designer', date: '2019-03-10', url: 'http://www.globaltimes.cn/content/1141515.shtml' },
  'hef-concorde': { publisher: 'Radboud University (hef.ru.nl aircraft pages)', title: 'Concorde', url: 'https://hef.ru.nl/~pfk/aircraft/manufacturer-Concorde.php' },
  'hk01-c929-2030': { publisher: 'HK01', title: 'C929 design completed; first flight expected in 2030 (in Chinese)', date: '2025', url: 'https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60315913/c929%E5%AE%8C%E6%88%90%E8%A8%AD%E8%A8%88%E6%96%B9%E6%A1%88-%E5%9C%8B%E7%94%A2%E5%BC%95%E6%93%8E%E8%B6%85%E8%B6%8A%E6%B3%A2%E9%9F%B3787%E7%A9%BA%E5%B7%B4a350-%E6%96%992030%E5%B9%B4%E9%A6%96%E9%A3%9B' },
  'indianwitness-2025-sipri-2020-24': { publisher: 'Indian Witness', title: 'Report on SIPRI\'s 2020–24 arms-transfer data (US 43%, France 9.6%, Russia 7.8%)', date: '2025-03', url: 'https://www.indianwitness.com/news/international/us-the-worlds-largest-military-weapons-exporter-ukraine' },
  'interfax-2013-il76-production': { publisher: 'Interfax (survincity copy)', title: 'Production of Il-76 and Il-78 transferred from Tashkent to Russia', date: '2013', url: 'https://survincity.com/2013/10/production-of-il-76-and-il-78-transferred-from-2/' },
  'irishtimes-2013-sipri': { publisher: 'The Irish Times', title: 'China is world\'s fifth biggest arms exporter', date: '2013-03-19', url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/world/china-is-world-s-fifth-biggest-arms-exporter-1.1330365' },
  'jdw-2003-su30': { publisher: 'Jane\'s Defence Weekly (copy on Key Publishing forum)', title: 'China ready to sign next contract for Su-30s', date: '2003-01-15', url: 'https://keypublishing.wordpress-developer.us/?p=144613' },
  'jdw-2004-su30mk2': { publisher: 'Jane\'s Defence Weekly (copy on Key Publishing forum)', title: 'China accepts Su-30MK2 fighters', date: '2004-03-31', url: 'https://keypublishing.wordpress-developer.us/?p=142136' },
  'koreaherald-afp-2026-sipri': { publisher: 'The Korea Herald (AFP)', title: 'AFP report on SIPRI\'s 2021–25 arms-transfer data', date: '2026-03-09', url: 'https://www.koreaherald.com/article/10689988' },
  'marketscreener-2025-eurofighter-germany': { publisher: 'MarketScreener', title: 'Airbus signs contract for 20 new Eurofighters for Germany', date: '2025-10-16', url: 'https://www.marketscreener.com/news/airbus-signs-contract-for-20-new-eurofighters-for-germany-ce7d5adfdb8afe20' },
  'moscowtimes-2013-il76': { publisher: 'The Moscow Times (Interfax)', title: 'Il-76MD Transport Plane Delivered to China', date: '2013-01-24', url: 'https://www.themoscowtimes.com/2013/01/24/il-76md-transport-plane-delivered-to-china-a20953' },
  'moscowtimes-2019-early-warning': { publisher: 'The Moscow Times (Reuters)', title: 'Putin Says Russia Helping China to Build Missile-Attack Warning System', date: '2019-10-04', url: 'https://www.themoscowtimes.com/2019/10/04/putin-says-russia-helping-china-to-build-missile-attack-warning-system-a67597' },
  'navypedia-hangzhou': { publisher: 'Navypedia', title: 'HANGZHOU destroyers (1999-2000)', date: '2017', url: 'http://navypedia.org/ships/china/ch_dd_hangzhou.htm' },
  'nosint-2005-kilo': { publisher: 'NOSINT blog (Russian press summary)', title: 'Russia Builds Chinese Navy', date: '2005-12-22', url: 'https://nosint.blogspot.com/2005/12/russia-builds-chinese-navy.html' },
  'parkiet-2003-a400m': { publisher: 'Parkiet', title: 'Kontrakt Airbusa na 20 mld euro (A400M launch contract)', date: '2003', url: 'https://www.parkiet.com/gospodarka/art25500681-kontrakt-airbusa-na-20-mld-euro' },
  'piglix-concorde': { publisher: 'Wikipedia (piglix mirror)', title: 'Concorde aircraft histories', url: 'http://piglix.com/piglix/Concorde_aircraft_histories' },
  'planobrazil-2017-jf17': { publisher: 'Plano Brazil', title: 'Força Aérea do Paquistão recebe mais 16 caças JF-17 Thunder', date: '2017-02-20', url: 'https://www.planobrazil.com/2017/02/20/forca-aerea-do-paquistao-recebe-mais-16-cacas-jf17-thunder/' },
  'pti-2010-rosoboronexport': { publisher: 'PTI (via Today\'s News New Jersey blog)', title: 'China\'s share in Russian arms export dropping', date: '2010-01-28', url: 'http://todaysnewsnewjersey.blogspot.com/2010/01/chinas-share-in-russian-arms-export.html' },
  'reuters-2018-su35': { publisher: 'Reuters (via Swissinfo)', title: 'Russia to deliver 10 Su-35 fighter jets to China this year - Ifx', date: '2018', url: 'https://www.swissinfo.ch/eng/reuters/russia-to-deliver-10-su-35-fighter-jets-to-china-this-year---ifx/44141122' },
  'reuters-2024-c929-design': { publisher: 'Reuters (syndicated copy)', title: 'China\'s COMAC wide-body C929 jet in \'detailed design stage\', official says', date: '2024-03-26', url: 'https://d2233.cms.socastsrm.com/2024/03/26/chinas-comac-wide-body-c929-jet-in-detailed-design-stage-official-says/' },
  'rfi-2013-a400m': { publisher: 'RFI', title: 'RFI report on the first A400M delivery and the programme overruns', date: '2013-02-15', url: 'https://articles.rfi.fr/fr/economie/20130215-A400M-aeronautique-bourget-armee-militaire-cargo-airbus' },
  'rt-2013-il76': { publisher: 'RT en Español', title: 'Report: Rosoboronexport (Kornev) on the 2011 contract for ten Il-76s for China, 2013–15', date: '2013-06', url: 'https://actualidad.rt.com/actualidad/view/97593-ilyushin-il76-china-avion-transporte/amp' },
  'russianhelicopters-2017-ahh': { publisher: 'Russian Helicopters (via Defense-Aerospace.com)', title: 'Russian Helicopters and Chinese Avicopter Determined Technical Parameters of An Advanced Heavy-Lift Helicopter', date: '2017', url: 'http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=186879&cat=3' },
  'shephard-2021-ahl': { publisher: 'Shephard', title: 'China\'s AHL programme inches forward', date: '2021-11-11', url: 'https://www.shephardmedia.com/news/air-warfare/chinas-ahl-programme-inches-forward/' },
  'shephard-2025-meteor': { publisher: 'Shephard', title: 'Sweden procures third batch of Meteor missiles for Gripen aircraft', date: '2025-03-20', url: 'https://www.shephardmedia.com/news/air-warfare/sweden-procures-third-batch-of-meteor-missiles-for-gripen-aircraft/' },
  'sinodefence-956': { publisher: 'SinoDefence', title: 'Project 956 Sovremenny Class', url: 'http://sinodefence.com/project-956-sovremenny-class/' },
  'sipri-2008-holtom-ria': { publisher: 'SIPRI (Paul Holtom) for RIA Novosti', title: 'The beginning of the end for deliveries of Russian major conventional weapons to China', date: '2008-03-31', url: 'https://sputniknews.com/20080331/102440239.html' },
  'sipri-2013-china-fifth': { publisher: 'SIPRI', title: 'New SIPRI data on arms transfers: China replaces UK as world\'s fifth largest arms exporter', date: '2013-03-18', url: 'https://www.sipri.org/news/2013/new-sipri-data-arms-transfers-china-replaces-uk-worlds-fifth-largest-arms-exporter' },
  'sipri-2025-factsheet': { publisher: 'SIPRI', title: 'Trends in international arms transfers, 2024 (fact sheet, introduction)', date: '2025-03', url: 'https://www.sipri.org/uk/node/7510' },
  'sipri-fs-2020': { publisher: 'SIPRI', title: 'Trends in International Arms Transfers, 2019 (Fact Sheet, March 2020; copy on docslib)', date: '2020-03', url: 'https://docslib.org/doc/13346192/trends-in-international-arms-transfers-2019-3' },
  'slashgear-2024-jf17': { publisher: 'SlashGear', title: 'Pakistan\'s JF-17 Thunder fighter jet: everything to know', date: '2024-09-29', url: 'https://www.slashgear.com/1674098/jf-17-thunder-fighter-jet-pakistan-everything-to-know/' },
  'sputnik-2017-ahl-demand': { publisher: 'Sputnik', title: 'China-Russia Deal on Heavy-Lift Helicopter 99% Complete - Foreign Ministry', date: '2017-04-29', url: 'https://sputnikglobe.com/20170429/china-russia-helicopter-deal-1053130197.html' },
  'sputnikcn-2016-il76': { publisher: 'Sputnik (Chinese)', title: 'Eight Il-76 aircraft delivered to an Asian country (in Chinese)', date: '2016-01-14', url: 'http://sputniknews.cn/russia/201601141017687314/' },
  'tass-2016-china-orders': { publisher: 'TASS (via The AsiaN)', title: 'China still tops lists of Russian arms importers', date: '2016-11', url: 'http://www.theasian.asia/archives/97018' },
  'tass-2017-su35': { publisher: 'TASS', title: 'TASS report, 11 Apr 2017: ten Su-35s for China this year (Slyusar)', date: '2017-04-11', url: 'http://tass.com/defense/940632' },
  'tass-2017-su35-second-batch': { publisher: 'TASS (via Defense-Aerospace.com)', title: 'Russia Delivers Second Batch of Su-35 Fighter Jets to China — source', date: '2017-12-22', url: 'http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=189571&cat=3' },
  'tass-2024-ahl-manturov': { publisher: 'TASS', title: 'TASS report, 16 May 2024: Manturov on the AHL heavy-helicopter schedule', date: '2024-05-16', url: 'https://tass.com/economy/1789333' },
  'theaircurrent-2023-cr929': { publisher: 'The Air Current', title: 'Russian government quietly signaled Ukraine war had forced CR929 withdrawal', date: '2023-07', url: 'https://theaircurrent.com/feed/dispatches/russian-government-quietly-signaled-ukraine-war-had-forced-cr929-withdrawal/' },
  'ukdj-2017-500th-eurofighter': { publisher: 'UK Defence Journal', title: 'Report: 500th Eurofighter Typhoon delivered to the Italian Air Force', date: '2017', url: 'https://ukdefencejournal.org.uk/?p=9657' },
  'ukdj-2025-turkey-typhoon': { publisher: 'UK Defence Journal', title: 'Turkey signs £8bn deal for British Typhoon jets', date: '2025-10-27', url: 'https://ukdefencejournal.org.uk/turkey-signs-8bn-deal-for-british-typhoon-jets' },
  'ukdj-tornado-first-flight': { publisher: 'UK Defence Journal', title: 'WATCH: The first flight of Tornado in 1974', url: 'https://ukdefencejournal.org.uk/watch-first-flight-tornado-1974/' },
  'universalis-1985-efa': { publisher: 'Encyclopædia Universalis', title: '1er–31 août 1985: Europe. Exclusion de la France du projet d\'avion de combat européen', url: 'https://universalis.fr/evenement/1er-31-aout-1985-exclusion-de-la-france-du-projet-d-avion-de-combat-europeen' },
  'upinthesky-2018-a400m': { publisher: 'Up in the Sky', title: 'Airbus levert twee A400M\'s op één dag (the 60th and 61st)', date: '2018-03-22', url: 'https://www.upinthesky.nl/2018/03/22/airbus-levert-twee/' },
  'usni-2006-taizhou': { publisher: 'U.S. Naval Institute Proceedings (Combat Fleets, via TORP)', title: 'Combat Fleets, vol. 132 no. 4', date: '2006-04', url: 'http://www.torp.esrc.unimelb.edu.au/bib/P00002638.htm' },
  'uzdaily-2009-il76': { publisher: 'UzDaily (ITAR-TASS text)', title: 'Russia blames Uzbekistan for military aircraft delivery delays to China', date: '2009-01-06', url: 'https://uzdaily.com/en/russia-blames-uzbekistan-for-military-aircraft-delivery-delays-to-china' },
  'vedomosti-2014-s400': { publisher: 'Vedomosti (Arabic summary on defense-arab.com)', title: 'China signs S-400 contract worth more than $3 billion (Vedomosti, 26 Nov 2014)', date: '2014-11-26', url: 'https://defense-arab.com/vb/threads/84970' },
  'vedomosti-2021-ahl-contract': { publisher: 'Vedomosti', title: 'Russia and China sign a contract to develop a heavy helicopter (in Russian)', date: '2021-11-08', url: 'https://vedomosti.ru/business/articles/2021/11/08/894921-rossiya-i-kitai-podpisali-kontrakt-na-sozdanie-tyazhelogo-vertoleta' },
  'vietnamdefence-2016-d30': { publisher: 'VietnamDefence', title: 'China buys D-30KP2 engines for the Y-20 (in Vietnamese)', date: '2016-10', url: 'http://vietnamdefence.com/Home/tintuc/thegioi/Trung-Quoc-mua-dong-co-D30KP2-cho-Y20/201610/55071.vnd' },
  'voz-2025-sipri': { publisher: 'Voz', title: 'U.S. increases its lead as the world\'s largest arms exporter', date: '2025-03-10', url: 'https://voz.us/en/society/250310/21985/u-s-increases-its-lead-as-the-world-s-largest-arms-exporter.html' },
  'wikipedia-cr929-mirror': { publisher: 'Wikipedia (wikisum mirror)', title: 'CRAIC CR929 / Comac C929', date: '2024', url: 'https://wikisum.wiki/wiki/CRAIC_CR929' },
  'wikipedia-hangzhou': { publisher: 'Wikipedia', title: 'Chinese destroyer Hangzhou', url: 'https://en.wikipedia.org/wiki/Chinese_destroyer_Hangzhou' },
  'wikipedia-nh90-2024': { publisher: 'Wikipedia (revision of 1 Oct 2024, mirror)', title: 'NHIndustries NH90', date: '2024-10-01', url: 'https://talk.dob.jp/enwiki/w/index.php?oldid=1248781574&title=NHIndustries_NH90' },
  'zeit-2013-a400m': { publisher: 'Zeit Online (AFP)', title: 'AFP report: first Airbus A400M delivered (to France)', date: '2013-08-01', url: 'https://www.zeit.de/news/2013-08/01/deutschland-erster-airbus-militaertransporter-a400m-ausgeliefert-01180004' },
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

/** Every subject's records: the list each data file exports. */
export const recordsBySubject: Record<Subject, readonly { id: string, sources: readonly SourceKey[] }[]> = {
  projects, europe, exports: exportPeriods, reasons, claims, context,
}

/** Every cited source, in the order the deck first cites it, each once. */
export const allSources: CitedSource[] = (() => {
  const found = new Map<SourceKey, CitedSource>()
  for (const subject of SUBJECTS) {
    for (const record of recordsBySubject[subject]) {
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
  return recordsBySubject[subject].map(r => `${subject}:${r.id}`)
}

/**
 * Sources cited by any of the given record keys, in deck order, each once. A key is
 * "<subject>:<id>", or a bare subject ("projects") for all of that subject's records.
 */
export function sourcesFor(keys: readonly string[]): CitedSource[] {
  const wanted = keys.map(k => k.trim()).filter(Boolean)
  return allSources.filter(s => s.cites.some(c => wanted.some(w => c === w || c.startsWith(`${w}:`))))
}
