import type { Request, RequestHandler, Response } from 'express';
import type { GatewayClient } from '@redress/web';
import { COUNCIL } from '../data/operations';
import type { CouncilView } from '../data/operations';

/** What every request sends the gateway: the resident's own address, so its rate limit counts residents, not the portal. */
export const asResident = (req: Request) => ({ forwardedFor: req.ip });

/** Loads the council named in the path (its published policy, from the gateway) into res.locals.council; 404 when unknown. */
export function loadCouncil(gateway: GatewayClient): RequestHandler {
  return async (req, res, next) => {
    const id = String(req.params.councilId ?? '');
    if (!/^[a-z0-9-]{1,64}$/.test(id)) return next('route');
    const { council } = await gateway.request(COUNCIL, { id }, asResident(req));
    if (!council) return res.status(404).render('pages/not-found');
    res.locals.council = council;
    res.locals.headerName = council.name;
    next();
  };
}

export const councilOf = (res: Response): CouncilView => res.locals.council as CouncilView;
