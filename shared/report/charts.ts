import { initWasm, Resvg } from '@resvg/resvg-wasm';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ReportDocument } from '../app/reports-model';
import type { Language } from '../i18n';
import { wordsFor } from '../i18n';
import { readAsset } from './assets';
import { formatFor, periodLabel } from './format';
import type { ChartId } from './layout';

const FONT = 'DejaVu Sans';
const WOMEN = '#b5396b';
const MEN = '#2b6a99';
const PLACES = '#b9c7d4';

/** Swedish numbers for d3-format: a comma for decimals, a no-break space between thousands. */
const SWEDISH_NUMBERS = {
  number: {
    decimal: ',',
    thousands: '\u00a0',
    grouping: [3],
    currency: ['', '\u00a0kr'] as [string, string],
  },
};

/** The charts as Vega-Lite specifications: data from the report, words and numbers in its language. */
export function chartSpec(id: ChartId, report: ReportDocument, language: Language): TopLevelSpec {
  const l = wordsFor(language).report.axes;
  const f = formatFor(language);
  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: 200,
    background: 'white',
    config: {
      // Axes count the report's way: `4 000` and `1,5` in Swedish (d3-format's locale), like the tables.
      ...(language === 'sv' ? { locale: SWEDISH_NUMBERS } : {}),
      font: FONT,
      axis: { labelFontSize: 11, titleFontSize: 11 },
      legend: { labelFontSize: 11, title: null },
      view: { stroke: null },
    },
  } as const;
  const months = report.nightShelters.months.map((m) => ({ ...m, label: f.month(m.month) }));
  const monthAxis = {
    field: 'label',
    type: 'ordinal',
    sort: null,
    title: null,
    axis: { labelAngle: 0 },
  } as const;
  switch (id) {
    case 'occupancy':
      return {
        ...base,
        data: { values: months.map((m) => ({ label: m.label, value: m.occupancyPct ?? 0 })) },
        layer: [
          {
            mark: { type: 'bar', color: MEN },
            encoding: {
              x: monthAxis,
              y: { field: 'value', type: 'quantitative', title: l.occupancy, scale: { domain: [0, 100] } },
            },
          },
          {
            mark: { type: 'text', dy: -7, fontSize: 11 },
            encoding: {
              x: monthAxis,
              y: { field: 'value', type: 'quantitative' },
              text: { field: 'value', type: 'quantitative' },
            },
          },
        ],
      };
    case 'shares':
      return {
        ...base,
        data: {
          values: months.flatMap((m) => [
            { label: m.label, group: l.women, order: 1, value: m.womenPct ?? 0 },
            { label: m.label, group: l.men, order: 2, value: m.menPct ?? 0 },
          ]),
        },
        mark: 'bar',
        encoding: {
          x: monthAxis,
          y: {
            field: 'value',
            type: 'quantitative',
            stack: 'zero',
            title: l.share,
            scale: { domain: [0, 100] },
          },
          color: {
            field: 'group',
            type: 'nominal',
            scale: { domain: [l.women, l.men], range: [WOMEN, MEN] },
          },
          order: { field: 'order' },
        },
      };
    case 'trend':
      return {
        ...base,
        data: {
          values: report.trends.periods.map((p) => ({
            label: periodLabel(p, language),
            nights: p.guestNights,
            occupancy: p.occupancyPct ?? 0,
          })),
        },
        encoding: {
          x: { field: 'label', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0 } },
        },
        layer: [
          {
            mark: { type: 'bar', color: PLACES },
            encoding: { y: { field: 'nights', type: 'quantitative', title: l.nights } },
          },
          {
            mark: { type: 'line', color: MEN, point: true, strokeWidth: 3 },
            encoding: {
              y: {
                field: 'occupancy',
                type: 'quantitative',
                title: l.occupancy,
                scale: { domain: [0, 100] },
              },
            },
          },
        ],
        resolve: { scale: { y: 'independent' } },
      };
    case 'occupancyOverTime':
      return {
        ...base,
        data: {
          values: report.trends.months.flatMap((m) => [
            { label: f.month(m.month), series: l.places, value: m.capacityNights },
            { label: f.month(m.month), series: l.nights, value: m.guestNights },
          ]),
        },
        mark: { type: 'line', point: true },
        encoding: {
          x: { ...monthAxis, axis: { labelAngle: report.trends.months.length > 8 ? -45 : 0 } },
          y: { field: 'value', type: 'quantitative', title: null },
          color: {
            field: 'series',
            type: 'nominal',
            scale: { domain: [l.places, l.nights], range: [PLACES, MEN] },
          },
        },
      };
    case 'coldNights': {
      // Night by night: the night shelters' guests (line) and the extra cold nights' (bars) on the left axis, the
      // lowest temperature SMHI observed on the right, with the −7 °C line the alerts are about.
      const color = {
        scale: {
          domain: [l.shelterGuests, l.coldGuests, l.observed, l.expectedBand],
          range: [MEN, WOMEN, '#222222', '#9e9e9e'],
        },
        legend: { labelLimit: 240 },
      };
      const date = () =>
        ({ field: 'date', type: 'temporal', title: null, axis: { format: '%-d/%-m' } }) as const;
      return {
        ...base,
        data: {
          values: report.coldNights.nights.map((n) => ({
            date: `${n.night}T12:00:00`,
            shelter: n.guestNights,
            cold: n.coldNightGuests,
            observed: n.observedMin,
            low: n.expected?.low ?? null,
            high: n.expected?.high ?? null,
          })),
        },
        layer: [
          {
            layer: [
              // What the check expected (its interval), behind what came: only on nights it gave one.
              {
                mark: { type: 'area', opacity: 0.35 },
                encoding: {
                  x: date(),
                  y: { field: 'low', type: 'quantitative' },
                  y2: { field: 'high' },
                  color: { ...color, datum: l.expectedBand },
                },
              },
              {
                mark: { type: 'bar', opacity: 0.8 },
                encoding: {
                  x: date(),
                  y: { field: 'cold', type: 'quantitative', title: l.guests },
                  color: { ...color, datum: l.coldGuests },
                },
              },
              {
                mark: { type: 'line', strokeWidth: 2 },
                encoding: {
                  x: date(),
                  y: { field: 'shelter', type: 'quantitative' },
                  color: { ...color, datum: l.shelterGuests },
                },
              },
            ],
          },
          {
            layer: [
              {
                mark: { type: 'line', strokeWidth: 1.5, strokeDash: [4, 2] },
                encoding: {
                  x: date(),
                  y: { field: 'observed', type: 'quantitative', title: l.observed },
                  color: { ...color, datum: l.observed },
                },
              },
              {
                mark: { type: 'rule', color: '#222222', strokeWidth: 1 },
                encoding: { y: { datum: -7, type: 'quantitative' } },
              },
            ],
          },
        ],
        resolve: { scale: { y: 'independent' } },
      };
    }
  }
}

/** The chart as SVG, drawn by Vega without a browser. */
export async function chartSvg(id: ChartId, report: ReportDocument, language: Language): Promise<string> {
  const view = new vega.View(vega.parse(compile(chartSpec(id, report, language)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

let wasmReady: Promise<void> | undefined;

/**
 * The chart as PNG at twice its size (sharp on phones): mail clients do not show SVG. resvg draws it with the
 * bundled font, so the picture is the same on a laptop and in Lambda.
 */
export async function chartPng(id: ChartId, report: ReportDocument, language: Language): Promise<Uint8Array> {
  wasmReady ??= initWasm(readAsset('resvgWasm'));
  await wasmReady;
  const svg = await chartSvg(id, report, language);
  const resvg = new Resvg(svg, {
    font: {
      fontBuffers: [readAsset('font'), readAsset('boldFont')],
      defaultFontFamily: FONT,
      loadSystemFonts: false,
    },
    fitTo: { mode: 'zoom', value: 2 },
  });
  try {
    return resvg.render().asPng();
  } finally {
    resvg.free();
  }
}
