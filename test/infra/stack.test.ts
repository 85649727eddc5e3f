import { readFileSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { TABLE_ACTIONS } from '../../infra/constructs/iop-function';
import { IopStack, PUBLIC_ROUTE_LIMITS, smsIdentityResources } from '../../infra/stack';

/** An app that skips esbuild bundling: the template is what we assert, not the bundle. */
const env = { region: 'eu-north-1' };
/** The app as `cdk synth` makes it: cdk.json's feature flags, without bundling (slow, and not what is tested). */
const { context: flags } = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'));
const newApp = () => new App({ context: { ...flags, 'aws:cdk:bundling-stacks': [] } });

const stack = new IopStack(newApp(), 'Test', { alarmEmail: 'ops@example.org', env });
const template = Template.fromStack(stack);

describe('the stack', () => {
  it('keeps the data safe: PITR, deletion protection, encryption with its own key, retained', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: 'KMS' }),
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('runs the API on Node 24, ARM64, behind a throttled HTTP API with access logs', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      Environment: { Variables: Match.objectLike({ NODE_OPTIONS: '--enable-source-maps' }) },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: Match.objectLike({ Format: Match.stringLikeRegexp('requestId') }),
    });
  });

  it('alarms on 5xx, on Lambda errors, on a failed or abandoned cold-night check and a failed report, to an encrypted topic', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 15);
    // Every alarm reaches the topic (and so a person).
    for (const a of Object.values(template.findResources('AWS::CloudWatch::Alarm')))
      expect(JSON.stringify(a.Properties.AlarmActions)).toMatch(/Alarms/);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: '5xx',
      Namespace: 'AWS/ApiGateway',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
    });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
  });

  it('tells a person when the hourly check stops running, when anything lands in a dead-letter queue, and when an SMS fails (issue 24, 8)', () => {
    // The heartbeat: successful runs over two hours; no data at all is breaching.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'runs - FILL(failed, 0)' }),
        Match.objectLike({
          Id: 'runs',
          MetricStat: Match.objectLike({
            Metric: Match.objectLike({ MetricName: 'Invocations' }),
            Period: 7200,
          }),
        }),
      ]),
    });
    // One alarm per dead-letter queue: the check's, the reminders', the report's.
    const dlqs = Object.keys(template.findResources('AWS::SQS::Queue'));
    const dlqAlarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
      (a) => a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible',
    );
    expect(dlqAlarms.map((a) => a.Properties.Dimensions[0].Value['Fn::GetAtt'][0]).sort()).toEqual(
      dlqs.sort(),
    );
    // SMS: one configuration set, its delivery events logged; a final event that is not a delivery alarms.
    template.hasResourceProperties('AWS::SMSVOICE::ConfigurationSet', {
      EventDestinations: [
        Match.objectLike({ MatchingEventTypes: ['TEXT_ALL'], CloudWatchLogsDestination: Match.anyValue() }),
      ],
    });
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: Match.stringLikeRegexp('isFinal IS TRUE.*TEXT_DELIVERED.*TEXT_SUCCESSFUL'),
      MetricTransformations: [Match.objectLike({ MetricName: 'SmsNotDelivered' })],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'SmsNotDelivered', Threshold: 1 });
    // Alerts sent and failed are counted per channel from the senders' log lines.
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "alert delivered" }',
      MetricTransformations: [
        Match.objectLike({ MetricName: 'AlertsSent', Dimensions: [{ Key: 'Channel', Value: '$.channel' }] }),
      ],
    });
  });

  it('has one dashboard: checks, sends per channel, bounces and SMS, API answers and latency, dead letters', () => {
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const shown of [
      'Invocations',
      'AlertsSent',
      'AlertsFailed',
      'AddressesMarkedUndeliverable',
      'SmsNotDelivered',
      '4xx',
      '5xx',
      'Latency',
      'ApproximateNumberOfMessagesVisible',
    ])
      expect(body).toContain(shown);
  });

  it('keeps sent reports ten years and forecasts five seasons; replaced versions a month', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'reports/', ExpirationInDays: 3660, Status: 'Enabled' }),
          Match.objectLike({ Prefix: 'forecasts/', ExpirationInDays: 1830, Status: 'Enabled' }),
          Match.objectLike({
            NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          }),
        ]),
      },
    });
  });

  it("lets CloudWatch's alarms reach the encrypted topic, and each schedule's role its encrypted dead-letter queue (issue 24)", () => {
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'CloudWatchAlarmsPublishToTheEncryptedTopic',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            Condition: {
              StringEquals: { 'aws:SourceAccount': Match.anyValue() },
              ArnLike: { 'aws:SourceArn': Match.anyValue() },
            },
          }),
        ]),
      },
    });
    // Every schedule names its own role; that role may send to its queue and use the queue's key.
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(3);
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    for (const schedule of schedules) {
      const target = schedule.Properties.Target;
      const roleId = target.RoleArn['Fn::GetAtt'][0];
      const statements = policies
        .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
        .flatMap((p) => p.Properties.PolicyDocument.Statement);
      const allows = (action: string, resource: unknown) =>
        statements.some(
          (st) =>
            [st.Action].flat().includes(action) &&
            JSON.stringify(st.Resource).includes(JSON.stringify(resource).slice(1, -1)),
        );
      expect(allows('sqs:SendMessage', target.DeadLetterConfig.Arn), roleId).toBe(true);
      expect(allows('kms:GenerateDataKey', { 'Fn::GetAtt': [keyId, 'Arn'] }), roleId).toBe(true);
      expect(allows('kms:Decrypt', { 'Fn::GetAtt': [keyId, 'Arn'] }), roleId).toBe(true);
    }
  });

  it("throttles the public page and the sign-in steps below the partners' routes, each a route of its own (issue 24)", () => {
    const [[stageId, stage]] = Object.entries(template.findResources('AWS::ApiGatewayV2::Stage')) as [
      [string, { Properties: Record<string, any>; DependsOn?: string[] }],
    ];
    expect(stageId).toBeDefined();
    const routes = Object.entries(template.findResources('AWS::ApiGatewayV2::Route'));
    const partners = stage.Properties.DefaultRouteSettings;
    for (const [key, limit] of Object.entries(PUBLIC_ROUTE_LIMITS)) {
      const route = routes.find(([, r]) => r.Properties.RouteKey === key);
      expect(route, key).toBeDefined();
      expect(stage.DependsOn).toContain(route?.[0]);
      expect(stage.Properties.RouteSettings[key]).toEqual({
        ThrottlingRateLimit: limit.rateLimit,
        ThrottlingBurstLimit: limit.burstLimit,
      });
      expect(limit.rateLimit).toBeLessThan(partners.ThrottlingRateLimit);
      expect(limit.burstLimit).toBeLessThan(partners.ThrottlingBurstLimit);
    }
  });

  it('runs the cold-night check hourly in Stockholm time, retried, with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(5 * * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Stockholm',
      Target: Match.objectLike({
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 1800 },
        DeadLetterConfig: { Arn: Match.anyValue() },
      }),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'IOP cold-night check: SMHI forecast to alerts',
      Environment: { Variables: Match.objectLike({ SMS_MODE: 'aws', MAIL_FROM: 'iop-noreply@example.org' }) },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { KmsMasterKeyId: Match.anyValue() });
  });

  it('reminds partners at 10:00 every day, Stockholm time, retried, with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 10 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Stockholm',
      Target: Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 } }),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'IOP reminders: missing figures to partners, the monthly summary to administrators',
      Environment: {
        Variables: Match.objectLike({ MAIL_FROM: 'iop-noreply@example.org', WEB_ORIGIN: Match.anyValue() }),
      },
    });
  });

  it('sends the half-year report at 07:00 on 15 May and 15 November, Stockholm time, from a function of its own', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 15 5,11 ? *)',
      ScheduleExpressionTimezone: 'Europe/Stockholm',
      Target: Match.objectLike({
        Input: JSON.stringify({ action: 'send-half-year-report' }),
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
        DeadLetterConfig: Match.objectLike({ Arn: Match.anyValue() }),
      }),
    });
    for (const route of [
      'GET /v1/reports',
      'POST /v1/reports/send',
      'GET /v1/reports/financial-outcomes/{year}',
    ])
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: route });
    // The web app's "send now" is a page of the web app ($default), which hands the send to this function.
    expect(
      template.findResources('AWS::ApiGatewayV2::Route', {
        Properties: { RouteKey: 'POST /rapport/skicka' },
      }),
    ).toEqual({});
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'IOP web app: sign-in and pages',
      Environment: { Variables: Match.objectLike({ REPORTS_FUNCTION_NAME: Match.anyValue() }) },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('half-year report'),
      MemorySize: 1536,
      Environment: { Variables: Match.objectLike({ REPORT_BUCKET: Match.anyValue() }) },
    });
  });

  it('keeps every sent report in a private, versioned bucket encrypted with the stack key', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({
              ServerSideEncryptionByDefault: Match.objectLike({
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: Match.anyValue(),
              }),
            }),
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      }),
    });
  });

  it('lets only the report function write report files and read them back, and the check write forecasts only', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties.PolicyDocument).includes('s3:'),
    );
    const of = (role: RegExp) => policies.find((p) => role.test(JSON.stringify(p.Properties.Roles)));
    const statementsOf = (role: RegExp) =>
      (of(role)?.Properties.PolicyDocument.Statement ?? []).filter((st: { Action: unknown }) =>
        JSON.stringify(st.Action).includes('s3:'),
      );
    expect(policies).toHaveLength(2);
    const reports = statementsOf(/Reports/).flatMap((st: { Action: unknown }) => [st.Action].flat());
    expect(reports).toEqual(expect.arrayContaining(['s3:PutObject', 's3:GetObject*']));
    expect(reports).not.toContain('s3:DeleteObject*');
    const check = statementsOf(/ColdNightCheck/);
    const checkActions = check.flatMap((st: { Action: unknown }) => [st.Action].flat());
    expect(checkActions).toContain('s3:PutObject');
    expect(checkActions.filter((a: string) => /Get|Delete|List/.test(a))).toEqual([]);
    expect(JSON.stringify(check.map((st: { Resource: unknown }) => st.Resource))).toContain('/forecasts/*');
  });

  it('lets the functions that mail send e-mail only from their own SES identity, and only those that send decisions or alerts send SMS', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    // The check, the reports, the reminders, the web app (codes, decisions) and the API (decisions).
    const ses = statements.filter((s) => [s.Action].flat().includes('ses:SendEmail'));
    expect(ses).toHaveLength(5);
    // Its address, its domain's identity, and the configuration set every send goes through.
    for (const statement of ses) {
      const resources = JSON.stringify(statement.Resource);
      for (const part of [
        /identity\/iop-noreply@example.org/,
        /identity\/",\{"Ref":"MailIdentity/,
        /configuration-set\/",\{"Ref":"MailConfigurationSet/,
      ])
        expect(resources).toMatch(part);
    }
    const rolesWith = (action: string) =>
      Object.values(template.findResources('AWS::IAM::Policy'))
        .filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes(action))
        .map((p) => JSON.stringify(p.Properties.Roles))
        .join();
    // Only the cold-night function sends SMS; the web app and the API hand their decisions to it, told its name.
    // The web app also hands the report's "send now" to the reports function; neither may invoke anything else.
    expect(rolesWith('sms-voice:SendTextMessage')).toMatch(/^\[\{"Ref":"ColdNightCheckRole[0-9A-F]{8}"\}\]$/);
    const invokers = Object.values(template.findResources('AWS::IAM::Policy')).filter(
      (p) =>
        JSON.stringify(p.Properties.PolicyDocument).includes('lambda:InvokeFunction') &&
        /"(Api|Web)Role/.test(JSON.stringify(p.Properties.Roles)),
    );
    expect(invokers).toHaveLength(2);
    for (const p of invokers) {
      const invoke = p.Properties.PolicyDocument.Statement.filter((st: { Action: unknown }) =>
        [st.Action].flat().includes('lambda:InvokeFunction'),
      );
      const resources = JSON.stringify(invoke.map((st: { Resource: unknown }) => st.Resource));
      expect(resources).toMatch(/ColdNightCheckFunction/);
      expect(resources).not.toMatch(/Reminders|WebFunction|ApiFunction/);
      const web = /"WebRole/.test(JSON.stringify(p.Properties.Roles));
      expect(/ReportsFunction/.test(resources)).toBe(web);
    }
    const functions = Object.values(template.findResources('AWS::Lambda::Function'));
    const told = functions.filter((f) => f.Properties.Environment?.Variables?.CHECK_FUNCTION_NAME);
    expect(told).toHaveLength(2);
    // Granted on the configuration set every SMS goes with, and the origination identities, never on '*'.
    const smsResources = statements
      .filter((st) => [st.Action].flat().includes('sms-voice:SendTextMessage'))
      .map((st) => JSON.stringify(st.Resource));
    for (const resources of smsResources) {
      expect(resources).toMatch(/configuration-set\/",\{"Ref":"SmsConfigurationSet/);
      expect(resources).not.toMatch(/"\*"/);
    }
  });

  it('grants SMS on the origination identity the deployer names (-c smsOriginationIdentity)', () => {
    expect(smsIdentityResources(undefined)).toEqual(['phone-number/*', 'sender-id/*', 'pool/*']);
    expect(smsIdentityResources('IOPSTHLM')).toEqual(['sender-id/IOPSTHLM/SE']);
    expect(smsIdentityResources('phone-0123abcd')).toEqual(['phone-number/phone-0123abcd']);
    expect(smsIdentityResources('arn:aws:sms-voice:eu-north-1:123456789012:pool/pool-abc123')).toEqual([
      'pool/pool-abc123',
    ]);
    const named = Template.fromStack(
      new IopStack(newApp(), 'Named', { env, smsOriginationIdentity: 'IOPSTHLM' }),
    );
    const granted = Object.values(named.findResources('AWS::IAM::Policy'))
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter((st) => [st.Action].flat().includes('sms-voice:SendTextMessage'))
      .map((st) => JSON.stringify(st.Resource));
    expect(granted).toHaveLength(1);
    for (const resources of granted) {
      expect(resources).toContain(':sender-id/IOPSTHLM/SE');
      expect(resources).not.toContain('phone-number');
    }
  });

  it('sends from a DKIM-signed domain identity through one configuration set whose bounces and complaints reach a function that marks them (issue 24, 3)', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'example.org',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: { MailFromDomain: 'bounce.example.org' },
      ConfigurationSetAttributes: {
        ConfigurationSetName: { Ref: Match.stringLikeRegexp('MailConfigurationSet') },
      },
    });
    // The system keeps the list of addresses not to mail (admins confirm them again); SES's would disagree.
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: [] },
    });
    const destination = Object.values(template.findResources('AWS::SES::ConfigurationSetEventDestination'));
    expect(destination).toHaveLength(1);
    const events = destination[0]?.Properties.EventDestination;
    expect(events.MatchingEventTypes).toEqual(['bounce', 'complaint']);
    const topicId = events.SnsDestination.TopicARN.Ref;
    expect(template.toJSON().Resources[topicId].Properties.KmsMasterKeyId).toBeDefined();
    // SES may publish to it and use the key (its configuration sets in this account only); the function is subscribed.
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 'sns:Publish', Principal: { Service: 'ses.amazonaws.com' } }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'SesPublishesMailEventsToTheEncryptedTopic',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: Match.objectLike({
              StringEquals: Match.objectLike({ 'aws:SourceAccount': Match.anyValue() }),
            }),
          }),
        ]),
      },
    });
    const subscription = Object.values(template.findResources('AWS::SNS::Subscription')).find(
      (x) => x.Properties.TopicArn.Ref === topicId,
    );
    expect(subscription?.Properties.Protocol).toBe('lambda');
    expect(JSON.stringify(subscription?.Properties.Endpoint)).toMatch(/MailEventsFunction/);
    // The people responsible hear of a rising bounce or complaint rate before SES pauses the account.
    for (const [metric, threshold] of [
      ['Reputation.BounceRate', 0.05],
      ['Reputation.ComplaintRate', 0.001],
    ] as const)
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SES',
        MetricName: metric,
        Threshold: threshold,
        AlarmActions: Match.anyValue(),
      });
  });

  it('grants each function the table actions it uses, on its own table and index only; none scans (issue 24, 5)', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const tableActionsOf = (role: string) =>
      policies
        .filter((p) =>
          new RegExp(`"${role}[A-Za-z0-9]*Role[0-9A-F]{8}"`).test(JSON.stringify(p.Properties.Roles)),
        )
        .flatMap((p) => p.Properties.PolicyDocument.Statement)
        .filter((st) => [st.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    const everything = TABLE_ACTIONS.map((a) => `dynamodb:${a}`).sort();
    for (const [role, expected] of [
      ['Api', everything],
      ['Web', everything],
      ['ColdNightCheck', everything],
      ['Reminders', everything],
      ['Reports', everything],
      ['MailEventsFunction', ['dynamodb:UpdateItem']],
    ] as const) {
      const statements = tableActionsOf(role);
      expect(statements, role).toHaveLength(1);
      expect([statements[0].Action].flat().sort(), role).toEqual(expected);
      expect(JSON.stringify(statements[0].Resource), role).toMatch(/Table.*Arn.*\/index\/\*/);
    }
    expect(JSON.stringify(template.toJSON())).not.toMatch(
      /dynamodb:Scan|dynamodb:\*|GetRecords|DescribeTable/,
    );
  });

  it('grants least privilege: no managed policies, DynamoDB only on its own table', () => {
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
    for (const s of statements) {
      const actions: string[] = [s.Action].flat();
      expect(
        actions.some((a) => a === '*' || a.endsWith(':*')),
        JSON.stringify(actions),
      ).toBe(false);
      if (actions.some((a) => a.startsWith('dynamodb:'))) {
        expect(JSON.stringify(s.Resource)).toMatch(/Table/);
      }
    }
  });

  it('puts no secret in the template', () => {
    const text = JSON.stringify(template.toJSON());
    expect(text).not.toMatch(/iop_[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16}|secretAccessKey|password/i);
  });
});

describe('a domain of its own (issue 24, 7)', () => {
  const named = Template.fromStack(
    new IopStack(newApp(), 'Domain', {
      env,
      domain: {
        name: 'iop.example.se',
        certificateArn:
          'arn:aws:acm:eu-north-1:123456789012:certificate/0a1b2c3d-0000-4000-8000-000000000000',
      },
    }),
  );

  it('serves the API and web app there only, and binds passkeys and links to it', () => {
    named.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'iop.example.se',
      DomainNameConfigurations: [
        Match.objectLike({
          CertificateArn: Match.stringLikeRegexp('^arn:aws:acm:eu-north-1:'),
          EndpointType: 'REGIONAL',
        }),
      ],
    });
    named.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { Stage: Match.anyValue() });
    named.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    const origins = Object.values(named.findResources('AWS::Lambda::Function'))
      .map((f) => f.Properties.Environment?.Variables?.WEB_ORIGIN)
      .filter(Boolean);
    expect(origins.length).toBeGreaterThanOrEqual(3);
    expect(new Set(origins)).toEqual(new Set(['https://iop.example.se']));
    // Without one, the API's own URL, and its execute-api endpoint on.
    template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('passes, every acknowledgement carrying its reason', () => {
    const app = newApp();
    new IopStack(app, 'Nagged', { env });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });

  it('does catch a violation (the check is live)', () => {
    const app = newApp();
    new Bucket(new Stack(app, 'Bad'), 'Unencrypted');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow();
  });
});

describe('feature flags', () => {
  it("sets every flag aws-cdk-lib recommends, at its recommended value (so synth is quiet and current CDK's)", () => {
    const recommended = JSON.parse(
      readFileSync(
        new URL('../../node_modules/aws-cdk-lib/recommended-feature-flags.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const unset = Object.entries(recommended).filter(
      ([flag, value]) => JSON.stringify(flags[flag]) !== JSON.stringify(value),
    );
    expect(unset.map(([flag]) => flag)).toEqual([]);
  });
});

describe('the web app on the same API', () => {
  it('serves /v1/… from the API and everything else from the web function; the table expires sessions by TTL', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey,
    );
    expect(routes).toEqual(
      expect.arrayContaining(['ANY /v1/{proxy+}', 'ANY /{proxy+}', 'ANY /', 'GET /v1/reports']),
    );
    expect(routes).not.toContain('$default');
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
    });
  });
});
