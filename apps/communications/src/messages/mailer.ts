import { createTransport } from 'nodemailer';
import { findCouncilPolicy } from '@redress/policy';
import type { PlatformConfig, SmtpSettings } from '@redress/platform';

export interface OutgoingMail {
  /** The delivery record's id: the Message-ID, so a receiving server can tell a second copy from a new message. */
  messageId: string;
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The Date header (the sending clock's now); the mail library's own clock when not given. */
  date?: Date;
}

/** What the mail server said: taken, or refused for good (a 5xx: no such recipient), or not now (try again later). */
export type SendResult = { sent: true; response: string } | { sent: false; permanent: boolean; reason: string };

export interface Mailer {
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): void;
}

interface SmtpError extends Error {
  code?: string;
  response?: string;
  responseCode?: number;
  permanent?: boolean;
}

/**
 * Nodemailer's own reading of the reply (RFC 5321: 5yz permanent, 4yz transient), except a refused login: that is
 * our configuration, not the recipient, and is retried until someone fixes it.
 */
export function sendFailure(err: SmtpError): { permanent: boolean; reason: string } {
  const permanent = err.permanent === true && err.code !== 'EAUTH';
  const reason = err.response
    ? `the mail server answered "${err.response.trim()}"`
    : `the mail server could not be reached (${err.message})`;
  return { permanent, reason };
}

/** Sends over SMTP (SMTP_URL): one connection per message, with timeouts so a silent server is a temporary failure. */
export function createMailer(smtp: SmtpSettings): Mailer {
  const transport = createTransport({
    url: smtp.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          messageId: `<${mail.messageId}@redress>`,
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          ...(mail.date ? { date: mail.date } : {}),
        });
        return { sent: true, response: String(info.response ?? '') };
      } catch (err) {
        return { sent: false, ...sendFailure(err as SmtpError) };
      }
    },
    close: () => transport.close(),
  };
}

/** Who a council's mail comes from: MAIL_FROM for that council, else the complaints email of its policy. */
export function senderFor(config: Pick<PlatformConfig, 'mailFrom'>, councilId: string): { name: string; address: string } | null {
  const policy = findCouncilPolicy(councilId);
  const address = config.mailFrom[councilId] ?? policy?.contact.email ?? null;
  return address ? { name: policy?.councilName ?? councilId, address } : null;
}
