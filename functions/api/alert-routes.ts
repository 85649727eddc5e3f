import * as z from 'zod';
import {
  createSubscriber,
  deleteSubscriber,
  getAlertSettings,
  listAlerts,
  listColdNights,
  listSubscribers,
  putAlertSettings,
  verifyAlerts,
} from '../../shared/app/alerts';
import { listDemandFits } from '../../shared/app/demand';
import type { Core } from '../../shared/app/ports';
import { addDays, dateRange, stockholmDate } from '../../shared/domain/periods';
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';

/** Nights from `from` to `to` (Stockholm dates); by default the last 30 days and the forecast's ten ahead. */
function nightRange(deps: Core, query: { from?: string; to?: string }) {
  const today = stockholmDate(deps.now());
  return dateRange(query, { from: addDays(today, -30), to: addDays(today, 11) });
}

/** The cold-night alerts' endpoints: subscribers, settings, the delivery log and the nights. */
export function alertRoutes(deps: Core): Route[] {
  return [
    route({
      method: 'POST',
      path: '/v1/subscribers',
      operationId: 'createSubscriber',
      tag: 'Cold-night alerts',
      summary: 'Subscribe a coordinator to cold-night alerts',
      right: 'alerts.manage',
      body: S.NewSubscriber,
      responses: { 201: { description: 'Subscribed', schema: S.Subscriber } },
      handle: async ({ principal, body }) => json(201, await createSubscriber(deps, principal, body)),
    }),
    route({
      method: 'GET',
      path: '/v1/subscribers',
      operationId: 'listSubscribers',
      tag: 'Cold-night alerts',
      summary: 'List subscribers',
      right: 'alerts.manage',
      responses: { 200: { description: 'Subscribers', schema: z.array(S.Subscriber) } },
      handle: async ({ principal }) => json(200, await listSubscribers(deps, principal)),
    }),
    route({
      method: 'DELETE',
      path: '/v1/subscribers/{id}',
      operationId: 'deleteSubscriber',
      tag: 'Cold-night alerts',
      summary: 'Unsubscribe',
      right: 'alerts.manage',
      params: S.IdParams,
      responses: { 204: { description: 'Removed' } },
      handle: async ({ principal, params }) => {
        await deleteSubscriber(deps, principal, params.id);
        return { statusCode: 204 };
      },
    }),
    route({
      method: 'GET',
      path: '/v1/alert-settings',
      operationId: 'getAlertSettings',
      tag: 'Cold-night alerts',
      summary: 'The cold-night rules: place, threshold, night, warnings',
      right: 'alerts.manage',
      responses: { 200: { description: 'Settings in force', schema: S.AlertSettings } },
      handle: async ({ principal }) => json(200, await getAlertSettings(deps, principal)),
    }),
    route({
      method: 'PUT',
      path: '/v1/alert-settings',
      operationId: 'putAlertSettings',
      tag: 'Cold-night alerts',
      summary: 'Change the cold-night rules (audited)',
      right: 'alerts.manage',
      body: S.AlertSettings,
      responses: { 200: { description: 'Settings in force', schema: S.AlertSettings } },
      handle: async ({ principal, body }) => json(200, await putAlertSettings(deps, principal, body)),
    }),
    route({
      method: 'GET',
      path: '/v1/alerts',
      operationId: 'listAlerts',
      tag: 'Cold-night alerts',
      summary: 'The delivery log: every alert to every recipient',
      description: 'from/to: nights (Stockholm dates), both included; at most 366 nights.',
      right: 'alerts.read',
      query: S.NightRange,
      responses: { 200: { description: 'Deliveries, oldest first', schema: z.array(S.AlertLogEntry) } },
      handle: async ({ principal, query }) =>
        json(200, await listAlerts(deps, principal, nightRange(deps, query))),
    }),
    route({
      method: 'GET',
      path: '/v1/cold-nights',
      operationId: 'listColdNights',
      tag: 'Cold-night alerts',
      summary: 'Each night as the last check saw it: minimum, cold or not, why',
      right: 'alerts.read',
      query: S.NightRange,
      responses: { 200: { description: 'Nights', schema: z.array(S.ColdNight) } },
      handle: async ({ principal, query }) =>
        json(200, await listColdNights(deps, principal, nightRange(deps, query))),
    }),
    route({
      method: 'GET',
      path: '/v1/demand',
      operationId: 'listDemandFits',
      tag: 'Cold-night alerts',
      summary:
        "Each night shelter's expected-guests fit: per degree colder, errors, backtest, and which it uses",
      description:
        'Fitted nightly by the cold-night check on three years of nights and the observed minimums. The expected guests themselves are on each night in GET /v1/cold-nights.',
      right: 'alerts.read',
      responses: { 200: { description: 'One fit per night shelter', schema: z.array(S.DemandFit) } },
      handle: async ({ principal }) => json(200, await listDemandFits(deps, principal)),
    }),
    route({
      method: 'GET',
      path: '/v1/cold-nights/verification',
      operationId: 'verifyAlerts',
      tag: 'Cold-night alerts',
      summary:
        'The alerts checked against the nights SMHI observed: hits, late, missed, false alarms, lead time',
      description:
        'Default: the last 180 nights. A cold night is one observed at or below the threshold over the night window; alerted early means at least 36 h before it began.',
      right: 'alerts.read',
      query: S.NightRange,
      responses: { 200: { description: 'The verification', schema: S.Verification } },
      handle: async ({ principal, query }) => {
        const today = stockholmDate(deps.now());
        return json(
          200,
          await verifyAlerts(deps, principal, dateRange(query, { from: addDays(today, -180), to: today })),
        );
      },
    }),
  ];
}
