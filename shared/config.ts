import * as z from 'zod';
import { DEFAULT_CHECK_SCHEDULE } from './domain/cold-nights';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('eu-north-1'),
  /** Set only locally: DynamoDB Local's address. */
  DYNAMODB_ENDPOINT: optionalUrl,
  /** Set only locally: the SES emulator's address. */
  SES_ENDPOINT: optionalUrl,
  /** The sender of every e-mail; on AWS an address or domain verified in SES. Needed by the check and reports. */
  MAIL_FROM: z.string().min(1).optional(),
  SMHI_FORECAST_URL: z.url().default('https://opendata-download-metfcst.smhi.se'),
  SMHI_WARNINGS_URL: z.url().default('https://opendata-download-warnings.smhi.se'),
  SMHI_OBSERVATIONS_URL: z.url().default('https://opendata-download-metobs.smhi.se'),
  /** `aws`: End User Messaging SMS; `file`: append to SMS_OUTBOX (local runtime). */
  SMS_MODE: z.enum(['aws', 'file']).default('aws'),
  SMS_OUTBOX: z.string().default('.local/sms-outbox.jsonl'),
  /** Published nationality counts below this are suppressed. */
  REPORT_SMALL_CELL_BELOW: z.coerce.number().int().min(2).max(50).default(5),
  /** The bucket that keeps every sent report's files. Needed by the reports function. */
  REPORT_BUCKET: z.string().min(1).optional(),
  /** Set only locally: the S3 emulator's address. */
  S3_ENDPOINT: optionalUrl,
  /** The web app's origin as browsers see it (passkeys are bound to it), e.g. https://iop.stockholm.se. */
  WEB_ORIGIN: z.url().optional(),
  /** Where people report accessibility problems with the web app (its accessibility statement names it). */
  CONTACT_EMAIL: z.email().default('iop-tillganglighet@example.org'),
  SMS_ORIGINATION_IDENTITY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** The cold-night function, which sends the web and API functions' decisions (the only one that may SMS). */
  CHECK_FUNCTION_NAME: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(140).optional()),
  /** The reports function, which renders and sends the half-year report the web app's "send now" asks for. */
  REPORTS_FUNCTION_NAME: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(140).optional()),
  /** End User Messaging's configuration set every SMS is sent with (its delivery events are logged, failures alarm). */
  SMS_CONFIGURATION_SET: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(64).optional()),
  /** The cold-night check's schedule (cron minute and hour, Stockholm time), for the pages to say when it runs. */
  COLD_NIGHT_MINUTE: z.string().max(60).default(DEFAULT_CHECK_SCHEDULE.minute),
  COLD_NIGHT_HOUR: z.string().max(60).default(DEFAULT_CHECK_SCHEDULE.hour),
});

export type Config = z.infer<typeof ConfigSchema>;
/** What only some functions need, and so has no default: each names what it needs when it loads. */
type Needed = 'MAIL_FROM' | 'REPORT_BUCKET' | 'WEB_ORIGIN' | 'REPORTS_FUNCTION_NAME';
/** The configuration with `K` sure to be there. */
export type ConfigWith<K extends Needed> = Config & { [P in K]-?: NonNullable<Config[P]> };

/**
 * The one place configuration is read. Fails fast, at a function's start, naming every missing or bad variable,
 * and every one of `needs` not set (a Lambda without MAIL_FROM must not start and then fail at its first e-mail).
 */
export function loadConfig<K extends Needed = never>(
  env: Record<string, string | undefined> = process.env,
  needs: readonly K[] = [],
): ConfigWith<K> {
  const result = ConfigSchema.safeParse(env);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  for (const name of needs)
    if (result.success && !result.data[name]) problems.push(`${name}: needed by this function`);
  if (!result.success || problems.length > 0)
    throw new Error(`Configuration is incomplete: ${problems.join('; ')}`);
  return result.data as ConfigWith<K>;
}
