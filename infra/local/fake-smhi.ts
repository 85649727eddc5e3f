import { createServer, type Server, type ServerResponse } from 'node:http';

export type Failure = 'html404' | 'html400' | 'error500' | 'timeout' | 'truncated';

/**
 * A fake SMHI on loopback that speaks SMHI's real paths and formats: snow1g v1 point forecasts,
 * createdtime.json and the IBWW warnings. Tests set what it serves, or how it fails, and read what was asked.
 */
export class FakeSmhi {
  forecast: { createdTime: string; [field: string]: unknown } = { createdTime: '1970-01-01T00:00:00Z' };
  warnings: unknown[] = [];
  /** The metobs document (hourly air temperature at Stockholm-Observatoriekullen A), as SMHI shapes it. */
  observations: unknown = metobsDocument([]);
  failure: Partial<Record<'forecast' | 'warnings' | 'createdtime' | 'observations', Failure>> = {};
  readonly requests: string[] = [];
  private server?: Server;
  private readonly hanging: ServerResponse[] = [];

  get url(): string {
    const address = this.server?.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = req.url ?? '';
      this.requests.push(path);
      const route = path.endsWith('/createdtime.json')
        ? 'createdtime'
        : /\/api\/category\/snow1g\/version\/1\/geotype\/point\/lon\/[-\d.]+\/lat\/[-\d.]+\/data\.json$/.test(
              path,
            )
          ? 'forecast'
          : path === '/ibww/api/version/1/warning.json'
            ? 'warnings'
            : path === '/api/version/1.0/parameter/1/station/98230/period/latest-months/data.json'
              ? 'observations'
              : undefined;
      if (!route) return this.html(res, 404);
      const failure = this.failure[route];
      if (failure === 'html404') return this.html(res, 404);
      if (failure === 'html400') return this.html(res, 400);
      if (failure === 'error500') return this.html(res, 500);
      if (failure === 'timeout') return void this.hanging.push(res);
      const body = JSON.stringify(
        route === 'forecast'
          ? this.forecast
          : route === 'warnings'
            ? this.warnings
            : route === 'observations'
              ? this.observations
              : { createdTime: this.forecast.createdTime },
      );
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=3600' });
      res.end(failure === 'truncated' ? body.slice(0, Math.floor(body.length / 2)) : body);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  private html(res: ServerResponse, status: number) {
    res.writeHead(status, { 'content-type': 'text/html' });
    res.end(
      `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status}</h1></body></html>`,
    );
  }

  async stop() {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * A metobs answer in SMHI's shape (ENGINEERING.md; no real sample is among the fixtures, so this one is built from
 * the documented format): the station, the parameter, the period, and each hour's value as a string ("" where
 * nothing was measured) with its quality code.
 */
export function metobsDocument(hours: readonly { time: string; value: number | null; quality?: string }[]) {
  return {
    value: hours.map((h) => ({
      date: Date.parse(h.time),
      value: h.value === null ? '' : h.value.toFixed(1),
      quality: h.quality ?? 'G',
    })),
    updated: Date.parse(hours.at(-1)?.time ?? '1970-01-01T00:00:00Z'),
    parameter: {
      key: '1',
      name: 'Lufttemperatur',
      summary: 'momentanvärde, 1 gång/tim',
      unit: 'degree celsius',
    },
    station: { key: '98230', name: 'Stockholm-Observatoriekullen A', owner: 'SMHI', height: 43.133 },
    period: { key: 'latest-months', summary: 'Data från senaste fyra månaderna' },
    position: [{ latitude: 59.3417, longitude: 18.0549, height: 43.133 }],
    link: [],
  };
}
