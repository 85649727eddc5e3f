import {
  type CfnElement,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { TABLE } from '../shared/adapters/table';
import { IopFunction } from './constructs/iop-function';

export interface IopStackProps extends StackProps {
  /** Where CloudWatch alarms are sent (an e-mail subscription to the alarm topic). */
  alarmEmail?: string;
  /** Steady requests per second allowed on the API, and the burst above it. */
  throttle?: { rateLimit: number; burstLimit: number };
}

/** The partnership's backend: the partner API on API Gateway (HTTP) → Lambda → DynamoDB, with its alarms. */
export class IopStack extends Stack {
  readonly table: TableV2;
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: IopStackProps = {}) {
    super(scope, id, props);

    const key = new Key(this, 'DataKey', {
      description: 'Encrypts the IOP table and the alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const index = TABLE.auditByActivityIndex;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: [
        {
          indexName: index.name,
          partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
          sortKey: { name: index.sortKey, type: AttributeType.STRING },
        },
      ],
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.customerManagedKey(key),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const api = new IopFunction(this, 'Api', {
      entry: 'functions/api/handler.ts',
      description: 'IOP partner API',
      environment: {
        TABLE_NAME: this.table.tableName,
        POWERTOOLS_SERVICE_NAME: 'iop-api',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    this.table.grantReadWriteData(api.fn);

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'IOP EU-medborgare partner API',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', api.fn),
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    const alarms = new Topic(this, 'Alarms', { displayName: 'IOP alarms', masterKey: key, enforceSSL: true });
    if (props.alarmEmail) alarms.addSubscription(new EmailSubscription(props.alarmEmail));
    const alarm = (id: string, description: string, metric: IMetric) =>
      new Alarm(this, id, {
        alarmDescription: description,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(alarms));
    alarm(
      'Api5xxAlarm',
      'The API answered 5xx: a bug or an outage, never a client mistake.',
      this.api.metricServerError({
        period: Duration.minutes(5),
        statistic: 'Sum',
      }),
    );
    alarm(
      'ApiLambdaErrorsAlarm',
      'The API Lambda failed or timed out.',
      api.fn.metricErrors({
        period: Duration.minutes(5),
        statistic: 'Sum',
      }),
    );

    new CfnOutput(this, 'ApiUrl', { value: stage.url, description: 'Base URL of the partner API' });
    new CfnOutput(this, 'TableName', { value: this.table.tableName, description: 'For `npm run keys`' });
    new CfnOutput(this, 'ApiLogGroup', { value: api.logGroup.logGroupName });
    new CfnOutput(this, 'AlarmTopic', { value: alarms.topicArn });

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        'Authorisation is by API key inside the Lambda: hashed keys in DynamoDB, role and organisation scope per request.',
    });
    const tableLogicalId = this.getLogicalId(this.table.node.defaultChild as CfnElement);
    const wildcards: [string, string][] = [
      [
        `Resource::<${tableLogicalId}.Arn>/index/*`,
        "The table's own indexes (the audit index): grantReadWriteData.",
      ],
      ['Action::kms:ReEncrypt*', "To read and write the table encrypted with the stack's own key."],
      ['Action::kms:GenerateDataKey*', "To read and write the table encrypted with the stack's own key."],
      ['Resource::*', "X-Ray's PutTraceSegments/PutTelemetryRecords take no resource."],
    ];
    for (const [finding, reason] of wildcards) {
      Validations.of(api.role).acknowledge({ id: `AwsSolutions::AwsSolutions-IAM5[${finding}]`, reason });
    }
  }
}
