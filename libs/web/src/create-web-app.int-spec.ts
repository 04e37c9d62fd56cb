import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import IORedis from 'ioredis';
import { createLogger } from '@redress/platform';
import { createWebApp } from './create-web-app';
import { loadWebConfig } from './web-config';
import { createGatewayClient, operation } from './data/gateway-client';
import { redirectWithErrors, takeFlash } from './forms/flash';

/*
 * The shared web app against real Redis: a session kept server-side behind a signed, httpOnly, SameSite=Lax cookie;
 * every POST refused without the form's CSRF token; a strict CSP whose nonce is the inline script's; the 404 and 500
 * pages without internals.
 */

declare module 'express-session' {
  interface SessionData {
    answer?: string;
  }
}

const prefix = `t-web-${process.pid}`;
const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
let server: Server;
let base: string;

beforeAll(async () => {
  const views = mkdtempSync(join(tmpdir(), 'web-views-'));
  mkdirSync(join(views, 'pages'));
  writeFileSync(
    join(views, 'pages', 'question.njk'),
    `{% extends "layout.njk" %}{% set pageTitle = "A question" %}
{% block pageContent %}<h1 class="govuk-heading-l">A question</h1><p id="answer">{{ answer }}</p>
<form method="post" novalidate>{{ csrfField() }}<input class="govuk-input" name="answer" id="answer-input">
<button class="govuk-button">Continue</button></form>{% endblock %}`,
  );
  const routes = express.Router();
  routes.get('/question', (req, res) => {
    const flash = takeFlash(req);
    res.render('pages/question', { answer: req.session.answer ?? '', errors: flash.errors });
  });
  routes.post('/question', (req, res) => {
    const answer = (req.body as { answer?: string }).answer ?? '';
    if (!answer) return redirectWithErrors(req, res, '/question', [{ field: 'answer', message: 'Enter an answer' }], {});
    req.session.answer = answer;
    res.redirect(303, '/question');
  });
  routes.get('/broken', () => {
    throw new Error('database password is hunter2');
  });
  const config = loadWebConfig('portal', { QUEUE_PREFIX: prefix, PORT: '1' });
  const app = createWebApp({ config, redis, logger: createLogger('web-test', 'silent'), views, serviceName: 'Test service', routes });
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

/** A browser's cookie jar, enough for one origin. */
class Browser {
  cookies = new Map<string, string>();
  /** Every Set-Cookie header received, as sent. */
  setCookies: string[] = [];
  async get(path: string) {
    return this.send(path, { method: 'GET' });
  }
  async post(path: string, form: Record<string, string>) {
    return this.send(path, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  private async send(path: string, init: RequestInit) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(base + path, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie } });
    for (const c of res.headers.getSetCookie()) {
      this.setCookies.push(c);
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return { res, html: await res.text() };
  }
}
const tokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

jest.setTimeout(30_000); // first page render compiles the templates: slow on a loaded machine

describe('sessions, CSRF and the pages every web app has', () => {
  it('keeps answers server-side behind a signed httpOnly SameSite=Lax cookie; the page has its CSRF token', async () => {
    const browser = new Browser();
    const first = await browser.get('/question');
    const setCookies = first.res.headers.getSetCookie();
    const session = setCookies.find((c) => c.startsWith('redress.portal='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    // signed: s:<id>.<signature>
    expect(decodeURIComponent(session.split(';')[0].split('=')[1])).toMatch(/^s:[^.]+\.[^.]+$/);
    const token = tokenIn(first.html);
    expect(token).not.toBe('');

    const posted = await browser.post('/question', { _csrf: token, answer: 'Blue bins' });
    expect(posted.res.status).toBe(303);
    const again = await browser.get('/question');
    expect(again.html).toContain('<p id="answer">Blue bins</p>');
    // The answer is in Redis, not in the cookie.
    const keys = await redis.keys(`${prefix}:portal:session:*`);
    expect(keys).toHaveLength(1);
    expect(await redis.get(keys[0])).toContain('Blue bins');
    expect([...browser.cookies.values()].join(' ')).not.toContain('Blue');
  });

  it('refuses a POST without the token, or with another session’s, and changes nothing', async () => {
    const browser = new Browser();
    const token = tokenIn((await browser.get('/question')).html);
    const without = await browser.post('/question', { answer: 'Forged' });
    expect(without.res.status).toBe(403);
    expect(without.html).toContain('Your form could not be sent');

    const other = new Browser();
    await other.get('/question');
    const stolen = await other.post('/question', { _csrf: token, answer: 'Forged' });
    expect(stolen.res.status).toBe(403);
    expect((await browser.get('/question')).html).not.toContain('Forged');
  });

  it('forgets the answers after the idle time, and then says so; a request renews the time', async () => {
    const browser = new Browser();
    const token = tokenIn((await browser.get('/question')).html);
    await browser.post('/question', { _csrf: token, answer: 'Green bins' });
    // The expiry is the server's (Redis), renewed by each request: the cookie lasts until the browser closes.
    const session = browser.cookies.get('redress.portal')!;
    expect(browser.setCookies.join(' ')).not.toMatch(/redress\.portal=[^,]*(Max-Age|Expires)/i);
    const mine = `${prefix}:portal:session:${decodeURIComponent(session).slice(2).split('.')[0]}`;
    expect(await redis.ttl(mine)).toBeGreaterThan(29 * 60);
    await redis.expire(mine, 5);
    expect((await browser.get('/session/keep-alive')).res.status).toBe(204);
    expect(await redis.ttl(mine)).toBeGreaterThan(29 * 60);
    expect(await redis.get(mine)).toContain('Green bins');
    // Idle too long: the session is gone from Redis. The next form sent is not taken, and the page says why.
    await redis.del(mine);
    const late = await browser.post('/question', { _csrf: token, answer: 'Changed' });
    expect(late.res.status).toBe(403);
    expect(late.html).toContain('Your answers have been cleared');
    expect(late.html).toContain('You did not do anything for 30 minutes');
    // Someone who never started is not told their answers were cleared.
    expect((await new Browser().post('/question', { answer: 'x' })).html).toContain('Your form could not be sent');
  });

  it('the timeout warning clears the answers when the time runs out', async () => {
    const browser = new Browser();
    const token = tokenIn((await browser.get('/question')).html);
    await browser.post('/question', { _csrf: token, answer: 'Red bins' });
    const cleared = await browser.get('/session/expired');
    expect(cleared.html).toContain('Your answers have been cleared');
    expect((await browser.get('/question')).html).not.toContain('Red bins');
  });

  it('sends a problem back to the page by POST/redirect/GET, as an error summary linking to the field', async () => {
    const browser = new Browser();
    const token = tokenIn((await browser.get('/question')).html);
    const posted = await browser.post('/question', { _csrf: token, answer: '' });
    expect(posted.res.status).toBe(303);
    const page = await browser.get('/question');
    expect(page.html).toContain('<title>Error: A question – Test service</title>');
    expect(page.html).toMatch(/govuk-error-summary[\s\S]*href="#answer"[^>]*>Enter an answer/);
    // Shown once: a reload does not show it again.
    expect((await browser.get('/question')).html).not.toContain('There is a problem');
  });

  it('sends a strict content security policy whose nonce the inline script carries, and the GOV.UK layout', async () => {
    const { res, html } = await new Browser().get('/question');
    const csp = res.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).toContain(`<script nonce="${nonce}">document.body.className`);
    expect(html).toContain(`<script type="module" nonce="${nonce}">`);
    expect(html).toContain('<html lang="en-GB"');
    expect(html).toContain('Skip to main content');
    expect(html).toContain('govuk-phase-banner');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const css = await fetch(`${base}/assets/govuk/govuk-frontend.min.css`);
    expect(css.status).toBe(200);
    expect((await fetch(`${base}/assets/fonts/bold-b542beb274-v2.woff2`)).status).toBe(200);
  });

  it('shows the 404 page for an unknown page and the 500 page, without internals, for a failure', async () => {
    const missing = await new Browser().get('/no-such-page');
    expect(missing.res.status).toBe(404);
    expect(missing.html).toContain('Page not found');
    const broken = await new Browser().get('/broken');
    expect(broken.res.status).toBe(500);
    expect(broken.html).toContain('Sorry, there is a problem with the service');
    expect(broken.html).not.toContain('hunter2');
    expect(broken.html).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a gateway that does not answer is an error with a code, not a hang', async () => {
    const client = createGatewayClient({ url: 'http://127.0.0.1:9/graphql', timeoutMs: 2000 });
    await expect(client.request(operation<{ councils: unknown }>('{ councils { id } }'), {})).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
  });
});
