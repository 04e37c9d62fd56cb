import 'reflect-metadata';
import type { FromWorker, ToWorker } from './pool';
import { closeServices, consumersOf, openServices, unplannedStory } from './services';
import type { Services, StoryRef, WorkDone } from './services';
import type { Consumers } from './relay';

/**
 * A history worker (forked by WorkerPool): runs the consumers of the events it is sent, in process, as a casework,
 * reporting or intake worker runs them, then reports what its case stories did.
 */
const send = (m: FromWorker): void => void process.send?.(m);
let services: Services | null = null;
let consumers: Consumers | null = null;
let done: WorkDone | null = null;
/** The stories of the cases sent here: each case.open arrives with its own. */
const stories = new Map<string, StoryRef>();

function init(m: Extract<ToWorker, { t: 'init' }>): void {
  openServices(process.env)
    .then((s) => {
      services = s;
      const storyOf = (reference: string) => stories.get(reference) ?? unplannedStory(reference);
      ({ consumers, done } = consumersOf(s, { horizon: new Date(m.init.horizon), firstYear: m.init.firstYear, storyOf }));
      send({ t: 'ready' });
    })
    .catch((err: Error) => send({ t: 'failed', error: err.message }));
}

function work(m: Extract<ToWorker, { t: 'job' }>): void {
  const reference = (m.payload.submission as { reference?: string } | undefined)?.reference;
  if (m.story && reference) stories.set(reference, m.story);
  consumers!
    [m.queue](m.type, m.payload, '')
    .then(() => send({ t: 'done', id: m.id }))
    .catch((err: Error) => send({ t: 'done', id: m.id, error: `${err.message}\n${err.stack ?? ''}` }));
}

function stop(): void {
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

process.on('message', (m: ToWorker) => (m.t === 'init' ? init(m) : m.t === 'job' ? work(m) : stop()));
