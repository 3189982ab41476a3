/** English: every string the interface shows. Another language is one more file like this one. */
export const en = {
  /** the locale dates are written in (Intl) */
  locale: 'en-GB',
  dates: {
    about: (range: string) => `about ${range}`,
    startAndEnd: (start: string, end: string) => `start: ${start}; end: ${end}`,
  },
  skipToTimeline: 'Skip to the timeline',
  mainLabel: 'Map and timeline',
  timelineLabel: 'Timeline',
  sliderLabel: 'Date shown on the map',
  sliderHelp: 'Arrow keys move a day, Page Up / Page Down a month, Home / End to the ends.',
  eventTicksLabel: 'Events on the timeline',
  tickChooserLabel: 'Several events here: choose one',
  panelLabel: 'Details and sources',
  closePanel: 'Close',
  legendTitle: 'Legend',
  legendApproximate: 'Dashed outline: approximate or schematic geometry',
  loading: 'Loading the map data…',
  /** the progress line over the map area until the map is live (issue 14: slow connections) */
  progress: {
    data: 'Loading the map… step 1 of 3: the data',
    code: 'Loading the map… step 2 of 3: the map’s code (about 0.4 MB)',
    drawing: 'Loading the map… step 3 of 3: drawing',
  },
  still: {
    caption: (date: string) =>
      `A still of the map on ${date}, drawn while the live map loads: no labels, basemap or events yet`,
  },
  namesHeading: 'Names',
  stateHeading: 'On this date',
  eventsHeading: 'Events here up to this date',
  noEventsYet: 'No recorded event here up to this date.',
  claimsHeading: 'Who says what',
  sourcesHeading: 'Sources',
  notOnThisDate: 'Not on the map at this date.',
  precisionLabel: 'Geometry',
  datePrecision: {
    day: 'exact day',
    month: 'month known, day not',
    approximate: 'approximate date',
  },
  reportedOn: 'Reported on',
  /** data: places an event's sources only name (not where it happened) */
  mentionedPlaces: 'Also named in the sources',
  happenedOn: 'Happened on',
  showOnTimeline: 'Go to this date',
  noLink: 'no link known',
  opinion: '(opinion)',
  // a source published after the day the map shows: kept (later reporting can document an earlier
  // state), but marked, by the one rule in src/domain/sources.ts
  publishedLater: '(published later than the date shown)',
  dateNote: 'How the date was established',
  noWebgl:
    'This browser cannot draw the map (WebGL 2 is not available). Everything the map shows is listed below, in date order with its sources.',
  dataFailed: (what: string) =>
    `The map data could not be loaded (${what}). Reload the page to try again.`,
  ignoredUrl: (parts: string[]) =>
    `Part of the link was not understood and was ignored: ${parts.join('; ')}.`,
  onlineBasemapFailed: (name: string) =>
    `The online basemap (${name}) could not be reached, so the map shows its built-in basemap.`,
  dismiss: 'Dismiss',
  status: {
    'armenian-held': 'Held by Armenian forces',
    war: 'War, 27 Sep – 9 Nov 2020: held by Armenian forces before it; front lines moved and are not drawn',
    azerbaijan: 'Under Azerbaijani control',
    peacekeepers: 'Russian peacekeepers’ zone (Karabakh Armenian administration)',
    contested: 'Contested: accounts differ',
    'ended-in-practice': 'Zone ended in practice (contingent still present)',
    withdrawing: 'Peacekeepers withdrawing',
    closed: 'Closed',
    active: 'Active',
  },
  precision: {
    exact: 'exact',
    approximate: 'approximate',
    schematic: 'schematic (straight lines between sourced points)',
    none: 'not located',
  },
  layers: {
    territory: 'Area of control (approximate)',
    'kalbajar-district': 'Kalbajar District',
    'aghdam-district': 'Aghdam District',
    'lachin-district': 'Lachin District',
    'lachin-corridor': 'Lachin corridor (5 km)',
    farrukh: 'Farrukh / Parukh',
    'peacekeeping-zone': 'Peacekeepers’ zone (approximate)',
    'observation-posts': 'Observation posts',
    'monitoring-centre': 'Russian-Turkish monitoring centre',
    'russian-base': 'Main base (Khojaly airport)',
    events: 'Events near this date',
  },
  notes: {
    open: 'About the data',
    title: 'About the data',
    close: 'Close',
    methodHeading: 'Method',
    method: [
      'Every event, claim and date comes from the pages cited with it: eight seed news articles (2021–2024), wire and news reports, and statements of the governments and authorities involved, each with a note on how its date was established. Summaries are written by this project; where sources disagree, each account is kept as a separate claim with who makes it, and where only one side could be found the event says so.',
      'District outlines are Natural Earth admin-1 polygons (several Karabakh labels in Natural Earth are wrong and were corrected). The Lachin corridor is drawn as straight segments between sourced towns and villages, buffered 2.5 km each side (the 5 km of the 10 Nov 2020 statement).',
      'The peacekeepers’ zone has no published dataset. It is built from the former NKAO boundary, minus the area east of the 1994 ceasefire line, minus a northern strip and everything south of the November 2020 line (both estimated), plus the corridor of the period; Shusha is cut out and Farrukh / Parukh leaves the zone from 24 Mar 2022.',
    ],
    inaccuracyHeading: 'Known inaccuracies',
    inaccuracies: [
      'Natural Earth district lines in Karabakh are 0.5–2.5 km off (Lachin town falls about 1.7 km outside its district polygon).',
      'The corridor routes are schematic, the Hakari bridge position is an estimate (±1.5 km), and the zone’s cut lines are estimates (±2–5 km); its area is about 3,000 km².',
      'Observation posts are drawn at the village or site they were named after; their closing dates after September 2023 are not known precisely.',
      'During the war (27 Sep – 9 Nov 2020) the front lines moved almost daily; the map does not draw them. It hatches the whole area Armenian forces held when the war began, and shows what Azerbaijan had taken from 10 Nov 2020, as fixed by the ceasefire statement.',
      'The handed-over districts are drawn as the part of each district west of the 1994 ceasefire line and outside the former NKAO (Aghdam’s east stayed on the Azerbaijani side throughout); no two control areas overlap on any date by more than 1 km² (checked by the build).',
      'Inside the peacekeepers’ zone the Karabakh Armenian authorities kept their administration and forces until September 2023; the map colours the zone by the peacekeepers’ presence, not by who governed it.',
    ],
    licencesHeading: 'Sources and licences',
    // the project's own terms, before the per-source attribution list (house, issue #15)
    dataLicence: {
      before:
        'The data compiled by this project (events, claims, summaries, the source list, the corridor and zone geometry and the downloads) is licensed ',
      name: 'CC BY 4.0',
      after:
        ': reuse it with credit to “Karabakh peacekeeping map, 2020–2024”. What comes from other datasets keeps its own terms:',
    },
    codeLicence: 'The code is MIT-licensed',
    thirdPartyLicences:
      'licences of everything this page ships (MapLibre GL JS, BSD-3-Clause; Noto Sans fonts, SIL Open Font License 1.1)',
    citeHeading: 'How to cite',
    cite: (url: string, date: string) =>
      `Karabakh peacekeeping map, 2020–2024 (open-source project). ${url} (accessed ${date}). Cite the underlying articles as listed in the panel.`,
    downloadsHeading: 'Download the data',
    downloads: [
      ['README.md', 'What each file holds, its columns, and the licences'],
      [
        'events.csv',
        'Events (id, dates, how each date was established, title, summary, places, actors, sources)',
      ],
      ['claims.csv', 'Claims: event, claimant, side, what is claimed (in our words), sources'],
      [
        'events.geojson',
        'Events as points where they happened, with dates, precision, summary, claims and sources',
      ],
      ['sources.csv', 'Sources (outlet, headline, author, date, URL)'],
      ['places.csv', 'Places with all their names and coordinates'],
      [
        'layers.geojson',
        'Every map shape, one per state, with that state’s own dates, status and sources',
      ],
      ['sources.csl.json', 'Every source as CSL-JSON (Zotero, Pandoc, citation processors)'],
      ['sources.bib', 'Every source as BibTeX (biblatex)'],
    ],
  },
  compare: {
    toggle: 'Compare two dates',
    withLabel: 'Compare with',
    heading: (from: string, to: string) => `What changed between ${from} and ${to}`,
    legendNow: (date: string) => `New or changed on ${date} (solid)`,
    legendThen: (date: string) => `As it was on ${date} (dotted)`,
    changed: 'Changed on the map',
    noChanges: 'No mapped feature changed between these dates.',
    eventsBetween: (n: number) => `${n} event${n === 1 ? '' : 's'} in between`,
    noEvents: 'No recorded event in between.',
    absent: 'not on the map',
    redrawn: (status: string) => `outline redrawn, still ${status.toLowerCase()}`,
    invalid: (first: string, last: string, current: string) =>
      `Choose a date from ${first} to ${last}; the comparison still uses ${current}.`,
    legendNowEarlier: (date: string, later: string) =>
      `On ${date}, the earlier date: gone or changed by ${later} (solid)`,
    legendThenLater: (date: string) => `As it is on ${date}, the later date (dotted)`,
    /** the box's own buttons: compare off; on phones, fold it into the bar under the map */
    closeLabel: 'Close the comparison',
    fold: 'Fold',
    foldLabel: 'Fold the comparison under the map',
  },
  playback: {
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    week: 'a week per second',
    month: 'a month per second',
    previous: 'Previous event',
    next: 'Next event',
  },
  tour: {
    start: 'Guided tour',
    heading: (n: number, of: number) => `Guided tour · step ${n} of ${of}`,
    previous: 'Previous',
    next: 'Next',
    end: 'End tour',
    label: 'Guided tour',
  },
  legendStatus: {
    'armenian-held': 'District held by Armenian forces',
    azerbaijan: 'District under Azerbaijani control',
    zone: 'Peacekeepers’ zone (approximate)',
    corridor: 'Lachin corridor (schematic route, 5 km)',
    event: 'Event on the date or in the two weeks before',
  },
  names: {
    label: 'Place names',
    help: 'Contested places have an Azerbaijani and an Armenian name. Choose which the map, the panel and the list show.',
    modes: {
      both: 'Both (Khankendi / Stepanakert)',
      az: 'Azerbaijani forms',
      hy: 'Armenian forms',
      ru: 'Russian-derived forms',
    },
    rows: {
      az: 'Azerbaijani',
      hy: 'Armenian-derived',
      ru: 'Russian-derived',
      native: 'Native script',
      location: 'Location',
    },
  },
  search: {
    label: 'Search places and events',
    placeholder: (examples: string) => `Search: ${examples}…`,
    resultsLabel: 'Places and events found',
    count: (n: number) => (n === 0 ? 'Nothing found' : `${n} result${n === 1 ? '' : 's'}`),
    matched: (name: string) => `as “${name}”`,
    event: 'event',
    area: 'area',
  },
  view: {
    label: 'Show as',
    map: 'Map',
    list: 'List',
    mapKeys:
      'Interactive map: arrow keys pan, plus and minus zoom. The search box and the list open any place or event.',
  },
  list: {
    heading: 'All events in date order',
    filtersLabel: 'Filter the events',
    place: 'Place',
    anyPlace: 'All places',
    actor: 'Actor',
    anyActor: 'All actors',
    text: 'Text',
    clear: 'Clear filters',
    count: (shown: number, all: number) =>
      shown === all ? `All ${all} events` : `${shown} of ${all} events`,
    onDate: 'On the date shown',
    latest: 'Latest before the date shown',
  },
  cite: {
    button: 'Cite',
    textLabel: 'Citation',
    copied: 'Copied to the clipboard.',
    selectToCopy: 'The citation is selected below: copy it with Ctrl+C or ⌘C.',
    sourcesHeading: 'Sources:',
    noLink: '(no link known)',
    publishedLater: '(published later than the date cited)',
    view: (title: string, date: string, app: string, url: string, accessed: string) =>
      `“${title}”, as of ${date}. ${app}. ${url} (accessed ${accessed}).`,
  },
  announce: {
    selected: (title: string, date: string) => `Showing ${title}, ${date}.`,
    cleared: (date: string) => `Details closed. Map shows ${date}.`,
    date: (date: string) => `Map shows ${date}.`,
    names: (mode: string) => `Place names: ${mode}.`,
    view: (mode: string) => `${mode} view.`,
  },
  // failures, history, playback, home view and stale-state notices (see docs/failure-modes.md)
  home: { button: 'Show the whole area' },
  tourOverrides: (parts: string[]) =>
    `This link opens a step of the guided tour, which sets its own date, selection and map view, so ${parts.join(', ')} ${parts.length === 1 ? 'was' : 'were'} not used.`,
  failure: {
    mapDownload:
      'The map could not be downloaded (a network failure: its script or style sheet did not arrive). Everything the map shows is listed below, in date order with its sources, and the data files are under “About the data”. Reload the page to try again.',
    mapWorker:
      'The map could not start: the server did not deliver the map’s worker script as JavaScript (a host must serve .mjs files as text/javascript). Everything the map shows is listed below, in date order with its sources, and the data files are under “About the data”.',
  },
  // ---- cartography: legend, context layers, caption, locator (map helper) ----
  cartography: {
    contested: 'Contested: accounts differ (hatched)',
    // the legend's entry for a corridor in dispute and the panel's state line for it (src/map/status-text.ts)
    corridorBlockaded: 'Corridor blockaded (accounts differ)',
    // a point whose marker takes the colour of who holds it (Farrukh / Parukh)
    colouredByHolder: (name: string) => `${name}: coloured by who holds it`,
    contextHeading: 'Context layers',
    context: {
      'context-nkao': 'Former NKAO boundary (1923–1991)',
      'context-ceasefire-1994': '1994 ceasefire line',
      'context-rivers': 'Rivers',
      'context-roads': 'Main roads',
    },
    captionLabel: 'What happened on this date',
    captionOn: (title: string) => title,
    captionUnderWay: (title: string, since: string) => `Under way since ${since}: ${title}`,
    captionLatest: (title: string, when: string) => `Latest event, ${when}: ${title}`,
    captionOpen: 'Open the event and its sources',
    locatorLabel: 'Where the map is: the South Caucasus, with the area shown boxed',
  },
  // embed mode, the Share dialog, image export, offline (house, issue #15)
  embed: {
    openFull: 'Open full map',
    openFullLabel: 'Open the full map at this view (new tab)',
    frameTitle: (date: string) =>
      `Map of the Russian peacekeeping mission in Nagorno-Karabakh on ${date}`,
  },
  share: {
    button: 'Share',
    title: 'Share this view',
    close: 'Close',
    linkHeading: 'Link',
    linkLabel: 'Link to this view',
    embedHeading: 'Embed',
    embedLabel: 'HTML to paste into an article',
    embedHelp:
      'A compact map of this view that fills the width of its column (at least 400 px tall), with a link back to the full map.',
    copy: 'Copy',
    copied: 'Copied.',
    selectToCopy: 'Selected: copy it with Ctrl+C or ⌘C.',
    imageHeading: 'Image',
    imageHelp:
      'A PNG of the map as shown, with the title, date, legend, scale and attribution drawn in.',
    image1x: 'Download PNG',
    image2x: 'Download PNG at 2× (print)',
    imageFailed: 'The image could not be made in this browser.',
  },
  offline: {
    updateReady: 'A new version of the map is available.',
    reload: 'Reload',
    later: 'Later',
  },
  exportImage: {
    fileName: (iso: string, scale: number) =>
      `karabakh-peacekeeping-map-${iso}${scale > 1 ? `@${scale}x` : ''}.png`,
  },
  /** phones: one card over the map at a time; the others fold into a bar under it (src/layout/) */
  fold: {
    label: 'Folded to keep the map in view',
    note: 'Folded:',
    panel: (title: string) => `Details: ${title}`,
    panelShow: (title: string) => `Show the details again: ${title}`,
    tour: (step: number) => `Tour · step ${step}`,
    tourShow: (step: number) => `Show the guided tour again (step ${step})`,
    compare: 'Compare',
    compareShow: 'Show the comparison of two dates again',
    folded: (what: string) => `${what} folded under the map, to keep the map in view.`,
  },
} as const;
