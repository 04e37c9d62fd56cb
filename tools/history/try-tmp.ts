import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Channel, ContactDirection } from '@redress/policy';
import { createLogger, loadConfig } from '@redress/platform';
import { Case, caseworkModule, recordContact, runCaseCommand } from '@redress/casework';
import { openServices, closeServices } from './services';
import { StaffBook } from './staff';
(async () => {
  const s = await openServices(process.env);
  if (process.env.SELECTIN) s.casework.orm.config.set('loadStrategy', 'select-in' as never);
  const knex = s.casework.orm.em.getConnection().getKnex();
  const [{ id }] = (await knex.raw(`select c.id from "${s.casework.schema}"."case" c where status = 'CLOSED' and council_id = 'hart' limit 1`)).rows;
  const book = new StaffBook();
  const staff = book.identity('hart-coordinator');
  const now = new Date('2026-11-01T10:00:00Z');
  const ctx = () => ({ auth: { staff }, em: s.casework.orm.em.fork(), schema: s.casework.schema, now: () => now, timers: s.timers });
  for (const n of [10, 40]) {
    const c0 = process.cpuUsage(); const t0 = performance.now();
    for (let i = 0; i < n; i++) await runCaseCommand(ctx(), id, 'RECORD_CONTACT', (sc) => recordContact(sc, { direction: ContactDirection.INBOUND, channel: Channel.TELEPHONE, summary: 'x' }));
    const c = process.cpuUsage(c0);
    console.log('command', n, 'wall', ((performance.now() - t0) / n).toFixed(1), 'cpu', ((c.user + c.system) / 1000 / n).toFixed(1));
    const c1 = process.cpuUsage();
    for (let i = 0; i < n; i++) await s.casework.orm.em.fork().findOne(Case, { id }, { populate: ['stages', 'stages.breaches', 'timeline', 'complainant'] });
    const d = process.cpuUsage(c1);
    console.log('load   ', n, 'cpu', ((d.user + d.system) / 1000 / n).toFixed(1));
  }
  const [{ n }] = (await knex.raw(`select count(*) n from "${s.casework.schema}".case_event where case_id = ?`, [id])).rows;
  console.log('timeline', n);
  void createLogger; void loadConfig; void caseworkModule;
  await closeServices(s);
})();
