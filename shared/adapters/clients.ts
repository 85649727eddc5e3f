import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Deps } from '../app/ports';
import type { Config } from '../config';
import { DynamoAlertStore } from './dynamo-alert-store';
import { DynamoStore } from './dynamo-store';
import { SesEmailSender } from './email-ses';
import { SmhiClient } from './smhi';
import { EndUserMessagingSms } from './sms-aws';
import { RecordingSmsSink } from './sms-sink';

/** Emulators accept any credentials; real AWS uses the Lambda role's. */
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function dynamoClient(config: Config): DynamoDBClient {
  return new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT
      ? { endpoint: config.DYNAMODB_ENDPOINT, credentials: localCredentials }
      : {}),
  });
}

/** The production wiring of the use cases' dependencies. */
export function depsFromConfig(config: Config): Deps {
  const client = dynamoClient(config);
  return {
    store: new DynamoStore(client, config.TABLE_NAME),
    alerts: new DynamoAlertStore(client, config.TABLE_NAME),
    now: () => new Date(),
    reportSmallCellBelow: config.REPORT_SMALL_CELL_BELOW,
  };
}

/** The production wiring of the cold-night check: SMHI, SES, SMS. */
export function checkChannelsFromConfig(config: Config) {
  const local = (endpoint?: string) => (endpoint ? { endpoint, credentials: localCredentials } : {});
  return {
    weather: new SmhiClient({
      forecastBaseUrl: config.SMHI_FORECAST_URL,
      warningsBaseUrl: config.SMHI_WARNINGS_URL,
    }),
    email: new SesEmailSender(
      new SESv2Client({ region: config.AWS_REGION, ...local(config.SES_ENDPOINT) }),
      config.MAIL_FROM,
    ),
    sms:
      config.SMS_MODE === 'file'
        ? new RecordingSmsSink(config.SMS_OUTBOX)
        : new EndUserMessagingSms(
            new PinpointSMSVoiceV2Client({ region: config.AWS_REGION }),
            config.SMS_ORIGINATION_IDENTITY,
          ),
  };
}
