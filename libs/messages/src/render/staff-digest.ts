import { AlertKind, badInput, formatLondonDateTime } from '@redress/policy';
import type { CouncilMessageTemplate } from '../templates/template.types';
import { escapeHtml } from './render-html';

/** What each kind of staff alert is, in words: the subject of a one-alert email and the head of each alert in a digest. */
export const ALERT_KIND_WORDS: Readonly<Record<AlertKind, string>> = {
  [AlertKind.REMINDER]: 'Deadline reminder',
  [AlertKind.BREACH]: 'Deadline missed',
  [AlertKind.OMBUDSMAN_ENQUIRY]: 'Ombudsman enquiry to answer',
  [AlertKind.REMEDY_DUE]: 'Promised remedy not done',
  [AlertKind.LATE_COMPLAINT]: 'Late complaint to decide',
  [AlertKind.STAGE_DELAYED]: 'Response delayed',
  [AlertKind.FEEDBACK_RECEIVED]: 'Compliment or comment received',
  [AlertKind.RESTRICTION_REVIEW]: 'Contact restriction to review',
  [AlertKind.ADJUSTMENT_REVIEW]: 'Reasonable adjustment to review',
  [AlertKind.DELIVERY_FAILED]: 'Message not delivered',
};

/** One alert in the digest, as casework raised it. */
export interface StaffDigestAlert {
  kind: AlertKind;
  /** What the alert says, as the policy core wrote it. */
  message: string;
  /** The case (or feedback) reference, null when it is about no case. */
  reference: string | null;
  raisedAt: Date;
}

export interface StaffDigestInput {
  /** The council's template: its name and address head and foot the email. */
  template: CouncilMessageTemplate;
  /** Who it is for, as the staff directory names them. */
  staffName: string;
  /** Oldest first, as they are listed. */
  alerts: readonly StaffDigestAlert[];
}

export interface RenderedStaffDigest {
  subject: string;
  text: string;
  html: string;
}

const WORKING_HOURS =
  'Alerts raised outside working hours (9am to 5pm, Monday to Friday, except bank holidays) are sent at 9am on the next working day.';

// As render-html.ts: GOV.UK text colour on white, inline styles (email clients drop <style>).
const P = 'margin:0 0 20px';
const BODY =
  'margin:0;padding:0;background-color:#ffffff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.5';

const headOf = (a: StaffDigestAlert): string => `${ALERT_KIND_WORDS[a.kind]}${a.reference?.trim() ? `: ${a.reference.trim()}` : ''}`;
const raisedLine = (a: StaffDigestAlert): string => `Raised ${formatLondonDateTime(a.raisedAt)}`;

function alertHtml(a: StaffDigestAlert): string {
  return [
    '<li style="margin:0 0 30px">',
    `<h2 style="margin:0 0 10px;font-size:1.2em">${escapeHtml(headOf(a))}</h2>`,
    `<p style="margin:0 0 10px;color:#505a5f">${escapeHtml(raisedLine(a))}</p>`,
    `<p style="margin:0">${escapeHtml(a.message.trim())}</p>`,
    '</li>',
  ].join('\n');
}

/**
 * The email a member of staff gets for the alerts that fell due for them: one alert, or several in one digest, oldest
 * first, each with what it is, its case reference, when it was raised (London time) and what it says. Plain text and an
 * accessible HTML email (lang, a title, one h1, an h2 per alert, every value escaped), headed and footed by the council.
 */
export function renderStaffDigest(input: StaffDigestInput): RenderedStaffDigest {
  const { alerts, template } = input;
  const name = input.staffName.trim();
  if (alerts.length === 0) throw badInput('A staff alert email needs at least one alert.', 'alerts');
  if (!name) throw badInput('A staff alert email needs the name of the person it is for.', 'staffName');
  const one = alerts.length === 1;
  const subject = one ? headOf(alerts[0]) : `${alerts.length} complaint alerts for you`;
  const heading = one ? ALERT_KIND_WORDS[alerts[0].kind] : `${alerts.length} alerts for you`;
  const intro = one ? 'You have a new alert in Redress.' : `You have ${alerts.length} new alerts in Redress, oldest first.`;
  const readThem = `Read ${one ? 'it' : 'them'}, and mark ${one ? 'it' : 'them'} as read, in your alerts in the Redress workspace.`;
  const { councilName, postalAddress } = template.letterhead;

  const text =
    [
      `Dear ${name},`,
      intro,
      ...alerts.map((a, i) => [`${i + 1}. ${headOf(a)}`, raisedLine(a), a.message.trim()].join('\n')),
      readThem,
      WORKING_HOURS,
      councilName,
      ...(postalAddress.length ? [`----\n${postalAddress.join('\n')}`] : []),
    ].join('\n\n') + '\n';

  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    `<body style="${BODY}">`,
    '<div style="max-width:640px;margin:0 auto;padding:20px">',
    `<p style="${P};font-weight:bold">${escapeHtml(councilName)}</p>`,
    `<h1 style="${P};font-size:1.6em;line-height:1.25">${escapeHtml(heading)}</h1>`,
    `<p style="${P}">${escapeHtml(`Dear ${name},`)}</p>`,
    `<p style="${P}">${escapeHtml(intro)}</p>`,
    `<ol style="${P};padding-left:20px">`,
    ...alerts.map(alertHtml),
    '</ol>',
    `<p style="${P}">${escapeHtml(readThem)}</p>`,
    `<p style="${P}">${escapeHtml(WORKING_HOURS)}</p>`,
    ...(postalAddress.length
      ? [
          '<hr style="border:0;border-top:1px solid #b1b4b6;margin:30px 0 20px">',
          `<address style="font-style:normal">${[councilName, ...postalAddress].map(escapeHtml).join('<br>')}</address>`,
        ]
      : []),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

  return { subject, text, html };
}
