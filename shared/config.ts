import * as z from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('eu-north-1'),
  /** Set only locally: DynamoDB Local's address. */
  DYNAMODB_ENDPOINT: optionalUrl,
  /** Set only locally: the SES emulator's address. */
  SES_ENDPOINT: optionalUrl,
  /** The sender of every e-mail; on AWS an address or domain verified in SES. */
  MAIL_FROM: z.string().default('iop-noreply@example.org'),
  SMHI_FORECAST_URL: z.url().default('https://opendata-download-metfcst.smhi.se'),
  SMHI_WARNINGS_URL: z.url().default('https://opendata-download-warnings.smhi.se'),
  /** `aws`: End User Messaging SMS; `file`: append to SMS_OUTBOX (local runtime). */
  SMS_MODE: z.enum(['aws', 'file']).default('aws'),
  SMS_OUTBOX: z.string().default('.local/sms-outbox.jsonl'),
  /** Published nationality counts below this are suppressed. */
  REPORT_SMALL_CELL_BELOW: z.coerce.number().int().min(2).max(50).default(5),
  /** The bucket that keeps every sent report's files. */
  REPORT_BUCKET: z.string().default('iop-reports'),
  /** Set only locally: the S3 emulator's address. */
  S3_ENDPOINT: optionalUrl,
  SMS_ORIGINATION_IDENTITY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
});

export type Config = z.infer<typeof ConfigSchema>;

/** The one place configuration is read. Fails fast, naming every missing or bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuration is incomplete: ${problems}`);
  }
  return result.data;
}
