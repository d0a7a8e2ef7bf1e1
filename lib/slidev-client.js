// Slidev's public client API (`@slidev/client`), the part the pace display uses.
// Plain JavaScript on purpose: TypeScript reads slidev-client.d.ts beside it instead of following
// the import into Slidev's own TypeScript sources, which are not written for this project's strict
// settings and would fail `npm run typecheck`. Vite bundles the real module.
export { configs, sharedState, useNav } from '@slidev/client'
