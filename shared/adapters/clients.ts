import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Core, Logger } from '../app/ports';
import type { Config, ConfigWith } from '../config';
import { WORDING } from '../i18n/wording';
import { S3ReportArchive } from './archive-s3';
import { LambdaCourier } from './courier-lambda';
import { DynamoAlertStore } from './dynamo-alert-store';
import { DynamoPeopleStore } from './dynamo-people-store';
import { DynamoReminderStore } from './dynamo-reminder-store';
import { DynamoReportStore } from './dynamo-report-store';
import { DynamoStore } from './dynamo-store';
import { SesEmailSender } from './email-ses';
import { LambdaReportSender } from './report-sender-lambda';
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

/** The production wiring of what every function has: the stores on the table, the clock, the logger. */
export function coreFromConfig(config: Config, logger: Logger): Core {
  return {
    ...storesOn(dynamoClient(config), config.TABLE_NAME, logger),
    reportSmallCellBelow: config.REPORT_SMALL_CELL_BELOW,
  };
}

/** The stores on one table through one client (a bench passes a client that counts its requests). */
export function storesOn(client: DynamoDBClient, tableName: string, logger: Logger): Core {
  return {
    store: new DynamoStore(client, tableName),
    alerts: new DynamoAlertStore(client, tableName),
    reports: new DynamoReportStore(client, tableName),
    people: new DynamoPeopleStore(client, tableName),
    reminders: new DynamoReminderStore(client, tableName),
    now: () => new Date(),
    logger,
    wording: WORDING,
  };
}

const local = (endpoint?: string) => (endpoint ? { endpoint, credentials: localCredentials } : {});

export const emailFromConfig = (config: ConfigWith<'MAIL_FROM'>) =>
  new SesEmailSender(
    new SESv2Client({ region: config.AWS_REGION, ...local(config.SES_ENDPOINT) }),
    config.MAIL_FROM,
  );

/** Files in the archive bucket (S3; locally s3rver): the sent reports, and under `forecasts/` every forecast read. */
export const archiveFromConfig = (config: ConfigWith<'REPORT_BUCKET'>) =>
  new S3ReportArchive(
    new S3Client({
      region: config.AWS_REGION,
      // s3rver knows one key pair and no checksums, and is addressed by path; S3 itself needs none of this.
      ...(config.S3_ENDPOINT
        ? {
            endpoint: config.S3_ENDPOINT,
            credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
            forcePathStyle: true,
            requestChecksumCalculation: 'WHEN_REQUIRED',
          }
        : {}),
    }),
    config.REPORT_BUCKET,
  );

/** The production wiring of the report's channels: S3 for the files, SES for the e-mail. */
export function reportChannelsFromConfig(config: ConfigWith<'MAIL_FROM' | 'REPORT_BUCKET'>) {
  return { archive: archiveFromConfig(config), email: emailFromConfig(config) };
}

/** Who sends a decision's messages: on AWS the cold-night function (CHECK_FUNCTION_NAME); otherwise nobody else. */
export const courierFromConfig = (config: Config) =>
  config.CHECK_FUNCTION_NAME
    ? {
        courier: new LambdaCourier(
          new LambdaClient({ region: config.AWS_REGION }),
          config.CHECK_FUNCTION_NAME,
        ),
      }
    : {};

/** Who renders and sends the report the web app asks for: the reports function, invoked. */
export const reportSenderFromConfig = (config: ConfigWith<'REPORTS_FUNCTION_NAME'>) => ({
  reportSender: new LambdaReportSender(
    new LambdaClient({ region: config.AWS_REGION }),
    config.REPORTS_FUNCTION_NAME,
  ),
});

/** The production wiring of the cold-night check: SMHI, SES, SMS. */
/** E-mail and SMS: what sends alerts and decisions. */
export function sendersFromConfig(config: ConfigWith<'MAIL_FROM'>) {
  return {
    email: emailFromConfig(config),
    sms:
      config.SMS_MODE === 'file'
        ? new RecordingSmsSink(config.SMS_OUTBOX)
        : new EndUserMessagingSms(
            new PinpointSMSVoiceV2Client({ region: config.AWS_REGION }),
            config.SMS_ORIGINATION_IDENTITY,
            config.SMS_CONFIGURATION_SET,
          ),
  };
}

export function checkChannelsFromConfig(config: ConfigWith<'MAIL_FROM'>) {
  return {
    weather: new SmhiClient({
      forecastBaseUrl: config.SMHI_FORECAST_URL,
      warningsBaseUrl: config.SMHI_WARNINGS_URL,
      observationsBaseUrl: config.SMHI_OBSERVATIONS_URL,
    }),
    ...sendersFromConfig(config),
  };
}
