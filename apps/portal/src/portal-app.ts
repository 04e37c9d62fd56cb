import { join } from 'node:path';
import express from 'express';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from '@redress/platform';
import { createGatewayClient, createWebApp } from '@redress/web';
import type { WebConfig } from '@redress/web';
import { COUNCILS } from './data/operations';
import { infoPageRoutes } from './routes/info-pages';
import { startPageRoutes } from './routes/start-pages';
import { complaintRoutes } from './routes/complaint';
import { feedbackRoutes } from './routes/feedback';
import { trackRoutes } from './routes/track';

export const SERVICE_NAME = 'Complaints, comments and compliments';

/** The resident portal: start pages per council and the complaint journey, each page a client of the gateway. */
export function createPortalApp(config: WebConfig, redis: Redis, logger: Logger): Express {
  const gateway = createGatewayClient({ url: config.gatewayUrl });
  const routes = express.Router();
  routes.use(infoPageRoutes());
  routes.use(complaintRoutes(gateway));
  routes.use(feedbackRoutes(gateway));
  routes.use(trackRoutes(gateway));
  routes.use(startPageRoutes(gateway));
  return createWebApp({
    config,
    redis,
    logger,
    views: join(__dirname, 'views'),
    serviceName: SERVICE_NAME,
    routes,
    readiness: async () => {
      await gateway.request(COUNCILS, {});
    },
  });
}
