/** The guided tour: the mission's story in steps (date, camera, highlighted shape, event, short text). */
export interface TourStep {
  date: string;
  title: string;
  text: string;
  /** the event whose sources the panel shows */
  event: string;
  /** selection group drawn with a highlight outline (place id, or layer id for the zone) */
  highlight: string | null;
  camera: { center: [number, number]; zoom: number };
}

const WIDE = { center: [46.55, 39.85] as [number, number], zoom: 7.6 };
const HOME = { center: [46.5, 39.85] as [number, number], zoom: 8.3 };

export const TOUR_STEPS: TourStep[] = [
  {
    date: '2020-09-27',
    title: 'A second war',
    text: 'Fighting resumes over Nagorno-Karabakh. For 44 days Azerbaijani forces push into the districts Armenian forces had held since the early 1990s.',
    event: 'second-karabakh-war-2020-09-27',
    highlight: null,
    camera: WIDE,
  },
  {
    date: '2020-11-10',
    title: 'Ceasefire and a Russian mission',
    text: 'A statement signed by Armenia, Azerbaijan and Russia ends the war. About 2,000 Russian troops deploy along the line of contact and a 5 km corridor to Armenia. The blue area is this map’s approximation of their zone.',
    event: 'trilateral-statement-2020-11-10',
    highlight: 'peacekeeping-zone',
    camera: HOME,
  },
  {
    date: '2020-11-20',
    title: 'Aghdam is handed over',
    text: 'The first of three districts named in the statement returns to Azerbaijani control.',
    event: 'aghdam-handover-2020-11-20',
    highlight: 'aghdam-district',
    camera: { center: [46.85, 39.98], zoom: 8.8 },
  },
  {
    date: '2020-11-25',
    title: 'Kalbajar follows',
    text: 'The mountainous Kalbajar district changes hands ten days later than first agreed. Russian troops keep a post at the Khudavang / Dadivank monastery.',
    event: 'kalbajar-handover-2020-11-25',
    highlight: 'kalbajar-district',
    camera: { center: [46.2, 40.05], zoom: 8.4 },
  },
  {
    date: '2020-12-01',
    title: 'Lachin, except the corridor',
    text: 'Lachin district goes to Azerbaijan, but the road through it stays under the peacekeepers as the only link between Karabakh and Armenia.',
    event: 'lachin-handover-2020-12-01',
    highlight: 'lachin-corridor',
    camera: { center: [46.6, 39.68], zoom: 9 },
  },
  {
    date: '2021-01-30',
    title: 'A Russian-Turkish monitoring centre',
    text: 'A joint centre in the Aghdam district starts monitoring the ceasefire with drones. It runs until April 2024.',
    event: 'monitoring-centre-opens-2021-01-30',
    highlight: 'monitoring-centre',
    camera: { center: [46.85, 39.98], zoom: 9 },
  },
  {
    date: '2022-03-26',
    title: 'Farrukh / Parukh',
    text: 'Russia says Azerbaijani troops entered its zone near this village and used drones; Azerbaijan rejects the account. The two ministries also disagree on whether the troops later pulled back.',
    event: 'farrukh-incident-2022-03',
    highlight: 'farrukh',
    camera: { center: [46.8, 40.0], zoom: 10.2 },
  },
  {
    date: '2022-08-26',
    title: 'The corridor moves',
    text: 'Lachin town, Zabukh and Sus are handed to Azerbaijan and traffic switches to a new road further east, which leaves them outside the corridor.',
    event: 'lachin-bypass-2022-08-26',
    highlight: 'lachin-corridor',
    camera: { center: [46.57, 39.62], zoom: 10 },
  },
  {
    date: '2022-12-12',
    title: 'Blockade',
    text: 'The corridor is blocked for months; in April 2023 Azerbaijan adds a checkpoint at the Hakari bridge. Accounts of who is responsible differ.',
    event: 'blockade-2022-12-12',
    highlight: 'lachin-corridor',
    camera: { center: [46.62, 39.68], zoom: 9.4 },
  },
  {
    date: '2023-09-20',
    title: 'The zone ends in practice',
    text: 'After a one-day Azerbaijani offensive, fighting stops through the peacekeepers’ mediation. Within two weeks most Karabakh Armenians leave for Armenia; the zone no longer exists in practice.',
    event: 'operation-suspended-2023-09-20',
    highlight: 'peacekeeping-zone',
    camera: HOME,
  },
  {
    date: '2024-06-12',
    title: 'Withdrawal complete',
    text: 'The early pullout agreed by Baku and Moscow begins in April 2024; in June Azerbaijan’s defence ministry says the last troops and equipment have left.',
    event: 'withdrawal-complete-2024-06-12',
    highlight: null,
    camera: HOME,
  },
];
