import type { RequestHandler } from 'express';

/**
 * Signing out is a form (POST, with its CSRF token) whose answer sends the browser on to the identity provider, to end
 * its session too. Browsers hold a form's redirects to the page's `form-action`: the shared policy allows this site
 * only, so the workspace's pages also allow the provider's origin there, and nothing else changes.
 */
export function formActionFor(issuerUrl: string): RequestHandler {
  const origin = new URL(issuerUrl).origin;
  return (_req, res, next) => {
    const policy = res.getHeader('content-security-policy');
    if (typeof policy === 'string')
      res.setHeader('content-security-policy', policy.replace("form-action 'self'", `form-action 'self' ${origin}`));
    next();
  };
}
