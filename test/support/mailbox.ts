import type { LocalSystem } from '../../infra/local/runtime';

/** A mail as the SES emulator keeps it. */
export interface SentMail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string; html?: string };
  attachments: { filename: string; contentType: string; content: string; contentId?: string; size: number }[];
}

/** Every mail the system gave the SES emulator, oldest first; with `to`, those to that address only. */
export async function mailbox(system: Pick<LocalSystem, 'sesUrl'>, to?: string): Promise<SentMail[]> {
  const { emails } = (await (await fetch(`${system.sesUrl}/store`)).json()) as { emails: SentMail[] };
  return to === undefined ? emails : emails.filter((m) => m.destination.to.includes(to));
}
