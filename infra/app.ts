import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { deployRegion } from './region';
import { IopStack } from './stack';

const app = new App();
const where = deployRegion(app.node.tryGetContext('region'));
if ('refused' in where) {
  console.error(where.refused);
  process.exit(1);
}
const domainName: string | undefined = app.node.tryGetContext('domainName');
const certificateArn: string | undefined = app.node.tryGetContext('certificateArn');
if (domainName && !certificateArn?.startsWith('arn:')) {
  console.error(
    `-c domainName=${domainName} needs -c certificateArn=arn:aws:acm:${where.region}:…: a certificate for it in ACM, in ${where.region}.`,
  );
  process.exit(1);
}
new IopStack(app, 'IopEuMedborgare', {
  // The region is ours (CDK_DEFAULT_REGION is always set by the CLI, us-east-1 without a profile); the account is
  // the credentials'.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: where.region },
  alarmEmail: app.node.tryGetContext('alarmEmail'),
  mailFrom: app.node.tryGetContext('mailFrom'),
  mailDomain: app.node.tryGetContext('mailDomain'),
  webOrigin: app.node.tryGetContext('webOrigin'),
  // Choose the domain before the first passkey is made: passkeys are bound to the origin people sign in at.
  ...(domainName && certificateArn ? { domain: { name: domainName, certificateArn } } : {}),
  contactEmail: app.node.tryGetContext('contactEmail'),
  smsOriginationIdentity: app.node.tryGetContext('smsOriginationIdentity'),
  // e.g. -c coldNightMinute=5,35 for twice an hour; -c coldNightHour=14-23,0-8 for afternoons and nights only.
  coldNightSchedule: {
    minute: app.node.tryGetContext('coldNightMinute'),
    hour: app.node.tryGetContext('coldNightHour'),
  },
  // e.g. -c reportDay=1 -c reportHour=6 to send on the 1st at 06:00; -c reportMonth=5,11 are the half-years.
  reportSchedule: {
    day: app.node.tryGetContext('reportDay'),
    hour: app.node.tryGetContext('reportHour'),
    month: app.node.tryGetContext('reportMonth'),
  },
  // e.g. -c reminderHour=9 to remind at 09:00 instead of 10:00.
  reminderSchedule: {
    minute: app.node.tryGetContext('reminderMinute'),
    hour: app.node.tryGetContext('reminderHour'),
  },
});
Tags.of(app).add('project', 'iop-eu-medborgare');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
