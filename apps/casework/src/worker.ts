import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import DataLoader from 'dataloader';
import type { JobOutcome } from '@redress/contracts';
import { createQueue, createWorker, done, runOnSchedule, runWorkers, skipped } from '@redress/platform';
import { alertFeedbackRecorded } from './alerts/feedback-recorded.processor';
import { caseworkModule } from './casework.module';
import { escalateFromRequest } from './cases/escalate-from-request';
import { openCase } from './cases/open-case';
import { plannedTimers, scheduleTimers } from './timers/case-timers';
import { chaseOverdueRemedies } from './remedies/chase-remedies';
import { sweepReviews } from './complainants/review-sweep';
import { reconcileCaseTimers } from './timers/reconcile-timers';
import { watchForRedisDataLoss } from './timers/redis-recovery';
import { eraseSubject } from './data-protection/erase-subject.processor';
import { sweepCaseRetention } from './data-protection/retention-sweep';
import { deliverSlaAlert } from './timers/sla-alert.processor';
import { isStageTimer, processSlaTimer, processStageTimers } from './timers/sla-timer.processor';
import type { StageTimerJob } from './timers/sla-timer.processor';
import { recordMessageDelivered, recordMessageFailed } from './messages/message-outcome.processor';

/** Stage timers recorded in one transaction at most; also the timers queue's concurrency. */
const STAGE_TIMER_BATCH = 100;

runWorkers(
  caseworkModule,
  async ({ orm, config, queueOptions, logger, register, redis }) => {
    const timers = createQueue(QUEUES.slaTimers, queueOptions);
    register('sla-timers queue', () => timers.close());
    // A Redis that lost its data (flushed, restarted empty) has every open case's timers re-planned within seconds.
    watchForRedisDataLoss({ orm, timers, redis, logger, register });
    const stageTimers = new DataLoader<StageTimerJob, JobOutcome>((jobs) => processStageTimers(orm.em.fork(), jobs, new Date()), {
      cache: false,
      maxBatchSize: STAGE_TIMER_BATCH,
      // The jobs BullMQ hands over together arrive over a few milliseconds: wait that long to gather them.
      batchScheduleFn: (run) => setTimeout(run, 10),
    });
    const workers = [
      createWorker(
        QUEUES.caseIntake,
        {
          'case.open': async (job) => {
            const c = await openCase(orm.em.fork(), job, new Date());
            await scheduleTimers(
              timers,
              c.stages.getItems().flatMap((s) => plannedTimers(c, s)),
              new Date(),
            );
            return done;
          },
        },
        { ...queueOptions, logger },
      ),
      createWorker(
        QUEUES.slaTimers,
        {
          // Acknowledgement and response timers come due in bursts (deadlines are end of day): batched into one transaction.
          'sla.timer': (job) => (isStageTimer(job) ? stageTimers.load(job) : processSlaTimer(orm.em.fork(), job, new Date(), timers)),
          'sla.reconcile': async () => {
            // Also moves the running deadlines a bank holiday added since (EXTRA_BANK_HOLIDAYS_FILE) affects.
            const { timers: n, deadlinesMoved } = await reconcileCaseTimers(orm.em.fork(), timers, new Date());
            const chased = await chaseOverdueRemedies(orm.em.fork(), new Date());
            // Restrictions and adjustments whose review date has come: their reviewers are alerted, once.
            const reviews = await sweepReviews(orm.em.fork(), new Date());
            logger.info({ timers: n, deadlinesMoved, remediesChased: chased, reviews }, 'sla timers reconciled');
            return done;
          },
        },
        // Enough timers at once for a burst to batch; each batch is one transaction, so the pool is not the limit.
        { ...queueOptions, logger, concurrency: STAGE_TIMER_BATCH },
      ),
      createWorker(
        QUEUES.escalations,
        { 'case.escalate': (job) => escalateFromRequest(orm.em.fork(), timers, job, new Date()) },
        { ...queueOptions, logger },
      ),
      createWorker(
        QUEUES.dataProtection,
        {
          'subject.erase': async (job) =>
            (await eraseSubject(orm.em.fork(), job, new Date(), logger)) ? done : skipped('no case left to erase'),
        },
        { ...queueOptions, logger },
      ),
      createWorker(
        QUEUES.feedback,
        { 'feedback.recorded': (event) => alertFeedbackRecorded(orm.em.fork(), event, new Date()) },
        { ...queueOptions, logger },
      ),
      createWorker(
        QUEUES.slaAlerts,
        { 'sla.alert': (alert) => deliverSlaAlert(orm.em.fork(), alert, new Date()) },
        { ...queueOptions, logger },
      ),
      createWorker(
        QUEUES.messageOutcomes,
        {
          'message.delivered': (event) => recordMessageDelivered(orm.em.fork(), event, new Date()),
          'message.failed': (event) => recordMessageFailed(orm.em.fork(), event, new Date()),
        },
        { ...queueOptions, logger },
      ),
    ];
    // At start (the platform may have been down past a deadline) and then on a schedule kept by this process,
    // not by Redis, so a wiped Redis is rebuilt within one interval. Replicas share one job per interval.
    const requestReconcile = (slot: string) =>
      timers
        .add('sla.reconcile', { v: 1 }, { jobId: `reconcile-${slot}` })
        .catch((err: Error) => logger.error({ err: err.message }, 'could not request a reconcile'));
    await requestReconcile(`start-${Date.now()}`);
    const every = config.slaReconcileEveryMs; // SLA_RECONCILE_EVERY_MS, read by loadConfig
    const interval = setInterval(() => void requestReconcile(String(Math.floor(Date.now() / every))), every);
    register('reconcile schedule', () => clearInterval(interval));
    // Repeatable: each case is locked and skipped once anonymised.
    runOnSchedule(
      'retention schedule',
      config.retentionSweepEveryMs,
      async () => {
        const n = await sweepCaseRetention(orm.em.fork(), config, new Date());
        if (n) logger.info({ anonymised: n }, 'retention schedule: closed cases anonymised');
      },
      { logger, register },
    );
    return workers;
  },
  { publishesTo: [QUEUES.reportingEvents, QUEUES.intakeCaseStatus, QUEUES.slaAlerts, QUEUES.notifications, QUEUES.messageRecords] },
).catch((err: Error) => {
  console.error(`casework worker failed to start: ${err.message}`);
  process.exit(1);
});
