import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  type AlarmProps,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * An alarm that reaches a person: `metric` at 1 or more in one period (missing data is no alarm), unless `options`
 * say otherwise, sent to the alarm topic.
 */
export function alarmTo(
  scope: Construct,
  topic: ITopic,
  id: string,
  description: string,
  metric: IMetric,
  options: Partial<AlarmProps> = {},
) {
  new Alarm(scope, id, {
    alarmDescription: description,
    metric,
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
    ...options,
  }).addAlarmAction(new SnsAction(topic));
}

/** The namespace of the metrics the system's own log lines make. */
export const METRIC_NAMESPACE = 'IOP';

export interface OperationsProps {
  alarms: ITopic;
  api: HttpApi;
  /** The hourly cold-night check: its runs are the heartbeat. */
  check: IFunction;
  /** How long the check may go without a successful run before someone is told. */
  heartbeat: Duration;
  /** The log groups of the functions that send alerts and decisions (their lines are counted per channel). */
  senders: readonly ILogGroup[];
  /** The mail-events function's log group (each address marked is a line). */
  mailEvents: ILogGroup;
  /** End User Messaging's SMS delivery events. */
  smsEvents: ILogGroup;
  deadLetterQueues: Readonly<Record<string, IQueue>>;
}

/**
 * What the engineer on call looks at, and what wakes them: one dashboard (is the cold-night check running, what was
 * sent on which channel, what bounced or failed, how the API answers, what waits in a dead-letter queue), and the
 * alarms that no dashboard replaces — a check that stopped running, a message in any dead-letter queue, a failed
 * SMS.
 */
export class Operations extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const period = Duration.hours(1);
    const alarm = (
      alarmId: string,
      description: string,
      metric: IMetric,
      options: Partial<AlarmProps> = {},
    ) => alarmTo(this, props.alarms, alarmId, description, metric, options);

    // The heartbeat: runs that did not fail. No data at all (the schedule stopped, the function was removed, the
    // account's Lambda is throttled) is the same as none: breaching.
    const checkRuns = new MathExpression({
      label: 'Kontroller som gick bra',
      expression: 'runs - FILL(failed, 0)',
      usingMetrics: {
        runs: props.check.metricInvocations({ statistic: 'Sum' }),
        failed: props.check.metricErrors({ statistic: 'Sum' }),
      },
      period: props.heartbeat,
    });
    alarm(
      'ColdNightCheckHeartbeatAlarm',
      `The cold-night check has not run successfully for ${props.heartbeat.toHumanString()}: no cold night is being decided or alerted. Look at the function's logs and the schedule.`,
      checkRuns,
      {
        comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.BREACHING,
      },
    );

    const counted = (metricId: string, message: string, logGroup: ILogGroup, metricName: string) =>
      new MetricFilter(this, metricId, {
        logGroup,
        filterPattern: FilterPattern.stringValue('$.message', '=', message),
        metricNamespace: METRIC_NAMESPACE,
        metricName,
        dimensions: { Channel: '$.channel' },
      });
    props.senders.forEach((logGroup, i) => {
      counted(`AlertsSent${i}`, 'alert delivered', logGroup, 'AlertsSent');
      counted(`AlertsFailed${i}`, 'alert delivery failed', logGroup, 'AlertsFailed');
    });
    const perChannel = (metricName: string, channel: string, label: string, over = period) =>
      new Metric({
        namespace: METRIC_NAMESPACE,
        metricName,
        dimensionsMap: { Channel: channel },
        statistic: 'Sum',
        period: over,
        label,
      });
    new MetricFilter(this, 'AddressesMarked', {
      logGroup: props.mailEvents,
      filterPattern: FilterPattern.stringValue('$.message', '=', 'e-mail address marked undeliverable'),
      metricNamespace: METRIC_NAMESPACE,
      metricName: 'AddressesMarkedUndeliverable',
      metricValue: '1',
    });
    // End User Messaging's final word on an SMS: anything final that is not delivered is a failure.
    const smsFailed = new MetricFilter(this, 'SmsFailed', {
      logGroup: props.smsEvents,
      filterPattern: FilterPattern.all(
        FilterPattern.booleanValue('$.isFinal', true),
        FilterPattern.stringValue('$.eventType', '!=', 'TEXT_DELIVERED'),
        FilterPattern.stringValue('$.eventType', '!=', 'TEXT_SUCCESSFUL'),
      ),
      metricNamespace: METRIC_NAMESPACE,
      metricName: 'SmsNotDelivered',
      metricValue: '1',
    }).metric({ statistic: 'Sum', period: Duration.minutes(15) });
    alarm(
      'SmsNotDeliveredAlarm',
      "An SMS was not delivered (the carrier's final word): a venue or an outreach worker may not know tonight's decision. The SmsEvents log group names the number's event.",
      smsFailed,
    );
    alarm(
      'AlertSendFailedAlarm',
      'An alert or decision could not be handed to SES or End User Messaging (it is retried on the next run): look at the send log on the coordinators’ page.',
      new MathExpression({
        expression: 'FILL(email, 0) + FILL(sms, 0)',
        usingMetrics: {
          email: perChannel('AlertsFailed', 'email', 'e-post', Duration.minutes(15)),
          sms: perChannel('AlertsFailed', 'sms', 'SMS', Duration.minutes(15)),
        },
        period: Duration.minutes(15),
      }),
    );

    const queued = Object.entries(props.deadLetterQueues).map(([name, queue]) => {
      const metric = queue.metricApproximateNumberOfMessagesVisible({
        statistic: 'Maximum',
        period: Duration.minutes(5),
      });
      alarm(
        `${name}DlqAlarm`,
        `A scheduled ${name} run gave up after its retries: it is in the dead-letter queue.`,
        metric,
      );
      return metric.with({ label: name });
    });

    const graph = (title: string, left: IMetric[], width = 12) =>
      new GraphWidget({ title, left, width, height: 6 });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new TextWidget({
            markdown:
              '# IOP EU-medborgare\nKalla nätter: kontrollen ska gå varje timme. Larm går till AlarmTopic. README: "Logs at 03:00".',
            width: 24,
            height: 2,
          }),
        ],
        [
          graph('Kalla nätter: kontroller', [
            checkRuns,
            props.check.metricErrors({ statistic: 'Sum', period, label: 'Misslyckade' }),
          ]),
          graph('Skickat per kanal', [
            perChannel('AlertsSent', 'email', 'E-post skickad'),
            perChannel('AlertsSent', 'sms', 'SMS skickat'),
            perChannel('AlertsFailed', 'email', 'E-post misslyckad'),
            perChannel('AlertsFailed', 'sms', 'SMS misslyckat'),
          ]),
        ],
        [
          graph(
            'Studsar och SMS',
            [
              new Metric({
                namespace: METRIC_NAMESPACE,
                metricName: 'AddressesMarkedUndeliverable',
                statistic: 'Sum',
                period,
                label: 'Adresser som studsar',
              }),
              smsFailed.with({ label: 'SMS ej levererade' }),
            ],
            8,
          ),
          graph(
            'API: svar',
            [
              props.api.metricClientError({ statistic: 'Sum', period: Duration.minutes(5), label: '4xx' }),
              props.api.metricServerError({ statistic: 'Sum', period: Duration.minutes(5), label: '5xx' }),
            ],
            8,
          ),
          graph(
            'API: svarstid (ms)',
            [
              props.api.metricLatency({ statistic: 'p50', period: Duration.minutes(5), label: 'p50' }),
              props.api.metricLatency({ statistic: 'p99', period: Duration.minutes(5), label: 'p99' }),
            ],
            8,
          ),
        ],
        [new SingleValueWidget({ title: 'I dead-letter-köerna', metrics: queued, width: 24, height: 3 })],
      ],
    });
  }
}
