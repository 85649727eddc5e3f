/**
 * `npm run keys -- <command>`: manage API keys straight in the table, with the caller's AWS credentials.
 * This is how the first admin key on AWS is made (the API needs a key to make keys).
 *
 *   npm run keys -- create --role admin --label "Förvaltningen, admin" [--organisation org_…]
 *   npm run keys -- list
 *   npm run keys -- revoke key_…
 *
 * Table: --table NAME, or TABLE_NAME (the stack's `TableName` output). Region: AWS_REGION (default eu-north-1).
 * DYNAMODB_ENDPOINT points it at DynamoDB Local instead.
 */
import { parseArgs } from 'node:util';
import { coreFromConfig } from '../../shared/adapters/clients';
import { createKey, listKeys, revokeKey } from '../../shared/app/keys';
import { SILENT } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { ROLES, type Role, systemPrincipal } from '../../shared/domain/access';
import { AppError } from '../../shared/domain/errors';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    label: { type: 'string' },
    organisation: { type: 'string' },
    table: { type: 'string' },
  },
});

const [command, argument] = positionals;
const deps = coreFromConfig(
  loadConfig({ ...process.env, TABLE_NAME: values.table ?? process.env.TABLE_NAME }),
  SILENT,
);
const cli = systemPrincipal(`cli:${process.env.USER ?? 'unknown'}`);

try {
  if (command === 'create') {
    if (!ROLES.includes(values.role as Role) || !values.label) {
      throw new Error(`create needs --role (${ROLES.join('|')}) and --label`);
    }
    const created = await createKey(deps, cli, {
      role: values.role as Role,
      label: values.label,
      organisationId: values.organisation,
    });
    console.log(
      `Created ${created.role} key ${created.id} (${created.label}). It is shown this once:\n\n${created.key}\n`,
    );
  } else if (command === 'list') {
    console.table(
      (await listKeys(deps, cli)).map(({ id, role, organisationId, label, createdAt, revokedAt }) => ({
        id,
        role,
        organisationId,
        label,
        createdAt,
        revokedAt,
      })),
    );
  } else if (command === 'revoke' && argument) {
    const revoked = await revokeKey(deps, cli, argument);
    console.log(revoked ? `Revoked ${argument} at ${revoked.revokedAt}.` : `No key ${argument}.`);
    if (!revoked) process.exitCode = 1;
  } else {
    console.error(
      'Usage: npm run keys -- create --role admin|coordinator|partner --label TEXT [--organisation ID] | list | revoke KEY_ID',
    );
    process.exitCode = 2;
  }
} catch (error) {
  const detail =
    error instanceof AppError
      ? `${error.detail} ${error.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`
      : String(error);
  console.error(`keys: ${detail}`);
  process.exitCode = 1;
}
