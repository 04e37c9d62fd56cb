import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { NO_ERRORS, formErrors, viewEnvironment } from '@redress/web';
import { ACTION_FORMS } from './case-actions';
import { actionFormView } from './case-forms';
import { casePage } from './case-page';
import { DIRECTORY, hartCase, withStages } from './case-fixture';

// Every case template rendered as the workspace renders it (its views, the shared layout, GOV.UK and MOJ macros), from
// the view models: a template that breaks, or loses what a person must read, fails here before any browser starts.
const env = viewEnvironment({ views: join(__dirname, '..', 'views'), serviceName: 'Complaints staff workspace', production: true });
env.addGlobal('csrfField', () => new nunjucks.runtime.SafeString('<input type="hidden" name="_csrf" value="token">'));

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

describe('the case page', () => {
  const c = withStages(hartCase({ allowedActions: ['TAKE', 'ACKNOWLEDGE'] }));
  const html = env.render('pages/case/case.njk', {
    pageTitle: 'HDC-2026-000042',
    view: casePage(c, DIRECTORY),
    caseHref: '/cases/HDC-2026-000042',
    notice: 'Complaint acknowledged.',
    errors: formErrors([{ field: 'take', message: 'The case already has a handler' }]),
    staff: { name: 'Amy Clarke' },
  });
  const words = textOf(html);

  it('shows the banner, the refusal and the case in words', () => {
    expect(words).toContain('Success Complaint acknowledged.');
    expect(words).toContain('There is a problem The case already has a handler');
    expect(html).toContain('href="#take"');
    expect(words).toContain('Respond by Monday 1 February 2027 (with an extension of 5 working days)');
    expect(words).toContain('Time left 3 working days left');
    expect(words).toContain('Contact restricted');
    expect(words).toMatch(/Response by Tom Briggs Monday 11 January 2027 at 14:05 Drafted <for sign-off>/);
  });

  it('takes a case with a button posting its CSRF token; the other actions are links', () => {
    expect(html).toMatch(
      /<form method="post" action="\/cases\/HDC-2026-000042\/take" novalidate>\s*<input type="hidden" name="_csrf" value="token">/,
    );
    expect(html).toContain('<a class="govuk-link govuk-link--no-visited-state" href="/cases/HDC-2026-000042/acknowledge">Acknowledge</a>');
    expect(html).not.toContain('/sign-off"');
  });
});

describe('each action form', () => {
  it.each(ACTION_FORMS.map((f) => [f.slug, f] as const))('%s renders its form with its title and button', (_slug, form) => {
    const c = hartCase({ allowedActions: [form.action] });
    const html = env.render(`pages/case/${form.slug}.njk`, {
      pageTitle: form.title,
      narrow: true,
      form,
      view: actionFormView(form, c, DIRECTORY, {}),
      preview: form.preview
        ? { message: { method: 'EMAIL', recipient: 'jo@example.org', subject: 'Your complaint', bodyHtml: 'Dear Jo' } }
        : null,
      caseHref: '/cases/HDC-2026-000042',
      backLink: '/cases/HDC-2026-000042',
      errors: NO_ERRORS,
      staff: { name: 'Tom Briggs' },
    });
    const words = textOf(html);
    expect(words).toContain(`HDC-2026-000042: Bin missed three weeks running ${form.title}`);
    expect(html).toMatch(/<form method="post" novalidate>\s*<input type="hidden" name="_csrf" value="token">/);
    expect(html).toContain('id="confirm"');
    if (form.preview) expect(words).toContain('See the email the customer will get');
  });

  it('explains the no-personal-data rule for lessons learned, and shows the extension cap', () => {
    const render = (slug: string) => {
      const form = ACTION_FORMS.find((f) => f.slug === slug)!;
      return textOf(
        env.render(`pages/case/${slug}.njk`, {
          pageTitle: form.title,
          form,
          view: actionFormView(form, hartCase(), DIRECTORY, {}),
          errors: NO_ERRORS,
        }),
      );
    };
    expect(render('respond')).toContain('write them without personal data');
    expect(render('respond')).toContain('signed off by the complaints coordinator before it is sent');
    expect(render('extend')).toContain('allows up to 10 working days of extension in all at Stage 2');
  });
});
