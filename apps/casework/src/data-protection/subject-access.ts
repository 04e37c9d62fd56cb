import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { JsonScalar, audit, forbidden, signedInStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { Case } from '../cases/case.entity';
import { Complainant } from '../complainants/complainant.entity';
import { ContactRestriction } from '../complainants/contact-restriction.entity';
import { ReasonableAdjustment } from '../complainants/reasonable-adjustment.entity';
import { RemedyAction } from '../remedies/remedy-action.entity';

/** Casework's part of a subject access export: every case in which the person is the complainant. */
@ObjectType('SubjectAccessExport')
@Directive('@key(fields: "councilId email")')
export class SubjectAccessCasesView {
  @Field(() => ID) councilId!: string;
  @Field(() => String) email!: string;
  @Field(() => JsonScalar, {
    description: 'Each case about this person: the complaint, their contact details, stages, timeline, restrictions, remedies',
  })
  cases!: unknown[];
}

async function casesAbout(ctx: RequestContext, councilId: string, email: string): Promise<{ cases: unknown[]; ids: string[] }> {
  const people = await ctx.em.find(Complainant, { councilId, email: { $ilike: email.trim() } });
  if (!people.length) return { cases: [], ids: [] };
  const found = await ctx.em.find(
    Case,
    { complainant: { $in: people.map((p) => p.id) } },
    { populate: ['stages', 'timeline', 'complainant'], orderBy: { receivedAt: 'asc' } },
  );
  const restrictions = await ctx.em.find(ContactRestriction, { complainantId: { $in: people.map((p) => p.id) } });
  const adjustments = await ctx.em.find(ReasonableAdjustment, { complainantId: { $in: people.map((p) => p.id) } });
  const remedies = await ctx.em.find(RemedyAction, { case: { $in: found.map((c) => c.id) } });
  const cases = found.map((c) => {
    const p = c.complainant?.getEntity();
    return {
      reference: c.reference,
      kind: c.kind,
      channel: c.channel,
      serviceArea: c.serviceArea,
      status: c.status,
      receivedAt: c.receivedAt.toISOString(),
      summary: c.summary,
      details: c.details,
      desiredOutcome: c.desiredOutcome,
      complainant: p ? { type: p.type, name: p.name, email: p.email, phone: p.phone, postalAddress: p.postalAddress } : null,
      representative: c.representative,
      stages: c.stages.getItems().map((s) => ({
        number: s.number,
        name: s.name,
        openedAt: s.openedAt.toISOString(),
        acknowledgedAt: s.acknowledgedAt?.toISOString() ?? null,
        respondBy: s.respondBy,
        respondedAt: s.respondedAt?.toISOString() ?? null,
        statementOfComplaint: s.statementOfComplaint,
        outcome: s.outcome,
        findings: s.findings,
        remedies: s.remedies,
      })),
      timeline: c.timeline.getItems().map((e) => ({ at: e.at.toISOString(), type: e.type, by: e.actor, detail: e.detail })),
      contactRestrictions: restrictions
        .filter((r) => r.complainantId === p?.id)
        .map((r) => ({
          reason: r.reason,
          restrictions: r.restrictions,
          allowedMethods: r.allowedMethods,
          reviewOn: r.reviewOn,
          endsOn: r.endsOn,
          decidedOn: r.createdAt.toISOString(),
          letter: r.letter,
          liftedAt: r.liftedAt?.toISOString() ?? null,
          liftReason: r.liftReason,
        })),
      contactPreference: p?.contactPreference ?? null,
      reasonableAdjustments: adjustments
        .filter((a) => a.complainantId === p?.id)
        .map((a) => ({ kind: a.kind, need: a.need, recordedAt: a.recordedAt.toISOString(), reviewOn: a.reviewOn })),
      remedyActions: remedies
        .filter((a) => a.case.id === c.id)
        .map((a) => ({ remedy: a.remedy, dueOn: a.dueOn, completedAt: a.completedAt?.toISOString() ?? null, note: a.note })),
      ombudsman: c.ombudsmanReference
        ? { reference: c.ombudsmanReference, decision: c.ombudsmanDecision, summary: c.ombudsmanSummary }
        : null,
    };
  });
  return { cases, ids: [...found.map((c) => c.id), ...people.map((p) => p.id)] };
}

export const subjectAccessReference = {
  SubjectAccessExport: {
    /** Reached through intake's subjectAccessExport; the access rules have checked the role, this checks the council. */
    async __resolveReference(ref: { councilId: string; email: string }, ctx: RequestContext): Promise<SubjectAccessCasesView> {
      const staff = signedInStaff(ctx.auth);
      if (staff.council !== ref.councilId) throw forbidden('You can only act on records of your own council.');
      const { cases, ids } = await casesAbout(ctx, ref.councilId, ref.email);
      await audit(ctx.em, staff, 'SUBJECT_ACCESS_EXPORT', ids, ctx.now());
      return { councilId: ref.councilId, email: ref.email, cases };
    },
  },
};
