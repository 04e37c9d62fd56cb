import express from 'express';
import type { Router } from 'express';
import type { GatewayClient } from '@redress/web';
import { COUNCILS } from '../data/operations';
import type { CouncilView } from '../data/operations';
import { CONSENT_IN_A_SENTENCE, MATTER_WORDS, ROLE_WORDS, TIER_WORDS } from '../complaint/words';
import { asResident, councilOf, loadCouncil } from './council';

/** The start page's content, all from the council's published policy: nothing here is written per council. */
function startPage(c: CouncilView) {
  return {
    council: c,
    pageTitle: `Make a complaint to ${c.name}`,
    elsewhere: c.policy.referralRoutes.map((r) => ({ ...r, what: MATTER_WORDS[r.matter] ?? r.matter })),
    otherProviders: c.serviceAreas.filter((s) => s.providedBy),
    consentInWords: c.policy.representativeConsent.map((e) => CONSENT_IN_A_SENTENCE[e]).join(' or '),
    stages: c.policy.stages.map((s) => ({ ...s, handler: ROLE_WORDS[s.handlerRole] ?? 'a member of staff' })),
    formalStages: c.policy.stages.filter((s) => s.number > 0).length,
  };
}

export function startPageRoutes(gateway: GatewayClient): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const { councils } = await gateway.request(COUNCILS, {}, asResident(req));
    res.render('pages/home', { pageTitle: 'Complain to your council', councils, tierWords: TIER_WORDS });
  });

  router.get('/:councilId', loadCouncil(gateway), (_req, res) => {
    res.render('pages/start', startPage(councilOf(res)));
  });

  return router;
}
