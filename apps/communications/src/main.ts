import 'reflect-metadata';
import { runSubgraph } from '@redress/platform';
import { communicationsModule, communicationsSubgraph } from './communications.module';
import { createMailer } from './messages/mailer';

// The subgraph sends too: resendMessage hands the email to the mail server while the handler waits for the answer.
runSubgraph(communicationsModule, communicationsSubgraph(), {
  extendContext: ({ config, register }) => {
    const mailer = createMailer(config.smtp);
    register('mail transport', () => mailer.close());
    return { mailer, mailFrom: config.mailFrom };
  },
}).catch((err: Error) => {
  console.error(`communications failed to start: ${err.message}`);
  process.exit(1);
});
