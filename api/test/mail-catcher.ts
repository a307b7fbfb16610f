import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

type TCaughtMail = { to: string[]; raw: string };

/** A received message as its reader sees it: the decoded subject, headers and both parts. */
export async function readMail(mail: TCaughtMail) {
  const parsed = await simpleParser(mail.raw);
  return {
    subject: parsed.subject ?? '',
    messageId: parsed.messageId ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
  };
}

/**
 * A local SMTP server that keeps what it receives: mail in tests never leaves this machine. On a given
 * port, it can be closed and started again where the sender expects it (a mail server outage).
 */
export async function startMailCatcher({
  port: wantedPort = 0,
  acceptAfterMs = 0,
}: {
  port?: number;
  /** A slow server: each message is accepted this long after it arrived, so sends are in flight for a while. */
  acceptAfterMs?: number;
} = {}) {
  const mails: TCaughtMail[] = [];
  const arrivals = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        setTimeout(() => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          for (const arrived of arrivals) arrived();
          callback();
        }, acceptAfterMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(wantedPort, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  /** The one-time link in the newest mail to this address (quoted-printable soft breaks undone). */
  const linkTo = (email: string): string | undefined => {
    const mail = mails.filter((m) => m.to.includes(email)).at(-1);
    const text = mail?.raw.replace(/=\r?\n/g, '');
    return text?.match(/https?:\/\/\S+\/link\/([A-Za-z0-9_-]+)/)?.[1];
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    linkTo,
    /** The link of a mail to this address, once one has arrived: for mail sent after the answer. */
    linkArriving(email: string): Promise<string> {
      return new Promise((resolve) => {
        const check = () => {
          const link = linkTo(email);
          if (link === undefined) return;
          arrivals.delete(check);
          resolve(link);
        };
        arrivals.add(check);
        check();
      });
    },
    /** How often each Message-ID arrived. */
    countsByMessageId(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const m of mails) {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(m.raw)?.[1];
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return counts;
    },
    /** Resolves once the mails received so far satisfy `condition`. */
    until(condition: (received: readonly TCaughtMail[]) => boolean): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (!condition(mails)) return;
          arrivals.delete(check);
          resolve();
        };
        arrivals.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
