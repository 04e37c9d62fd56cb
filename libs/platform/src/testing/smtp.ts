import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerAddress } from 'smtp-server';

/** A refusal the test asks for: the server's reply code and text, for the next `times` attempts (default: every one). */
export interface SmtpRefusal {
  code: number;
  message: string;
  times?: number;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`: what SMTP_URL is set to. */
  url: string;
  port: number;
  /** Every message accepted so far, parsed, in the order they arrived. */
  messages(): ParsedMail[];
  /** The messages whose To: includes this address. */
  messagesTo(address: string): ParsedMail[];
  /** Waits until a message matching `match` has arrived (or fails after the timeout, saying what did arrive). */
  waitFor(match: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  /** Refuse RCPT TO for this address (e.g. 550 "no such user", or 451 twice and then accept). */
  refuse(address: string, refusal: SmtpRefusal): void;
  /** How many times a RCPT TO for this address was answered (accepted or refused). */
  attemptsFor(address: string): number;
  close(): Promise<void>;
}

const addressesOf = (m: ParsedMail): string[] => [m.to ?? []].flat().flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

/**
 * A real SMTP server on a free port of 127.0.0.1 that keeps what it receives (parsed with mailparser), for tests and
 * end-to-end suites: set SMTP_URL to its `url`. Any user and password are accepted; no TLS.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const refusals = new Map<string, SmtpRefusal>();
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const key = address.address.toLowerCase();
      attempts.set(key, (attempts.get(key) ?? 0) + 1);
      const refusal = refusals.get(key);
      if (!refusal) return callback();
      if (refusal.times !== undefined && --refusal.times <= 0) refusals.delete(key);
      return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined); // a client hanging up mid-message is not the test's failure
  const port = (server.server.address() as AddressInfo).port;
  const messagesTo = (address: string) => received.filter((m) => addressesOf(m).includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages: () => [...received],
    messagesTo,
    async waitFor(match, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        if (Date.now() > deadline) {
          const seen = received.map((m) => `${addressesOf(m).join(', ')}: ${m.subject ?? ''}`).join('; ') || 'none';
          throw new Error(`no such mail arrived within ${timeoutMs} ms (received: ${seen})`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    refuse: (address, refusal) => refusals.set(address.toLowerCase(), { ...refusal }),
    attemptsFor: (address) => attempts.get(address.toLowerCase()) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
