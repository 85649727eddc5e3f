import {
  ArnFormat,
  type CfnElement,
  CfnOutput,
  type CfnResource,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  TimeZone,
  Token,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { type IMetric, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import {
  ConfigurationSet,
  ConfigurationSetEventDestination,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { CfnConfigurationSet } from 'aws-cdk-lib/aws-smsvoice';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { WEBAUTHN_LIBRARY } from '../functions/web/passkeys-script';
import { TABLE, TTL_ATTRIBUTE } from '../shared/adapters/table';
import { type CheckSchedule, DEFAULT_CHECK_SCHEDULE, nextCheckAt } from '../shared/domain/cold-nights';
import { DOCS_FILES } from '../shared/http/docs';
import { REPORT_ROUTES } from '../shared/http/report-routes';
import { REPORT_ASSETS } from '../shared/report/assets';
import { IopFunction } from './constructs/iop-function';
import { alarmTo, Operations } from './constructs/operations';

/**
 * The End User Messaging resources an origination identity names (a sender id, a phone number or pool id, or an
 * ARN), that SendTextMessage is granted on; none given, the account's own numbers, sender ids and pools.
 */
export function smsIdentityResources(identity: string | undefined): string[] {
  if (!identity) return ['phone-number/*', 'sender-id/*', 'pool/*'];
  if (identity.startsWith('arn:')) return [identity.split(':').slice(5).join(':')];
  if (/^phone-[0-9a-f]+$/.test(identity)) return [`phone-number/${identity}`];
  if (/^pool-[0-9a-f]+$/.test(identity)) return [`pool/${identity}`];
  // An E.164 number is granted by its phone-number id, which only the account knows: its numbers.
  if (identity.startsWith('+')) return ['phone-number/*'];
  // An alphanumeric sender id, registered for Sweden.
  return [`sender-id/${identity}/SE`];
}

export interface IopStackProps extends StackProps {
  /** The sender of alert and report e-mail, an address of `mailDomain`. */
  mailFrom?: string;
  /** The domain SES sends from (its identity, with Easy DKIM and MAIL FROM `bounce.<domain>`); default mailFrom's. */
  mailDomain?: string;
  /** The web app's origin, when it is served elsewhere (passkeys are bound to it); default the domain or API's URL. */
  webOrigin?: string;
  /** A domain of its own for the API and web app, with an ACM certificate for it in the stack's region. */
  domain?: { name: string; certificateArn: string };
  /** Where people report accessibility problems (the accessibility statement names it). */
  contactEmail?: string;
  /** When the cold-night check runs, Europe/Stockholm (default every hour at :05). */
  coldNightSchedule?: { minute?: string; hour?: string };
  /** End User Messaging SMS sender id or origination number for Sweden; absent: the account default. */
  smsOriginationIdentity?: string;
  /** When partners are reminded of missing figures, Europe/Stockholm (default 10:00 every day). */
  reminderSchedule?: { minute?: string; hour?: string };
  /** When the half-year report is sent, Europe/Stockholm (default 07:00 on 15 May and 15 November). */
  reportSchedule?: { minute?: string; hour?: string; day?: string; month?: string };
  /** Where CloudWatch alarms are sent (an e-mail subscription to the alarm topic). */
  alarmEmail?: string;
  /** Steady requests per second allowed on the API, and the burst above it. */
  throttle?: { rateLimit: number; burstLimit: number };
}

/**
 * Per-second limits of the routes anyone may call (the stage's default, for partners, is 50 and a burst of 100):
 * the public cold-night page and its JSON (cacheable for five minutes besides), and the sign-in steps, which the
 * app limits per address and per hour too.
 */
export const PUBLIC_ROUTE_LIMITS: Record<string, { rateLimit: number; burstLimit: number }> = {
  'GET /kalla-natter': { rateLimit: 20, burstLimit: 40 },
  'GET /v1/public/cold-nights': { rateLimit: 20, burstLimit: 40 },
  'POST /logga-in': { rateLimit: 5, burstLimit: 10 },
  'POST /logga-in/kod': { rateLimit: 5, burstLimit: 10 },
  'POST /passkey/logga-in/start': { rateLimit: 5, burstLimit: 10 },
  'POST /passkey/logga-in': { rateLimit: 5, burstLimit: 10 },
};

/** How long a sent half-year report is kept in the archive bucket: the archive period the README names. */
export const REPORT_RETENTION_YEARS = 10;
/** How long each forecast read is kept: five winters to replay and backtest. */
export const FORECAST_RETENTION_YEARS = 5;

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
      // Sessions, sign-in codes and counted limits are deleted some time after they expire (the code checks
      // every expiry itself and never waits for it).
      timeToLiveAttribute: TTL_ATTRIBUTE,
    });

    const api = new IopFunction(this, 'Api', {
      entry: 'functions/api/handler.ts',
      description: 'IOP partner API',
      serviceName: 'iop-api',
      table: this.table,
      assets: Object.values(DOCS_FILES).map((f) => f.packagePath),
    });

    // A domain of its own (-c domainName= -c certificateArn=, the certificate in this region): the API answers
    // there only, so passkeys, links in e-mail and the public page all have one origin.
    const domain = props.domain
      ? new DomainName(this, 'Domain', {
          domainName: props.domain.name,
          certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        })
      : undefined;
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'IOP EU-medborgare partner API',
      createDefaultStage: false,
      disableExecuteApiEndpoint: domain !== undefined,
    });
    /** The origin people and passkeys see: a web origin given, the custom domain, or the API's own URL. */
    const webOrigin =
      props.webOrigin ?? (props.domain ? `https://${props.domain.name}` : this.api.apiEndpoint);
    // The API keeps /v1/…; everything else is the web app (below), on the same origin.
    const apiIntegration = new HttpLambdaIntegration('ApiIntegration', api.fn);
    this.api.addRoutes({ path: '/v1/{proxy+}', methods: [HttpMethod.ANY], integration: apiIntegration });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      ...(domain ? { domainMapping: { domainName: domain } } : {}),
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

    /** `service` may use the key to publish to an encrypted topic, for its resources of this account only. */
    const mayPublishEncrypted = (sid: string, service: string, sourceArn: string) =>
      key.addToResourcePolicy(
        new PolicyStatement({
          sid,
          principals: [new ServicePrincipal(service)],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
          conditions: {
            StringEquals: { 'aws:SourceAccount': this.account },
            ArnLike: { 'aws:SourceArn': sourceArn },
          },
        }),
      );
    // CloudWatch publishes the alarms to the topic, encrypted with this key: without this grant no alarm e-mail
    // would ever arrive. Only for this account's alarms in this region.
    mayPublishEncrypted(
      'CloudWatchAlarmsPublishToTheEncryptedTopic',
      'cloudwatch.amazonaws.com',
      this.formatArn({
        service: 'cloudwatch',
        resource: 'alarm',
        resourceName: '*',
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    );
    const alarms = new Topic(this, 'Alarms', { displayName: 'IOP alarms', masterKey: key, enforceSSL: true });
    if (props.alarmEmail) alarms.addSubscription(new EmailSubscription(props.alarmEmail));
    const alarm = (id: string, description: string, metric: IMetric, options?: { threshold: number }) =>
      alarmTo(this, alarms, id, description, metric, options);
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

    // --- e-mail, from one verified sender -----------------------------------------------------------------

    const mailFrom = props.mailFrom ?? 'iop-noreply@example.org';
    const mailDomain = props.mailDomain ?? mailFrom.split('@')[1] ?? mailFrom;
    // Every send goes through one configuration set (the identity's default), whose bounces and complaints reach
    // the mail-events function: it marks the address, the admin's pages show it, and nothing is mailed there
    // until an administrator confirms it again. That list is the system's own, so SES's account-level one is off
    // for this set (two lists would disagree once an administrator confirms an address).
    const mailConfiguration = new ConfigurationSet(this, 'MailConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      disableSuppressionList: true,
    });
    const mailIdentity = new EmailIdentity(this, 'MailIdentity', {
      identity: Identity.domain(mailDomain),
      configurationSet: mailConfiguration,
      // Easy DKIM with 2048-bit keys, and a MAIL FROM of our own domain so that SPF aligns for DMARC.
      dkimSigning: true,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      mailFromDomain: `bounce.${mailDomain}`,
    });
    const sendEmail = new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: mailFrom }),
        mailIdentity.emailIdentityArn,
        this.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: mailConfiguration.configurationSetName,
        }),
      ],
    });
    // SES publishes to a topic encrypted with the stack's key: it may use the key for this set's events only.
    mayPublishEncrypted(
      'SesPublishesMailEventsToTheEncryptedTopic',
      'ses.amazonaws.com',
      this.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: mailConfiguration.configurationSetName,
      }),
    );
    const mailEventsTopic = new Topic(this, 'MailEvents', {
      displayName: 'IOP bounces and complaints',
      masterKey: key,
      enforceSSL: true,
    });
    new ConfigurationSetEventDestination(this, 'MailEventDestination', {
      configurationSet: mailConfiguration,
      destination: EventDestination.snsTopic(mailEventsTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const mailEvents = new IopFunction(this, 'MailEventsFunction', {
      entry: 'functions/mail-events/handler.ts',
      description: 'IOP bounces and complaints: marks the addresses SES cannot mail',
      serviceName: 'iop-mail-events',
      table: this.table,
      // It marks addresses (one UpdateItem each), and does nothing else to the table.
      tableActions: ['UpdateItem'],
    });
    mailEventsTopic.addSubscription(new LambdaSubscription(mailEvents.fn));
    alarm(
      'MailEventsErrorsAlarm',
      'A bounce or complaint could not be recorded: that address may be mailed again.',
      mailEvents.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    );
    // SES reviews an account at a 5 % bounce rate or 0.1 % complaints, and may pause it at 10 % / 0.5 %: the
    // people responsible hear of it at the first mark, while every alert still goes out.
    for (const [id, metricName, threshold, what] of [
      ['MailBounceRateAlarm', 'Reputation.BounceRate', 0.05, 'bounce'],
      ['MailComplaintRateAlarm', 'Reputation.ComplaintRate', 0.001, 'complaint'],
    ] as const)
      alarm(
        id,
        `SES's ${what} rate for the account reached ${threshold * 100} %: SES reviews the account here and may pause sending (every cold-night alert by e-mail). Look at the addresses marked on the people and recipient pages.`,
        new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) }),
        { threshold },
      );

    // --- SMS, through one configuration set whose delivery events are logged (failures alarm) ---------------
    const smsEvents = new LogGroup(this, 'SmsEvents', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const smsEventsRole = new Role(this, 'SmsEventsRole', {
      assumedBy: new ServicePrincipal('sms-voice.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: "End User Messaging writes each SMS's delivery events to the SmsEvents log group",
    });
    smsEvents.grantWrite(smsEventsRole);
    const smsConfiguration = new CfnConfigurationSet(this, 'SmsConfigurationSet', {
      eventDestinations: [
        {
          eventDestinationName: 'delivery-log',
          enabled: true,
          matchingEventTypes: ['TEXT_ALL'],
          cloudWatchLogsDestination: {
            iamRoleArn: smsEventsRole.roleArn,
            logGroupArn: smsEvents.logGroupArn,
          },
        },
      ],
    });
    const smsArn = (resource: string) => this.formatArn({ service: 'sms-voice', resource });
    const sendSms = new PolicyStatement({
      actions: ['sms-voice:SendTextMessage'],
      resources: [
        smsArn(`configuration-set/${smsConfiguration.ref}`),
        ...smsIdentityResources(props.smsOriginationIdentity).map(smsArn),
      ],
    });
    const smsEnvironment = {
      SMS_MODE: 'aws',
      SMS_CONFIGURATION_SET: smsConfiguration.ref,
      ...(props.smsOriginationIdentity ? { SMS_ORIGINATION_IDENTITY: props.smsOriginationIdentity } : {}),
    };
    // The partner API's decisions to open link the public page on the web app; the cold-night function sends them.
    for (const [name, value] of Object.entries({ MAIL_FROM: mailFrom, WEB_ORIGIN: webOrigin }))
      api.fn.addEnvironment(name, value);
    api.role.addToPolicy(sendEmail);

    // --- the web app: everything but /v1/…, on the same origin as the API ----------------------------------

    const checkSchedule: CheckSchedule = {
      minute: props.coldNightSchedule?.minute ?? DEFAULT_CHECK_SCHEDULE.minute,
      hour: props.coldNightSchedule?.hour ?? DEFAULT_CHECK_SCHEDULE.hour,
    };
    // A schedule the pages could not read would also be one nobody could check: refuse it at synth.
    if (!nextCheckAt(new Date(0), checkSchedule))
      throw new Error(
        `coldNightMinute/coldNightHour: not a schedule (${checkSchedule.minute} ${checkSchedule.hour})`,
      );
    const web = new IopFunction(this, 'Web', {
      entry: 'functions/web/handler.ts',
      description: 'IOP web app: sign-in and pages',
      serviceName: 'iop-web',
      table: this.table,
      assets: [WEBAUTHN_LIBRARY],
      // Passkeys are bound to the origin browsers see: a custom domain (-c webOrigin=https://…) or the API's own.
      environment: {
        MAIL_FROM: mailFrom,
        WEB_ORIGIN: webOrigin,
        ...(props.contactEmail ? { CONTACT_EMAIL: props.contactEmail } : {}),
        // The coordinators' page says when the next check runs.
        COLD_NIGHT_MINUTE: checkSchedule.minute,
        COLD_NIGHT_HOUR: checkSchedule.hour,
      },
    });
    web.role.addToPolicy(sendEmail);
    this.api.addRoutes({
      path: '/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('WebIntegration', web.fn),
    });
    this.api.addRoutes({
      path: '/',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('WebRootIntegration', web.fn),
    });
    // The routes anyone may call have limits of their own, below the partners': a crowd on the public page or a
    // flood of sign-in attempts cannot starve partners entering figures on the coldest night. (HTTP API throttles
    // by route key, so each gets a route of its own, to the same function.)
    const publicIntegration = new HttpLambdaIntegration('PublicWebIntegration', web.fn);
    const limited = Object.entries(PUBLIC_ROUTE_LIMITS).map(([routeKey, limit]) => {
      const [method, path] = routeKey.split(' ') as [keyof typeof HttpMethod, string];
      const [route] = this.api.addRoutes({
        path,
        methods: [HttpMethod[method]],
        integration: path.startsWith('/v1/') ? apiIntegration : publicIntegration,
      });
      return { routeKey, limit, route };
    });
    const cfnStage = stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = Object.fromEntries(
      limited.map(({ routeKey, limit }) => [
        routeKey,
        { ThrottlingRateLimit: limit.rateLimit, ThrottlingBurstLimit: limit.burstLimit },
      ]),
    );
    // A route's settings need the route to exist first.
    for (const { route } of limited)
      if (route) cfnStage.addResourceDependency(route.node.defaultChild as CfnResource);
    alarm(
      'WebLambdaErrorsAlarm',
      'The web app Lambda failed or timed out.',
      web.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    );

    // --- cold-night alerts ------------------------------------------------------------------------------

    const check = new IopFunction(this, 'ColdNightCheck', {
      entry: 'functions/cold-night-check/handler.ts',
      description: 'IOP cold-night check: SMHI forecast to alerts',
      timeout: Duration.minutes(2),
      memorySize: 512,
      serviceName: 'iop-cold-night-check',
      table: this.table,
      environment: { MAIL_FROM: mailFrom, ...smsEnvironment },
    });
    check.role.addToPolicy(sendEmail);
    // The only function that sends SMS: its own alerts, and the decisions made in the web app and the API, which
    // hand them here (invoked and waited for, so the coordinator's page says what was sent).
    check.role.addToPolicy(sendSms);
    for (const sender of [api, web]) {
      sender.fn.addEnvironment('CHECK_FUNCTION_NAME', check.fn.functionName);
      check.fn.grantInvoke(sender.fn);
    }

    /**
     * A schedule that invokes `fn` (twice more on failure), whose failed events land in an encrypted dead-letter
     * queue. Its role may send there: the queue's key is granted too, or a failed run would vanish unseen.
     */
    const scheduled = (
      id: string,
      dlqId: string,
      options: { description: string; schedule: ScheduleExpression; maxEventAge: Duration },
      fn: IFunction,
      input?: ScheduleTargetInput,
    ) => {
      const dlq = new Queue(this, dlqId, {
        retentionPeriod: Duration.days(14),
        encryption: QueueEncryption.KMS,
        encryptionMasterKey: key,
        enforceSSL: true,
      });
      const role = new Role(this, `${id}Role`, {
        assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
          conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
        }),
      });
      key.grant(role, 'kms:GenerateDataKey', 'kms:Decrypt');
      new Schedule(this, id, {
        description: options.description,
        schedule: options.schedule,
        target: new LambdaInvoke(fn, {
          role,
          input,
          retryAttempts: 2,
          maxEventAge: options.maxEventAge,
          deadLetterQueue: dlq,
        }),
      });
      return dlq;
    };
    const failedChecks = scheduled(
      'ColdNightSchedule',
      'ColdNightCheckDlq',
      {
        description: 'Reads SMHI and alerts coordinators of extra-cold nights',
        schedule: ScheduleExpression.cron({
          minute: checkSchedule.minute,
          hour: checkSchedule.hour,
          timeZone: TimeZone.of('Europe/Stockholm'),
        }),
        maxEventAge: Duration.minutes(30),
      },
      check.fn,
    );
    alarm(
      'ColdNightCheckErrorsAlarm',
      'The cold-night check failed: SMHI unreadable or stale, or a bug. No cold night is being decided.',
      check.fn.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }),
    );

    // --- reminders of missing figures -------------------------------------------------------------------
    const reminders = new IopFunction(this, 'Reminders', {
      entry: 'functions/reminders/handler.ts',
      description: 'IOP reminders: missing figures to partners, the monthly summary to administrators',
      timeout: Duration.minutes(2),
      memorySize: 512,
      serviceName: 'iop-reminders',
      table: this.table,
      environment: { MAIL_FROM: mailFrom, WEB_ORIGIN: webOrigin },
    });
    reminders.role.addToPolicy(sendEmail);
    const failedReminders = scheduled(
      'ReminderSchedule',
      'RemindersDlq',
      {
        description: 'Reminds partners of missing figures, once a day',
        schedule: ScheduleExpression.cron({
          minute: props.reminderSchedule?.minute ?? '0',
          hour: props.reminderSchedule?.hour ?? '10',
          timeZone: TimeZone.of('Europe/Stockholm'),
        }),
        maxEventAge: Duration.hours(1),
      },
      reminders.fn,
    );
    alarm(
      'RemindersErrorsAlarm',
      'The reminder run failed: nobody is told what is missing today.',
      reminders.fn.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }),
    );

    // --- the half-year report ----------------------------------------------------------------------------
    const reportBucket = new Bucket(this, 'ReportBucket', {
      versioned: true,
      encryption: BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      // Sent reports are kept ten years (REPORT_RETENTION_YEARS, the README's archive period), each forecast five
      // seasons (what a backtest replays); a replaced version 30 days, an unfinished upload a week.
      lifecycleRules: [
        { id: 'sent-reports', prefix: 'reports/', expiration: Duration.days(REPORT_RETENTION_YEARS * 366) },
        { id: 'forecasts', prefix: 'forecasts/', expiration: Duration.days(FORECAST_RETENTION_YEARS * 366) },
        {
          id: 'replaced-versions-and-uploads',
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });
    const reports = new IopFunction(this, 'Reports', {
      entry: 'functions/reports/handler.ts',
      description: 'IOP half-year report: compile, render, keep in S3, e-mail',
      timeout: Duration.minutes(2),
      memorySize: 1536,
      assets: Object.values(REPORT_ASSETS),
      serviceName: 'iop-reports',
      table: this.table,
      // The web app's origin: the mail that says the report is not approved links its page.
      environment: { MAIL_FROM: mailFrom, REPORT_BUCKET: reportBucket.bucketName, WEB_ORIGIN: webOrigin },
    });
    reportBucket.grantPut(reports.fn);
    // The check keeps every forecast it fetches (gzipped, under forecasts/<date>/), so a season can be replayed.
    check.fn.addEnvironment('REPORT_BUCKET', reportBucket.bucketName);
    reportBucket.grantPut(check.fn, 'forecasts/*');
    // A send resumed by another run mails the files it archived: it reads them back.
    reportBucket.grantRead(reports.fn);
    reports.role.addToPolicy(sendEmail);
    const reportIntegration = new HttpLambdaIntegration('ReportsIntegration', reports.fn);
    // The routes the reports function serves, as it declares them (the rest of /v1 goes to the partner API).
    for (const { method, path } of Object.values(REPORT_ROUTES))
      this.api.addRoutes({ path, methods: [HttpMethod[method]], integration: reportIntegration });
    // The web app's "send now" is its own page; the renderers are here, so it hands the send over, waiting for it.
    web.fn.addEnvironment('REPORTS_FUNCTION_NAME', reports.fn.functionName);
    reports.fn.grantInvoke(web.fn);
    const failedReports = scheduled(
      'ReportSchedule',
      'ReportScheduleDlq',
      {
        description: 'Compiles the half-year just ended and e-mails it to the report recipients',
        schedule: ScheduleExpression.cron({
          minute: props.reportSchedule?.minute ?? '0',
          hour: props.reportSchedule?.hour ?? '7',
          day: props.reportSchedule?.day ?? '15',
          month: props.reportSchedule?.month ?? '5,11',
          timeZone: TimeZone.of('Europe/Stockholm'),
        }),
        maxEventAge: Duration.hours(6),
      },
      reports.fn,
      ScheduleTargetInput.fromObject({ action: 'send-half-year-report' }),
    );
    alarm(
      'ReportErrorsAlarm',
      'The report function failed: the half-year report was not sent, or a report download failed.',
      reports.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    );

    new Operations(this, 'Operations', {
      alarms,
      api: this.api,
      check: check.fn,
      // Every hour by default: two missed runs wake someone. A schedule of some hours only: a day without one.
      heartbeat: checkSchedule.hour === '*' ? Duration.hours(2) : Duration.days(1),
      senders: [check.logGroup, api.logGroup, web.logGroup],
      mailEvents: mailEvents.logGroup,
      smsEvents,
      deadLetterQueues: { ColdNightCheck: failedChecks, Reminders: failedReminders, Report: failedReports },
    });

    new CfnOutput(this, 'ReportBucketName', {
      value: reportBucket.bucketName,
      description: 'Every sent report',
    });
    new CfnOutput(this, 'ApiUrl', {
      value: props.domain ? `https://${props.domain.name}/` : stage.url,
      description: 'Base URL of the partner API and the web app',
    });
    if (domain)
      new CfnOutput(this, 'DomainTarget', {
        value: domain.regionalDomainName,
        description: `Point ${props.domain?.name} here (a CNAME, or an alias record in Route 53)`,
      });
    new CfnOutput(this, 'TableName', { value: this.table.tableName, description: 'For `npm run keys`' });
    new CfnOutput(this, 'ApiLogGroup', { value: api.logGroup.logGroupName });
    new CfnOutput(this, 'AlarmTopic', { value: alarms.topicArn });
    new CfnOutput(this, 'MailDkimRecords', {
      value: mailIdentity.dkimRecords.map((r) => `${r.name} CNAME ${r.value}`).join(' ; '),
      description: `Publish in ${mailDomain}'s DNS (Easy DKIM), with MX and SPF for bounce.${mailDomain}: see the README`,
    });

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        'Authorisation is inside the Lambdas: by API key (hashed in DynamoDB) for /v1/…, by a session (hashed, revocable) for the web app; role and organisation scope per request.',
    });
    const tableLogicalId = this.getLogicalId(this.table.node.defaultChild as CfnElement);
    const wildcards: [string, string][] = [
      [
        `Resource::<${tableLogicalId}.Arn>/index/*`,
        "The table's own indexes (the audit index): grantReadWriteData.",
      ],
      ['Action::kms:ReEncrypt*', "To read and write the table encrypted with the stack's own key."],
      ['Action::kms:GenerateDataKey*', "To read and write the table encrypted with the stack's own key."],
      ['Resource::*', "X-Ray's trace APIs take no resource."],
    ];
    // Without an origination identity (-c smsOriginationIdentity), the account's own numbers, sender ids, pools.
    const [partition, account] = [
      Token.isUnresolved(this.partition) ? '<AWS::Partition>' : this.partition,
      Token.isUnresolved(this.account) ? '<AWS::AccountId>' : this.account,
    ];
    for (const resource of smsIdentityResources(props.smsOriginationIdentity).filter((r) => r.includes('*')))
      wildcards.push([
        `Resource::arn:${partition}:sms-voice:${this.region}:${account}:${resource}`,
        'SMS from the account’s own origination identities (none named with -c smsOriginationIdentity); the configuration set is named.',
      ]);
    for (const role of [api.role, web.role, check.role, reports.role, reminders.role, mailEvents.role]) {
      for (const [finding, reason] of wildcards) {
        Validations.of(role).acknowledge({ id: `AwsSolutions::AwsSolutions-IAM5[${finding}]`, reason });
      }
    }
    const checkLogicalId = this.getLogicalId(check.fn.node.defaultChild as CfnElement);
    Validations.of(this).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${checkLogicalId}.Arn>:*]`,
      reason:
        "The scheduler's role may invoke the check function's versions (`:*`), the shape LambdaInvoke grants.",
    });
    const remindersLogicalId = this.getLogicalId(reminders.fn.node.defaultChild as CfnElement);
    Validations.of(this).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${remindersLogicalId}.Arn>:*]`,
      reason:
        "The scheduler's role may invoke the reminder function's versions (`:*`), the shape LambdaInvoke grants.",
    });
    const reportsLogicalId = this.getLogicalId(reports.fn.node.defaultChild as CfnElement);
    Validations.of(this).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${reportsLogicalId}.Arn>:*]`,
      reason:
        "The scheduler's role may invoke the report function's versions (`:*`), the shape LambdaInvoke grants.",
    });
    const bucketLogicalId = this.getLogicalId(reportBucket.node.defaultChild as CfnElement);
    Validations.of(check.role).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/forecasts/*]`,
      reason:
        'The check writes each forecast it fetches under forecasts/ of the archive bucket, nothing else.',
    });
    for (const action of ['Action::s3:Abort*', 'Action::s3:PutObject*'])
      Validations.of(check.role).acknowledge({
        id: `AwsSolutions::AwsSolutions-IAM5[${action}]`,
        reason: 'grantPut under forecasts/: writing a forecast (and aborting an upload), nothing else.',
      });
    Validations.of(reports.role).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/*]`,
      reason:
        'The report function writes new report files under any key of its own bucket (grantPut), and reads back those of a send it resumes (grantRead).',
    });
    for (const action of [
      'Action::s3:Abort*',
      'Action::s3:PutObject*',
      'Action::s3:GetObject*',
      'Action::s3:GetBucket*',
      'Action::s3:List*',
    ])
      Validations.of(reports.role).acknowledge({
        id: `AwsSolutions::AwsSolutions-IAM5[${action}]`,
        reason:
          'grantPut and grantRead: writing report files (and aborting an upload), and reading back a resumed send’s, in its own bucket only.',
      });
    Validations.of(reportBucket).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason:
        'Written only by the report function, whose every send is in the audit trail (report.sent, with the keys), and by the cold-night check under forecasts/ (each forecast as SMHI sent it); read by administrators through the console.',
    });
    Validations.of(failedReports).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the report schedule.',
    });
    Validations.of(failedChecks).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the cold-night schedule.',
    });
    Validations.of(failedReminders).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the reminder schedule.',
    });
  }
}
