import { z } from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('eu-north-1'),
  /** Set only locally: DynamoDB Local's address. */
  DYNAMODB_ENDPOINT: optionalUrl,
  /** Set only locally: the SES emulator's address. */
  SES_ENDPOINT: optionalUrl,
  MAIL_FROM: z.string().default('iop-noreply@example.org'),
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
