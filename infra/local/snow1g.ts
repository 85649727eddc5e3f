import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(import.meta.dirname, 'smhi');
export const readFixture = (name: string) => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

interface Snow1gStep {
  time: string;
  intervalParametersStartTime: string;
  data: Record<string, number>;
}
type Snow1g = {
  createdTime: string;
  referenceTime: string;
  geometry: { type: string; coordinates: [number, number] };
  timeSeries: Snow1gStep[];
};

const HOUR = 3_600_000;

/**
 * A snow1g v1 document with the real Norrköping response's structure (hourly steps for ~2.5 days, then 6 h and
 * 12 h, ~10 days, every parameter) moved to `createdTime`, with the air temperature `temperature(time)` gives.
 */
export function snow1g(options: {
  createdTime: string;
  temperature: (time: Date) => number;
  coordinates?: [number, number];
}): Snow1g {
  const source = readFixture('snow1g-point-norrkoping-2026-04-02.json') as Snow1g;
  const shift = Date.parse(options.createdTime) - Date.parse(source.createdTime);
  const round = (ms: number) => Math.round(ms / HOUR) * HOUR;
  const moved = (iso: string) => new Date(round(Date.parse(iso) + shift)).toISOString().replace('.000Z', 'Z');
  return {
    createdTime: options.createdTime,
    referenceTime: moved(source.referenceTime),
    geometry: { ...source.geometry, coordinates: options.coordinates ?? [18.0686, 59.3293] },
    timeSeries: source.timeSeries.map((step) => {
      const time = moved(step.time);
      return {
        time,
        intervalParametersStartTime: moved(step.intervalParametersStartTime),
        data: { ...step.data, air_temperature: options.temperature(new Date(time)) },
      };
    }),
  };
}
