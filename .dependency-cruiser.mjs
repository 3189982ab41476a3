/**
 * Module structure rules, checked by `npm run lint` (depcruise). Lower layers never import upper ones:
 * state and security know nothing of the map, the list nothing of the panel, the build pipeline nothing
 * of the app's timeline; and no import cycles.
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'a cycle ties modules together so that neither can change alone',
      from: {},
      to: { circular: true },
    },
    {
      name: 'state-not-map',
      severity: 'error',
      comment: 'the state is plain data; the map reads it, not the other way round',
      from: { path: '^src/state/' },
      to: { path: '^src/map/' },
    },
    {
      name: 'security-not-map',
      severity: 'error',
      comment: 'the security policy is configuration; it must not pull in map code',
      from: { path: '^src/security/' },
      to: { path: '^src/map/' },
    },
    {
      name: 'list-not-panel',
      severity: 'error',
      comment: 'the list and the panel are siblings: shared pieces belong in a lower module',
      from: { path: '^src/list/' },
      to: { path: '^src/panel/' },
    },
    {
      name: 'pipeline-not-app',
      severity: 'error',
      comment:
        'the data pipeline runs at build time; what it shares with the app lives in src/time, src/domain or pure data modules (layer registry, font letters)',
      from: { path: '^scripts/' },
      to: {
        path: '^src/(a11y|cite|compare|list|map|panel|search|timeline|tour|ui)/',
        pathNot: '^src/map/(registry|font-letters)\\.ts$',
      },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'the shared selectors are pure: no components, no map',
      from: { path: '^src/domain/' },
      to: { path: '^src/(a11y|cite|compare|list|map|panel|search|timeline|tour)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
