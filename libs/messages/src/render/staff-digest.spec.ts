import { AlertKind, HART_POLICY, isCodedError } from '@redress/policy';
import { defaultMessageTemplate } from '../templates/default-template';
import { HART_MESSAGE_TEMPLATE } from '../templates/hart.template';
import { ALERT_KIND_WORDS, renderStaffDigest } from './staff-digest';
import type { StaffDigestAlert } from './staff-digest';

const late: StaffDigestAlert = {
  kind: AlertKind.LATE_COMPLAINT,
  message: 'HDC-2027-000001 was made more than 6 months after the matter arose: decide whether it is considered.',
  reference: 'HDC-2027-000001',
  raisedAt: new Date('2027-01-09T11:00:00Z'),
};
const breach: StaffDigestAlert = {
  kind: AlertKind.BREACH,
  message: 'HDC-2027-000002: the Stage 1 response was due by Friday 8 January 2027 and has not been sent.',
  reference: 'HDC-2027-000002',
  raisedAt: new Date('2027-06-16T23:30:00Z'),
};

describe('renderStaffDigest: the email a member of staff gets for their alerts', () => {
  it('one alert: its kind in words and its reference as the subject, what it says and when it was raised', () => {
    const r = renderStaffDigest({ template: HART_MESSAGE_TEMPLATE, staffName: ' Priya Shah ', alerts: [late] });
    expect(r.subject).toBe('Late complaint to decide: HDC-2027-000001');
    expect(r.text).toBe(
      [
        'Dear Priya Shah,',
        'You have a new alert in Redress.',
        '1. Late complaint to decide: HDC-2027-000001\nRaised Saturday 9 January 2027 at 11:00\n' + late.message,
        'Read it, and mark it as read, in your alerts in the Redress workspace.',
        'Alerts raised outside working hours (9am to 5pm, Monday to Friday, except bank holidays) are sent at 9am on the next working day.',
        'Hart District Council',
        '----\nCivic Offices\nHarlington Way\nFleet GU51 4AE',
      ].join('\n\n') + '\n',
    );
    expect(r.html).toContain('<h1 style="margin:0 0 20px;font-size:1.6em;line-height:1.25">Late complaint to decide</h1>');
  });

  it('several: one digest, counted in the subject, each alert listed with its case reference, oldest first', () => {
    const r = renderStaffDigest({ template: HART_MESSAGE_TEMPLATE, staffName: 'Priya Shah', alerts: [late, breach] });
    expect(r.subject).toBe('2 complaint alerts for you');
    expect(r.text).toContain('You have 2 new alerts in Redress, oldest first.');
    expect(r.text.indexOf('1. Late complaint to decide: HDC-2027-000001')).toBeLessThan(
      r.text.indexOf('2. Deadline missed: HDC-2027-000002'),
    );
    // London time: 23:30 UTC in June is 00:30 BST the next day.
    expect(r.text).toContain('Raised Thursday 17 June 2027 at 00:30');
    expect(r.text).toContain('Read them, and mark them as read, in your alerts in the Redress workspace.');
    expect(r.html).toContain('>2 alerts for you</h1>');
    expect(r.html.match(/<li[\s>]/g)).toHaveLength(2);
    expect(r.html).toContain('>Deadline missed: HDC-2027-000002</h2>');
    expect(r.html).toContain(breach.message);
  });

  it('an alert about no case has no reference', () => {
    const review = {
      kind: AlertKind.RESTRICTION_REVIEW,
      message: 'Review the contact restriction.',
      reference: null,
      raisedAt: late.raisedAt,
    };
    const r = renderStaffDigest({ template: HART_MESSAGE_TEMPLATE, staffName: 'Tom Briggs', alerts: [review] });
    expect(r.subject).toBe('Contact restriction to review');
    expect(r.text).toContain('1. Contact restriction to review\n');
    expect(
      renderStaffDigest({ template: HART_MESSAGE_TEMPLATE, staffName: 'Tom Briggs', alerts: [{ ...review, reference: ' ' }] }).subject,
    ).toBe('Contact restriction to review');
  });

  it('is an accessible HTML email: lang, a title, one h1, an h2 per alert, an ordered list, no images or tables', () => {
    const { html, subject } = renderStaffDigest({ template: HART_MESSAGE_TEMPLATE, staffName: 'Priya Shah', alerts: [late, breach] });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<title>${subject}</title>`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html.match(/<h2[\s>]/g)).toHaveLength(2);
    expect(html).toContain('<ol');
    expect(html).not.toMatch(/<img|<table|<script|<style/i);
    expect(html).toContain('background-color:#ffffff;color:#0b0c0c');
    expect(html).toContain(
      '<address style="font-style:normal">Hart District Council<br>Civic Offices<br>Harlington Way<br>Fleet GU51 4AE</address>',
    );
  });

  it('escapes every value: an alert cannot add markup', () => {
    const r = renderStaffDigest({
      template: HART_MESSAGE_TEMPLATE,
      staffName: '<b>Priya</b>',
      alerts: [{ ...late, reference: 'HDC-<i>1</i>', message: 'Jo & "Pat" <script>alert(1)</script>' }],
    });
    expect(r.html).not.toMatch(/<script>|<b>|<i>/);
    expect(r.html).toContain('Jo &amp; &quot;Pat&quot; &lt;script&gt;');
    expect(r.html).toContain('<title>Late complaint to decide: HDC-&lt;i&gt;1&lt;/i&gt;</title>');
  });

  it('a council with no postal address on its template has no address in the foot', () => {
    const template = { ...defaultMessageTemplate(HART_POLICY), letterhead: { ...HART_MESSAGE_TEMPLATE.letterhead, postalAddress: [] } };
    const r = renderStaffDigest({ template, staffName: 'Priya Shah', alerts: [late] });
    expect(r.text.endsWith('next working day.\n\nHart District Council\n')).toBe(true);
    expect(r.html).not.toContain('<address');
  });

  it('refuses an email with no alert, or for nobody', () => {
    const attempt = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return isCodedError(err) ? [err.code, err.message] : err;
      }
      return null;
    };
    expect(attempt(() => renderStaffDigest({ template: HART_MESSAGE_TEMPLATE, staffName: 'Priya Shah', alerts: [] }))).toEqual([
      'BAD_USER_INPUT',
      'A staff alert email needs at least one alert.',
    ]);
    expect(attempt(() => renderStaffDigest({ template: HART_MESSAGE_TEMPLATE, staffName: '  ', alerts: [late] }))).toEqual([
      'BAD_USER_INPUT',
      'A staff alert email needs the name of the person it is for.',
    ]);
  });

  it('has words for every kind of alert', () => {
    for (const kind of Object.values(AlertKind)) expect(ALERT_KIND_WORDS[kind]).toMatch(/^[A-Z][a-z ]+$/);
  });
});
