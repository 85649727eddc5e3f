import { type AlertedState, alertsToSend, planAlerts, toldAfter } from './alert-plan';
import { assessNights, type ColdRules, currentNight, type Forecast } from './cold-nights';
import { nightSpan } from './periods';
import type { AlertSent } from './verification';

/**
 * A season replayed: the forecasts in the order SMHI made them, each decided as the check decides (no warnings: a
 * recorded forecast holds none), and what would have been sent, when. Nothing is sent: the verification of what
 * the alerts would have been, against what was observed.
 */
export function backtest(
  forecasts: readonly Forecast[],
  rules: ColdRules,
  options: { muchColderC: number; outlookAloneDays?: number },
): AlertSent[] {
  let told: AlertedState[] = [];
  const sent: AlertSent[] = [];
  for (const forecast of [...forecasts].sort((a, b) => a.createdTime.localeCompare(b.createdTime))) {
    const now = new Date(forecast.createdTime);
    const nights = assessNights(forecast, [], rules, now);
    const planned = planAlerts(nights, told, { muchColderC: options.muchColderC });
    const alerts = alertsToSend(planned, currentNight(now, rules.window), options.outlookAloneDays);
    told = toldAfter(nights, alerts, told);
    for (const a of alerts)
      sent.push({ kind: a.kind, nights: a.nights.map((n) => n.night), at: forecast.createdTime });
  }
  return sent;
}

/**
 * Each night's minimum as the last forecast made before its evening said it: what a prediction of the night's
 * guests could have read then (the demand backtest, issue 27). Nights no forecast reached before they began are
 * absent.
 */
export function forecastMinima(forecasts: readonly Forecast[], rules: ColdRules): Map<string, number> {
  const minima = new Map<string, number>();
  for (const forecast of [...forecasts].sort((a, b) => a.createdTime.localeCompare(b.createdTime))) {
    const now = new Date(forecast.createdTime);
    for (const n of assessNights(forecast, [], rules, now))
      if (n.minTemperature !== null && nightSpan(n.night, rules.window).start > now)
        minima.set(n.night, n.minTemperature);
  }
  return minima;
}
