import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import * as z from 'zod';
import type { WeatherSource } from '../app/alerts-model';
import type { Forecast, WarningArea } from '../domain/cold-nights';
import { upstreamUnavailable } from '../domain/errors';
import { type Observation, QUALITIES } from '../domain/observations';

/** SMHI's "missing value". */
const MISSING = 9999;

const isoTime = z.iso.datetime({ offset: true });

const Snow1gSchema = z.object({
  createdTime: isoTime,
  referenceTime: isoTime,
  geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
  timeSeries: z
    .array(z.object({ time: isoTime, data: z.object({ air_temperature: z.number() }).loose() }))
    .min(1),
});

const CreatedTimeSchema = z.object({ createdTime: z.union([isoTime, z.array(isoTime).nonempty()]) });

const WarningsSchema = z.array(
  z
    .object({
      event: z.object({ code: z.string() }).loose(),
      warningAreas: z.array(
        z
          .object({
            approximateStart: isoTime,
            approximateEnd: isoTime.optional(),
            warningLevel: z.object({ code: z.string() }).loose(),
            affectedAreas: z.array(z.object({ id: z.number() }).loose()),
          })
          .loose(),
      ),
    })
    .loose(),
);

/** metobs: `value` holds the hours, each value a string (empty where nothing was measured). */
const MetobsSchema = z
  .object({
    value: z.array(z.object({ date: z.number(), value: z.string(), quality: z.enum(QUALITIES) }).loose()),
    parameter: z.object({ key: z.string() }).loose(),
    station: z.object({ key: z.string() }).loose(),
  })
  .loose();

/** Stockholm-Observatoriekullen A, hourly air temperature, the last four months or so. */
export const OBSERVATIONS = { station: 98230, parameter: 1, period: 'latest-months' } as const;

export interface SmhiOptions {
  forecastBaseUrl: string;
  warningsBaseUrl: string;
  observationsBaseUrl?: string;
  timeoutMs?: number;
}

const smhiError = (detail: string) =>
  upstreamUnavailable(`SMHI could not be read: ${detail}`, 'smhi_unavailable');

/** A document read from `source` (a URL or a file) checked against its schema; anything else throws, loudly. */
function parseDocument<T>(text: string, schema: z.ZodType<T>, source: string): T {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw smhiError(`${source} did not answer JSON (${text.slice(0, 60).replace(/\s+/g, ' ')}…).`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw smhiError(`${source} answered an unexpected document: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** A snow1g point forecast in SMHI's format (from SMHI, or a recorded file), as the check reads it. */
export function parseForecast(text: string, source: string): Forecast {
  const document = parseDocument(text, Snow1gSchema, source);
  return {
    createdTime: document.createdTime,
    steps: document.timeSeries.map((s) => ({
      time: s.time,
      airTemperature: s.data.air_temperature === MISSING ? null : s.data.air_temperature,
    })),
  };
}

/** A metobs answer in SMHI's format: each hour's value (null where empty) and quality. */
export function parseObservations(text: string, source: string): Observation[] {
  return parseDocument(text, MetobsSchema, source).value.map((v) => {
    const raw = v.value.trim();
    const value = raw === '' ? null : Number(raw);
    if (value !== null && !Number.isFinite(value)) throw smhiError(`${source} gave the value "${v.value}".`);
    return { time: new Date(v.date).toISOString(), value, quality: v.quality };
  });
}

/** SMHI's open data over HTTP. Anything but a valid document — HTML, 4xx/5xx, a timeout, cut JSON — throws. */
export class SmhiClient implements WeatherSource {
  private readonly http: AxiosInstance;

  constructor(private readonly options: SmhiOptions) {
    this.http = axios.create({
      timeout: options.timeoutMs ?? 10_000,
      responseType: 'text',
      transformResponse: [(body) => body],
      validateStatus: () => true,
      headers: { accept: 'application/json', 'user-agent': 'iop-eu-stockholm cold-night check' },
    });
  }

  private async getText(url: string): Promise<string> {
    let response: AxiosResponse<string>;
    try {
      response = await this.http.get<string>(url);
    } catch (error) {
      throw smhiError(`${url}: ${(error as Error).message}`);
    }
    if (response.status !== 200) throw smhiError(`${url} answered ${response.status}.`);
    return String(response.data);
  }

  private async getJson<T>(url: string, schema: z.ZodType<T>): Promise<T> {
    return parseDocument(await this.getText(url), schema, url);
  }

  async latestForecastRun(): Promise<string> {
    const url = `${this.options.forecastBaseUrl}/api/category/snow1g/version/1/createdtime.json`;
    const { createdTime } = await this.getJson(url, CreatedTimeSchema);
    const [latest] = [createdTime].flat();
    if (!latest) throw smhiError(`${url} named no run.`);
    return latest;
  }

  /** The forecast, and SMHI's document as it came (kept, so that a season can be replayed). */
  async forecast(lon: number, lat: number): Promise<Forecast & { document: string }> {
    // SMHI takes at most six decimals.
    const url = `${this.options.forecastBaseUrl}/api/category/snow1g/version/1/geotype/point/lon/${lon.toFixed(6)}/lat/${lat.toFixed(6)}/data.json`;
    const document = await this.getText(url);
    return { ...parseForecast(document, url), document };
  }

  async observations(): Promise<Observation[]> {
    const { station, parameter, period } = OBSERVATIONS;
    const base = this.options.observationsBaseUrl ?? 'https://opendata-download-metobs.smhi.se';
    const url = `${base}/api/version/1.0/parameter/${parameter}/station/${station}/period/${period}/data.json`;
    return parseObservations(await this.getText(url), url);
  }

  async warnings(): Promise<WarningArea[]> {
    const url = `${this.options.warningsBaseUrl}/ibww/api/version/1/warning.json`;
    const warnings = await this.getJson(url, WarningsSchema);
    return warnings.flatMap((w) =>
      w.warningAreas.map((a) => ({
        level: a.warningLevel.code,
        event: w.event.code,
        areaIds: a.affectedAreas.map((x) => x.id),
        start: a.approximateStart,
        end: a.approximateEnd,
      })),
    );
  }
}
