// The web apps' shared pieces (resident portal, staff workspace): import from '@redress/web' only.
export * from './web-config';
export * from './create-web-app';
export * from './data/gateway-client';
export * from './forms/form-errors';
export * from './forms/validation';
export * from './forms/date-input';
export * from './forms/flash';
export { CSRF_FIELD } from './middleware/csrf';
export { WEB_VIEWS, viewEnvironment } from './middleware/nunjucks';
