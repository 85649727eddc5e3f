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
import { SILENT } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { ROLES, type Role, systemPrincipal } from '../../shared/domain/access';
import { AppError } from '../../shared/domain/errors';
import { commandArgs, usageError } from './args';

const usage = {
  name: 'keys',
  usage: `
Usage: npm run keys -- create --role ${ROLES.join('|')} --label TEXT [--organisation ID] [--table NAME]
       npm run keys -- list [--table NAME]
       npm run keys -- revoke KEY_ID [--table NAME]

Manages API keys straight in the table, with your AWS credentials: how the first admin key is made on AWS (the
API needs a key to make keys). A new key is printed once; only its hash is stored.

Options:
  --role ROLE          the key's role: ${ROLES.join(', ')}
  --label TEXT         who holds it, e.g. "Förvaltningen, admin"
  --organisation ID    the organisation a partner key belongs to (org_…)
  --table NAME         the table (default: TABLE_NAME, the stack's TableName output)
  -h, --help           this text

Environment: TABLE_NAME, AWS_REGION (default eu-north-1), DYNAMODB_ENDPOINT (DynamoDB Local instead).`,
  options: {
    role: { type: 'string' },
    label: { type: 'string' },
    organisation: { type: 'string' },
    table: { type: 'string' },
  },
  positionals: true,
} as const;
const { values, positionals } = commandArgs(usage);
const [command, argument, ...extra] = positionals;
if (command === undefined) usageError(usage, 'say what to do: create, list or revoke.');
if (!['create', 'list', 'revoke'].includes(command))
  usageError(usage, `unknown command '${command}'; use create, list or revoke.`);
if (command === 'create' && !ROLES.includes(values.role as Role))
  usageError(usage, `create needs --role ${ROLES.join('|')}${values.role ? ` (not '${values.role}')` : ''}.`);
if (command === 'create' && !values.label) usageError(usage, 'create needs --label TEXT.');
if (command === 'revoke' && !argument) usageError(usage, 'revoke needs the key id (key_…).');
const stray = command === 'revoke' ? extra[0] : (argument ?? extra[0]);
if (stray !== undefined) usageError(usage, `unexpected argument '${stray}'.`);
// The store's modules load once the arguments are known to be good: --help and mistakes answer at once.
const [{ coreFromConfig }, { createKey, listKeys, revokeKey }] = await Promise.all([
  import('../../shared/adapters/clients'),
  import('../../shared/app/keys'),
]);
const deps = coreFromConfig(
  loadConfig({ ...process.env, TABLE_NAME: values.table ?? process.env.TABLE_NAME }),
  SILENT,
);
const cli = systemPrincipal(`cli:${process.env.USER ?? 'unknown'}`);

try {
  if (command === 'create') {
    const created = await createKey(deps, cli, {
      role: values.role as Role,
      label: values.label as string,
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
  } else {
    const revoked = await revokeKey(deps, cli, argument as string);
    console.log(revoked ? `Revoked ${argument} at ${revoked.revokedAt}.` : `No key ${argument}.`);
    if (!revoked) process.exitCode = 1;
  }
} catch (error) {
  const detail =
    error instanceof AppError
      ? `${error.detail} ${error.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`
      : String(error);
  console.error(`keys: ${detail}`);
  process.exitCode = 1;
}
