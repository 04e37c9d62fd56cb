import 'reflect-metadata';
import type { FromWorker, ToWorker } from './pool';
import { closeServices, consumersOf, openServices } from './services';
import type { Services, WorkDone } from './services';
import type { Consumers } from './relay';

/**
 * A history worker (forked by WorkerPool): runs the consumers of the events it is sent, in process, as a casework,
 * reporting or intake worker runs them, then reports what its case stories did.
 */
const send = (m: FromWorker): void => void process.send?.(m);
let services: Services | null = null;
let consumers: Consumers | null = null;
let done: WorkDone | null = null;

process.on('message', (m: ToWorker) => {
  if (m.t === 'init') {
    openServices(process.env)
      .then((s) => {
        services = s;
        ({ consumers, done } = consumersOf(s, {
          horizon: new Date(m.init.horizon),
          firstYear: m.init.firstYear,
          stories: new Map(m.init.stories),
        }));
        send({ t: 'ready' });
      })
      .catch((err: Error) => send({ t: 'failed', error: err.message }));
  } else if (m.t === 'job') {
    consumers!
      [m.queue](m.type, m.payload, '')
      .then(() => send({ t: 'done', id: m.id }))
      .catch((err: Error) => send({ t: 'done', id: m.id, error: `${err.message}\n${err.stack ?? ''}` }));
  } else {
    const t = done!.tally;
    void (services ? closeServices(services) : Promise.resolve()).finally(() => {
      send({
        t: 'stopped',
        tally: { actions: t.actions, breaches: t.breaches, enquiriesOverdue: t.enquiriesOverdue, unplannedLate: t.unplannedLate },
        refusals: done!.refusals,
      });
      process.disconnect?.();
    });
  }
});
