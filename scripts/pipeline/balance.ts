/**
 * Balance of the record: whose claims it carries, and contested events where only one side of the
 * conflict speaks. Printed by `npm run validate`; the one-sided rule is enforced in validate.ts.
 */
import type { ActorIn, EventIn } from './schema.ts';

/** The two sides of the conflict, as the balance report groups actors. */
export type ConflictSide = 'azerbaijani' | 'armenian';

/** The side an actor speaks for: its own, or for an outlet the country it is based in. */
export function sideOf(actor: ActorIn | undefined): string {
  if (!actor) return 'unknown';
  return actor.side === 'media' ? (actor.based_in ?? 'other') : actor.side;
}

export function conflictSide(side: string): ConflictSide | null {
  if (side === 'azerbaijan') return 'azerbaijani';
  if (side === 'armenia' || side === 'karabakh-armenian') return 'armenian';
  return null;
}

/** The conflict sides whose actors make claims in an event. */
export function sidesHeard(e: EventIn, actors: Map<string, ActorIn>): Set<ConflictSide> {
  const heard = new Set<ConflictSide>();
  for (const c of e.claims) {
    const s = conflictSide(sideOf(actors.get(c.by)));
    if (s) heard.add(s);
  }
  return heard;
}

export interface BalanceReport {
  claimsBySide: Record<string, number>;
  totalClaims: number;
  /** events where exactly one conflict side makes claims */
  oneSided: { id: string; side: ConflictSide; noted: boolean }[];
}

export function balanceReport(events: EventIn[], actorList: ActorIn[]): BalanceReport {
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const claimsBySide: Record<string, number> = {};
  let totalClaims = 0;
  const oneSided: BalanceReport['oneSided'] = [];
  for (const e of events) {
    for (const c of e.claims) {
      const side = sideOf(actors.get(c.by));
      claimsBySide[side] = (claimsBySide[side] ?? 0) + 1;
      totalClaims++;
    }
    const heard = [...sidesHeard(e, actors)];
    if (heard.length === 1)
      oneSided.push({ id: e.id, side: heard[0] as ConflictSide, noted: !!e.sides_note });
  }
  return { claimsBySide, totalClaims, oneSided };
}

export function formatBalance(r: BalanceReport): string {
  const sides = Object.entries(r.claimsBySide)
    .sort((a, b) => b[1] - a[1])
    .map(([side, n]) => `${side} ${n}`)
    .join(', ');
  const lines = [`Balance: ${r.totalClaims} claims by side (outlets by country): ${sides}`];
  const bySide = (s: ConflictSide) => r.oneSided.filter((o) => o.side === s);
  lines.push(
    `Contested events with one side only: ${r.oneSided.length} ` +
      `(Azerbaijani only ${bySide('azerbaijani').length}, Armenian only ${bySide('armenian').length}), ` +
      `${r.oneSided.filter((o) => o.noted).length} with a note on what was looked for`,
  );
  for (const o of r.oneSided) lines.push(`  ${o.id}: ${o.side} only${o.noted ? ' (noted)' : ''}`);
  return lines.join('\n');
}
