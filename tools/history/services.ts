import { randomBytes } from 'node:crypto';
import { isCodedError } from '@redress/policy';
import { QUEUES } from '@redress/contracts';
import type { CaseOpenJob } from '@redress/contracts';
import { createLogger, createQueue, createRedis, loadConfig } from '@redress/platform';
import type { MikroORM, PlatformConfig, Redis } from '@redress/platform';
import { caseworkModule, openCase, plannedTimers, scheduleTimers } from '@redress/casework';
import type { TimerQueue } from '@redress/casework';
import { applyCaseResponse, applyCaseSnapshot, intakeModule } from '@redress/intake';
import { recordEvent, reportingModule } from '@redress/reporting';
import { CaseStory, Tally } from './case-story';
import type { StoryContext } from './case-story';
import type { Showcase } from './plan';
import { hash32 } from './prng';
import type { ConsumedQueue, Consumers } from './relay';
import { StaffBook } from './staff';

export interface Service {
  orm: MikroORM;
  schema: string;
  config: PlatformConfig;
}

/** The three services history writes through, each with its own ORM (migrated) and schema, as their processes have. */
export interface Services {
  intake: Service;
  casework: Service;
  reporting: Service;
  redis: Redis;
  /** Timers the commands schedule while history is written: a queue of its own, never worked, removed at the end. */
  timers: TimerQueue;
}

export async function openServices(env: NodeJS.ProcessEnv): Promise<Services> {
  const logger = createLogger('history', env.LOG_LEVEL === 'debug' ? 'debug' : 'warn');
  const open = async (m: typeof intakeModule, service: 'intake' | 'casework' | 'reporting'): Promise<Service> => {
    const config = loadConfig(service, env);
    return { orm: await m.createOrm(config, logger), schema: m.schema(config), config };
  };
  const intake = await open(intakeModule, 'intake');
  const casework = await open(caseworkModule, 'casework');
  const reporting = await open(reportingModule, 'reporting');
  const redis = createRedis(casework.config.redisUrl);
  // The casework worker's reconciler schedules the real timers of every case still open when the platform starts.
  const prefix = `${casework.config.queuePrefix}-history-${randomBytes(3).toString('hex')}`;
  return { intake, casework, reporting, redis, timers: createQueue(QUEUES.slaTimers, { connection: redis, prefix }) };
}

export async function closeServices(s: Services): Promise<void> {
  await s.timers.obliterate({ force: true }).catch(() => undefined);
  await s.timers.close();
  s.redis.disconnect();
  for (const svc of [s.intake, s.casework, s.reporting]) await svc.orm.close();
}

/** The story of the case a reference opens: its seed, and whether it is one of the showcases. */
export type StoryRef = readonly [seed: number, showcase: Showcase];

/** A case opened from a contact history did not plan (none should be): a story of its own reference. */
export const unplannedStory = (reference: string): StoryRef => [hash32(reference), null];

/** What a set of consumers did: the stories' tally and the steps the case machine refused. */
export interface WorkDone {
  tally: Tally;
  refusals: string[];
}

type ReportingType = Parameters<typeof recordEvent>[2];

/**
 * The consumers of the three queues history delivers to, as the services' workers run them: casework's case.open
 * (openCase, its timers, then the case's story with the clock injected), reporting's recordEvent, intake's tracking.
 */
export function consumersOf(
  s: Services,
  options: { horizon: Date; firstYear: number; storyOf: (reference: string) => StoryRef | Promise<StoryRef> },
): { consumers: Consumers; done: WorkDone } {
  const done: WorkDone = { tally: new Tally(), refusals: [] };
  const ctx: StoryContext = {
    orm: s.casework.orm,
    schema: s.casework.schema,
    timers: s.timers,
    staff: new StaffBook(),
    horizon: options.horizon,
    firstYear: options.firstYear,
    tally: done.tally,
  };
  const consumers: Record<ConsumedQueue, Consumers[ConsumedQueue]> = {
    [QUEUES.caseIntake]: async (_type, payload) => {
      const job = payload as unknown as CaseOpenJob;
      // The casework worker picks the job up moments after intake wrote it.
      const openedAt = new Date(Date.parse(job.occurredAt) + 20_000);
      const c = await openCase(s.casework.orm.em.fork(), job, openedAt);
      await scheduleTimers(
        s.timers,
        c.stages.getItems().flatMap((st) => plannedTimers(c, st)),
        openedAt,
      );
      const [seed, showcase] = await options.storyOf(job.submission.reference);
      try {
        await CaseStory.live(ctx, c, seed, showcase, openedAt);
      } catch (err) {
        if (!isCodedError(err)) throw err;
        // A step the case machine refused: the story is wrong, not the platform. The case stays as it got; counted.
        done.refusals.push(`${job.submission.reference}: ${(err as Error).message}`);
      }
    },
    [QUEUES.reportingEvents]: async (type, payload) => {
      await recordEvent(s.reporting.orm.em.fork(), s.reporting.schema, type as ReportingType, payload as never, new Date());
    },
    [QUEUES.intakeCaseStatus]: async (type, payload) => {
      const em = s.intake.orm.em.fork();
      if (type === 'case.responded') await applyCaseResponse(em, payload as never);
      else if (type === 'case.opened' || type === 'case.changed') await applyCaseSnapshot(em, payload as never);
      else throw new Error(`history does not expect ${type} on ${QUEUES.intakeCaseStatus}`);
    },
  };
  return { consumers, done };
}
