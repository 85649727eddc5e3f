import { Logger } from '@aws-lambda-powertools/logger';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { createHandler } from '../../functions/api/handler';
import { serveLambda } from '../../infra/local/http-adapter';
import type { LocalSystem } from '../../infra/local/runtime';
import { dynamoClient, storesOn } from '../../shared/adapters/clients';
import { createKey, keyIdOf } from '../../shared/app/keys';
import { type Core, SILENT } from '../../shared/app/ports';
import { systemPrincipal } from '../../shared/domain/access';
import { datesBetween } from '../../shared/domain/periods';
import { organisationWithShelter } from '../support/registry';
import { countRequests, type Load, load, ms, percentile, ratio } from './measure';

const CALLS = 400;
const CONCURRENCIES = [1, 16];

/**
 * The API over loopback against its floor: the same DynamoDB Local request made directly from this process.
 * The API runs here (the same handler, the same HTTP adapter as `npm start`) so that its DynamoDB requests can be
 * counted: what each call costs on AWS.
 */
/** The bench makes no decision to open: nothing to send. */
const NO_SENDERS = {
  email: { send: async () => {} },
  sms: { send: async () => {} },
};

export async function apiBench(system: LocalSystem) {
  const client = dynamoClient(system.config);
  const counter = countRequests(client);
  const table = system.config.TABLE_NAME;
  const deps: Core = storesOn(client, table, SILENT);
  const server = await serveLambda(
    createHandler({ ...deps, ...NO_SENDERS }, new Logger({ logLevel: 'SILENT' }), { origin: () => url }),
    { port: 0 },
  );
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const bench = systemPrincipal('bench');
  const { org, shelter } = await organisationWithShelter(deps, bench, {
    organisation: 'API-bänken',
    orgNumber: '802006-1019',
    shelter: 'Bänkhärbärget',
    places: { from: '2000-01-01', places: 100 },
  });
  const { key } = await createKey(deps, bench, { role: 'partner', organisationId: org.id, label: 'bench' });
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const nights = datesBetween('2001-01-01', '2008-12-31');
  let night = 0;

  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${url}${path}`, { headers, ...init });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${init?.method ?? 'GET'} ${path} → ${response.status}`);
  };
  const put = () =>
    call(`/v1/activities/${shelter.id}/figures/${nights[night++]}`, {
      method: 'PUT',
      body: JSON.stringify({ women: 12, men: 40, nationalities: { RO: 30 } }),
    });
  const get = () => call(`/v1/activities/${shelter.id}/figures?from=2001-01&to=2001-01`);
  // The floor of each call: the DynamoDB requests it cannot avoid, made directly from this process with the same
  // DocumentClient — for a PUT the key's read alongside one BatchGetItem (activity, figures, the month's way), then
  // the one transaction (the figures, the month's counter, the audit entry, the key's not-revoked check); for a GET
  // the key's read alongside the activity's, then the Query.
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const keyItem = { pk: 'KEY', sk: keyIdOf(key) };
  const floorNights = datesBetween('2010-01-01', '2018-12-31');
  let floorNight = 0;
  const putFloor = async () => {
    const period = floorNights[floorNight++] as string;
    const pk = `ACT#${shelter.id}`;
    await Promise.all([
      doc.send(new GetCommand({ TableName: table, Key: keyItem, ConsistentRead: true })),
      doc.send(
        new BatchGetCommand({
          RequestItems: {
            [table]: {
              Keys: [
                { pk: 'ACTIVITY', sk: shelter.id },
                { pk, sk: `FIG#${period}` },
                { pk, sk: `GRAN#${period.slice(0, 7)}` },
              ],
            },
          },
        }),
      ),
    ]);
    const figures = { women: 12, men: 40, nationalities: { RO: 30 } };
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: { pk, sk: `FIG#${period}`, activityId: shelter.id, period, figures, version: 1 },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: table,
              Key: { pk, sk: `GRAN#${period.slice(0, 7)}` },
              UpdateExpression: 'SET granularity = :g ADD #count :one',
              ExpressionAttributeNames: { '#count': 'count' },
              ExpressionAttributeValues: { ':g': 'day', ':one': 1 },
            },
          },
          {
            Put: {
              TableName: table,
              Item: { pk: `AUDIT#floor`, sk: `${period}#${floorNight}`, after: figures },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            ConditionCheck: {
              TableName: table,
              Key: keyItem,
              ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
            },
          },
        ],
      }),
    );
  };
  const getFloor = async () => {
    await Promise.all([
      doc.send(new GetCommand({ TableName: table, Key: keyItem, ConsistentRead: true })),
      doc.send(
        new BatchGetCommand({ RequestItems: { [table]: { Keys: [{ pk: 'ACTIVITY', sk: shelter.id }] } } }),
      ),
    ]);
    await doc.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': `ACT#${shelter.id}`,
          ':from': 'FIG#2001-01',
          ':to': 'FIG#2001-01~',
        },
      }),
    );
  };

  await load(put, { count: 40, concurrency: 4 }); // warm-up: connections, JIT, and January 2001 for the GETs
  await load(get, { count: 40, concurrency: 4 });
  await load(putFloor, { count: 40, concurrency: 4 }); // the floors warmed up alike
  await load(getFloor, { count: 40, concurrency: 4 });
  const rows = [];
  for (const [label, api, floor, floorLabel] of [
    ['PUT …/figures/{night}', put, putFloor, 'GetItem ‖ BatchGetItem, TransactWriteItems'],
    ['GET …/figures (a month, 31 nights)', get, getFloor, 'GetItem ‖ BatchGetItem, Query'],
  ] as const) {
    for (const concurrency of CONCURRENCIES) {
      const floorLoad = await load(floor, { count: CALLS, concurrency });
      counter.counts.clear();
      const apiLoad = await load(api, { count: CALLS, concurrency });
      const calls = apiLoad.latencies.length;
      const perCall = [...counter.counts]
        .map(([command, n]) => `${+(n / calls).toFixed(1)} ${command}`)
        .join(', ');
      rows.push(
        row(
          `${label}, ${concurrency} at once`,
          apiLoad,
          floorLoad,
          floorLabel,
          counter.total() / calls,
          perCall,
        ),
      );
    }
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return rows;
}

function row(measure: string, api: Load, floor: Load, floorLabel: string, perCall: number, requests: string) {
  const [p50, p99, f50, f99] = [
    percentile(api.latencies, 50),
    percentile(api.latencies, 99),
    percentile(floor.latencies, 50),
    percentile(floor.latencies, 99),
  ];
  return {
    measure,
    'p50 ms': ms(p50),
    'p99 ms': ms(p99),
    'req/s': api.perSecond.toFixed(0),
    'floor p50/p99 ms': `${ms(f50)} / ${ms(f99)} (${floorLabel})`,
    'ratio p50 / p99': `${ratio(p50, f50)} / ${ratio(p99, f99)}`,
    'DynamoDB per call': `${perCall.toFixed(1)} (${requests})`,
    goal: 'p50 ≤ 1.3x its raw requests',
    met: p50 / f50 <= 1.3 ? 'yes' : 'NO',
  };
}
