import { restrictionInForce } from '@redress/policy';
import type { RequestContext } from '@redress/platform';
import { ContactRestriction } from './contact-restriction.entity';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';

interface Waiting<V> {
  id: string;
  resolve: (value: V) => void;
  reject: (err: unknown) => void;
}

/**
 * One query for every complainant a response shows (a page of cases lists many): the ids asked for in the same turn
 * of the event loop are loaded together. Nothing is cached, so a later mutation in the same request reads afresh.
 */
function batched<V>(name: string, loadMany: (ctx: RequestContext, ids: string[]) => Promise<Map<string, V>>, empty: () => V) {
  const queues = new WeakMap<RequestContext, Waiting<V>[]>();
  return (ctx: RequestContext, id: string): Promise<V> =>
    new Promise<V>((resolve, reject) => {
      const queue = queues.get(ctx) ?? [];
      queues.set(ctx, queue);
      queue.push({ id, resolve, reject });
      if (queue.length > 1) return;
      setImmediate(() => {
        queues.delete(ctx);
        loadMany(ctx, [...new Set(queue.map((w) => w.id))]).then(
          (found) => queue.forEach((w) => w.resolve(found.get(w.id) ?? empty())),
          (err: unknown) => queue.forEach((w) => w.reject(new Error(`${name}: ${String(err)}`))),
        );
      });
    });
}

/** Whether each person is under a restriction in force now (not lifted, not past its last day). */
export const isRestricted = batched<boolean>(
  'restricted',
  async (ctx, ids) => {
    const open = await ctx.em.find(ContactRestriction, { complainantId: { $in: ids }, liftedAt: null });
    const now = ctx.now();
    return new Map(open.filter((r) => restrictionInForce(r, now)).map((r) => [r.complainantId, true]));
  },
  () => false,
);

/** Each person's reasonable adjustments, oldest first. */
export const adjustmentsOf = batched<ReasonableAdjustment[]>(
  'adjustments',
  async (ctx, ids) => {
    const all = await ctx.em.find(ReasonableAdjustment, { complainantId: { $in: ids } }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
    const byPerson = new Map<string, ReasonableAdjustment[]>();
    for (const a of all) byPerson.set(a.complainantId, [...(byPerson.get(a.complainantId) ?? []), a]);
    return byPerson;
  },
  () => [],
);
