import type { FastifyBaseLogger } from 'fastify';
import type { TConfig } from '../config.ts';
import { loadNodemailer } from '../load-on-first-use.ts';

export type TMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Our own Message-ID: the same message sent again after a crash carries the same one. */
  messageId?: string;
};

export type TMailer = {
  /** False when no mail server is configured: the caller must hand the content over another way. */
  readonly delivers: boolean;
  send: (mail: TMail) => Promise<void>;
};

/**
 * SMTP when SMTP_URL is set. Without it nothing is sent: one-time links are shown to the admin who
 * made them, and in development also written to the console so a local user can follow them.
 */
export function createMailer(config: Pick<TConfig, 'smtpUrl' | 'smtpFrom' | 'env'>, log: FastifyBaseLogger): TMailer {
  if (!config.smtpUrl) {
    return {
      delivers: false,
      send: async (mail) => {
        if (config.env === 'development')
          console.info(`\n[mail not sent: no SMTP_URL] ${mail.subject}\n${mail.text}\n`);
      },
    };
  }
  const { smtpUrl } = config;
  // Made at the first send (SMTP_URL is checked with the rest of the configuration at start).
  let transport: ReturnType<typeof makeTransport> | undefined;
  const makeTransport = async () => {
    const { default: nodemailer } = await loadNodemailer();
    // Short timeouts: a send from the job queue holds a row lock (see queue/send-email.ts) while it waits.
    return nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 15_000,
    });
  };
  return {
    delivers: true,
    send: async (mail) => {
      transport ??= makeTransport();
      await (await transport).sendMail({ from: config.smtpFrom, ...mail });
      log.info({ subject: mail.subject }, 'mail sent');
    },
  };
}
