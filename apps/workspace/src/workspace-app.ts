import { join } from 'node:path';
import express from 'express';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from '@redress/platform';
import { createGatewayClient, createWebApp, sessionCookieName } from '@redress/web';
import type { WorkspaceConfig } from './workspace-config';
import type { SignInClient } from './auth/sign-in-client';
import { authRoutes } from './auth/auth-routes';
import { requireSignIn } from './auth/require-sign-in';
import { gatewayRefusals } from './errors/gateway-refusals';
import { infoPageRoutes } from './home/info-pages';
import { homeRoutes } from './home/home-routes';
import { queueRoutes } from './queues/queue-routes';
import { contactCentreRoutes } from './contact-centre/contact-routes';
import { alertRoutes } from './alerts/alert-routes';
import { directoryRoutes } from './directory/directory-routes';
import { caseRoutes } from './case/case-routes';
import { reportRoutes } from './reports/report-routes';

export const SERVICE_NAME = 'Complaints staff workspace';

/**
 * The staff workspace: sign-in by OpenID Connect, then the work queues, the case pages, the contact centre, the alerts
 * inbox and the staff directory, each page a client of the gateway as the signed-in person.
 */
export function createWorkspaceApp(config: WorkspaceConfig, redis: Redis, logger: Logger, signIn: SignInClient): Express {
  const gateway = createGatewayClient({ url: config.gatewayUrl });
  const routes = express.Router();
  routes.use('/workspace-assets', express.static(join(__dirname, 'assets'), { index: false, maxAge: '1h', fallthrough: false }));
  // Before sign-in: the sign-in pages themselves, and the pages every service owes.
  routes.use(authRoutes({ signIn, settings: config.signIn, gateway, logger, cookieName: sessionCookieName(config.app) }));
  routes.use(infoPageRoutes());
  // Every page after this one checks the session.
  routes.use(requireSignIn(gateway));
  routes.use(homeRoutes());
  routes.use(queueRoutes());
  routes.use(contactCentreRoutes());
  routes.use(alertRoutes());
  routes.use(directoryRoutes());
  routes.use('/reports', reportRoutes());
  routes.use('/cases', caseRoutes());
  routes.use(gatewayRefusals);
  return createWebApp({
    config,
    redis,
    logger,
    views: join(__dirname, 'views'),
    serviceName: SERVICE_NAME,
    routes,
    // Signing out is a form whose answer sends the browser on to the provider, to end its session too.
    formActionOrigins: [new URL(config.signIn.issuerUrl).origin],
    readiness: async () => {
      await signIn.issuer();
    },
  });
}
