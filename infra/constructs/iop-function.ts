import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/**
 * The DynamoDB actions the stores use (shared/adapters/dynamo-*.ts): gets, queries and batch gets; puts, updates,
 * deletes, batch writes, and the condition checks inside transactions. Nothing scans the table, and nothing reads
 * its streams or describes it.
 */
export const TABLE_ACTIONS = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'ConditionCheckItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
] as const;
export type TableAction = (typeof TABLE_ACTIONS)[number];

export interface IopFunctionProps {
  /** Path of the handler module, from the repo root, e.g. `functions/api/handler.ts`. */
  entry: string;
  description: string;
  /** Its name on every log line (Powertools' service), e.g. `iop-api`. */
  serviceName: string;
  /** The table it reads and writes: granted `tableActions`, and named in TABLE_NAME. */
  table: ITableV2;
  /** What it does to the table (default TABLE_ACTIONS: every read and write the stores make, no Scan). */
  tableActions?: readonly TableAction[];
  /** Powertools' log level; default INFO. */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** Files from node_modules the code reads at run time, copied beside the bundle (`package/path/file`). */
  assets?: readonly string[];
}

/**
 * CommonJS dependencies inside an ESM bundle still call require() and read __dirname (pdfmake's virtual file
 * system does). Shared with the bundle test.
 */
export const ESM_BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  'const __dirname = __pathDirname(__filename);',
].join(' ');

/**
 * Every Lambda of the system, pinned the same way: Node 24 on ARM64, minified ESM with the AWS SDK bundled,
 * source maps, JSON logs in a log group of its own with a set retention, X-Ray, and a role of its own that
 * starts with nothing but writing its logs (no managed policies).
 */
export class IopFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: IopFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description}: logs, and what the stack grants`,
    });
    this.logGroup.grantWrite(this.role);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(29),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        TABLE_NAME: props.table.tableName,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        bundleAwsSDK: true,
        mainFields: ['module', 'main'],
        target: 'node24',
        banner: ESM_BANNER,
        ...(props.assets?.length
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) =>
                  (props.assets ?? []).map(
                    (asset) => `cp "${inputDir}/node_modules/${asset}" "${outputDir}/"`,
                  ),
              },
            }
          : {}),
      },
    });
    Grant.addToPrincipal({
      grantee: this.fn,
      actions: (props.tableActions ?? TABLE_ACTIONS).map((a) => `dynamodb:${a}`),
      resourceArns: [props.table.tableArn, `${props.table.tableArn}/index/*`],
    });
    // The table is encrypted with the stack's key: reading and writing its items needs the key too.
    props.table.encryptionKey?.grantEncryptDecrypt(this.fn);
  }
}
