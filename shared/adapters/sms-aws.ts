import { type PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { SmsSender } from '../app/alerts-model';

/** SMS through AWS End User Messaging SMS, as transactional messages. */
export class EndUserMessagingSms implements SmsSender {
  constructor(
    private readonly client: PinpointSMSVoiceV2Client,
    /** A sender id or origination number registered for Sweden; absent: the account's default. */
    private readonly originationIdentity?: string,
    /** The configuration set whose event destination logs each SMS's delivery (failures alarm). */
    private readonly configurationSet?: string,
  ) {}

  async send(message: { to: string; text: string }) {
    await this.client.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: message.to,
        MessageBody: message.text,
        MessageType: 'TRANSACTIONAL',
        ...(this.originationIdentity ? { OriginationIdentity: this.originationIdentity } : {}),
        ...(this.configurationSet ? { ConfigurationSetName: this.configurationSet } : {}),
      }),
    );
  }
}
