import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { EmailSender } from '../app/alerts-model';

/** E-mail through SES v2 (locally, the SES emulator started by `npm start`). */
export class SesEmailSender implements EmailSender {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(message: Parameters<EmailSender['send']>[0]) {
    const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });
    const attachments = (message.attachments ?? []).map((a) => ({
      FileName: a.name,
      ContentType: a.contentType,
      RawContent: a.body,
      ...(a.inlineId ? { ContentId: a.inlineId, ContentDisposition: 'INLINE' as const } : {}),
    }));
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: utf8(message.subject),
            Body: { Text: utf8(message.text), ...(message.html ? { Html: utf8(message.html) } : {}) },
            ...(attachments.length > 0 ? { Attachments: attachments } : {}),
          },
        },
      }),
    );
  }
}
