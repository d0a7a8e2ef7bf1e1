// What changed since the essay (2022–2026), for one slide, in date order: events of the public
// record that bear on China–Russia arms and aerospace ties after the essay was written. Reports of
// leaked documents, claims one side denies and figures only one source gives carry their label.
import type { SinceEvent } from './schema.ts'

export const since = [
  {
    id: 'cr929-exit',
    date: '2023-08',
    headline: 'Russia\'s UAC leaves the CR929 airliner venture, citing sanctions',
    detail: 'At the Army-2023 forum UAC\'s chief executive, Yury Slyusar, confirmed that UAC was no longer a partner in the CR929 joint venture, blaming sanctions, and offered to stay on as a supplier of the composite wing and engines.',
    evidence: [
      { source: 'aviationweek-2023-cr929', quote: 'United Aircraft Corp. (UAC) CEO Yury Slyusar earlier this month confirmed for the first time that UAC is no longer a partner in the CR929 joint venture.' },
    ],
    sources: ['aviationweek-2023-cr929', 'airdatanews-2023-cr929'],
    checked: '2026-12-02',
  },
  {
    id: 'dual-use',
    date: '2024-04',
    headline: 'US: China supplies most of Russia\'s microelectronics and machine-tool imports',
    detail: 'US officials said in Apr 2024 that China supplied 90% of Russia\'s microelectronics imports in 2023 and about 70% of its machine-tool imports, used to make missiles, tanks and aircraft. China denies supplying lethal aid.',
    evidence: [
      { source: 'reuters-2024-dualuse', quote: 'In 2023, 90 per cent of Russia’s microelectronics imports came from China, which Russia has used to produce missiles, tanks, and aircraft, the officials said.' },
    ],
    sources: ['reuters-2024-dualuse'],
    checked: '2026-12-02',
  },
  {
    id: 'ahl-status',
    date: '2024-05',
    headline: 'AHL heavy helicopter "on schedule", Russia says; no flight reported',
    detail: 'On 16 May 2024 Manturov said the AHL\'s schedules were being met and the project was at the contract-implementation stage. Nothing later was found from either side, and no prototype or first flight had been reported by Dec 2026.',
    label: 'single source',
    evidence: [
      { source: 'tass-2024-ahl-manturov', quote: 'The schedules and stages of the Russian-Chinese project to jointly develop a heavy helicopter (AHL) are being met, Russia’s First Deputy Prime Minister Denis Manturov told reporters.' },
    ],
    sources: ['tass-2024-ahl-manturov'],
    checked: '2026-12-02',
  },
  {
    id: 'garpiya-drones',
    date: '2024-09',
    headline: 'Russia develops Garpiya-3 attack drones in China',
    detail: 'Reuters, citing two European intelligence sources and company documents, reported that Almaz-Antey\'s IEMZ Kupol developed and flight-tested the Garpiya-3 long-range drone in China with local specialists. China\'s foreign ministry said it knew of no such project.',
    label: 'leaked documents',
    evidence: [
      { source: 'reuters-2024-garpiya', quote: 'Russia has established a weapons programme in China to develop and produce long-range attack drones for use in the war against Ukraine' },
    ],
    sources: ['reuters-2024-garpiya'],
    checked: '2026-12-02',
  },
  {
    id: 'c929-offer',
    date: '2025-09',
    headline: 'Russia offers wing, PD-26 engine for China\'s C929: "no aircraft yet"',
    detail: 'On 5 Sept 2025 Manturov said Russia was ready to supply China\'s wide-body with a composite wing and a 26-tonne-thrust engine on the PD-35 core (the PD-26), but "there is no aircraft yet"; the decision is China\'s.',
    evidence: [
      { source: 'tass-2025-manturov-c929', quote: 'Это композитное крыло, ну и в том числе тяжелый двигатель на базе газогенератора ПД-35, 26 тонн тяги', translation: 'That is the composite wing and also a heavy engine based on the PD-35 core, with 26 tonnes of thrust' },
      { source: 'tass-2025-manturov-c929', quote: 'Ну, во-первых, еще пока самого самолета нет. Поэтому как самолет появится, то и поставки появятся.', translation: 'Well, first of all, there is no aircraft itself yet. So when the aircraft appears, the supplies will appear.' },
    ],
    sources: ['tass-2025-manturov-c929', 'ria-2025-manturov-c929'],
    checked: '2026-12-02',
  },
  {
    id: 'airborne-battalion',
    date: '2025-09',
    headline: 'Russia to arm and train a Chinese airborne battalion, sharing know-how',
    detail: 'Documents leaked by the Black Moon group and reviewed by RUSI (Sept 2025) describe a 2023 deal: 37 light amphibious assault vehicles, 11 anti-tank self-propelled guns, 11 airborne APCs, training and technology transfer. They show no Chinese payment.',
    label: 'leaked documents',
    evidence: [
      { source: 'kyivindependent-2025-airborne', quote: 'Russia will provide China with 37 light amphibious assault vehicles equipped with automatic cannons, 11 light amphibious anti-tank self-propelled guns, 11 airborne armoured personnel carriers' },
      { source: 'ap-2025-airborne', quote: 'They suggest that Russia has begun work on the products to be delivered but don\'t contain direct evidence from the Chinese side that Beijing has paid any money' },
    ],
    sources: ['kyivindependent-2025-airborne', 'cnn-2025-airborne', 'ap-2025-airborne', 'ft-2025-airborne'],
    checked: '2026-12-02',
  },
  {
    id: 'bomber-patrol-10',
    date: '2025-12',
    headline: 'Tenth joint Chinese–Russian strategic bomber patrol since 2019',
    detail: 'On 9 Dec 2025 Chinese and Russian bombers flew their tenth joint strategic patrol since the first in July 2019; H-6Ks and Tu-95MSs patrol the Sea of Japan, the East China Sea and the western Pacific. Operations, not arms trade.',
    evidence: [
      { source: 'xinhua-2025-10th-patrol', quote: 'This is the 10th joint strategic air patrol organized by the two militaries since 2019.' },
    ],
    sources: ['tass-2019-first-patrol', 'xinhua-2025-10th-patrol'],
    checked: '2026-12-02',
  },
  {
    id: 'sipri-2021-25',
    date: '2026-03',
    headline: 'SIPRI 2021–25: Russia 3rd at 6.8%, China 5th at 5.6%',
    detail: 'Russia\'s share of world major-arms exports fell to 6.8% in 2021–25 (from 21% in 2016–20), its exports down 64%; China was fifth at 5.6%, just behind Germany. China took 13% of Russian exports; China\'s own arms imports fell 72%.',
    label: 'single source',
    evidence: [
      { source: 'dagens-2026-sipri-2021-25', quote: 'The institute said Russian weapons exports fell by 64% compared with 2016-2020.' },
      { source: 'dagens-2026-sipri-2021-25', quote: 'China and Belarus followed, each accounting for 13% of Russia’s deliveries.' },
    ],
    sources: ['dagens-2026-sipri-2021-25', 'koreaherald-afp-2026-sipri'],
    checked: '2026-12-02',
  },
] as const satisfies readonly SinceEvent[]
