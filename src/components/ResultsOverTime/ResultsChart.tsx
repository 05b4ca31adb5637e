/**
 * "Your results over time" as a picture: one band per step, "Not yet" at
 * the bottom of each band and "Always" at the top, one marker per kept
 * result. Drawn in the text colour only (no colour carries meaning); the
 * table beside it holds the same figures in words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { chartLayout, type ChartArea } from '../../lib/progress/chart';
import { dayKey, formatDay, formatShortDay } from '../../lib/progress/dates';
import type { DatedResult } from '../../lib/progress/results';
import { labelForAverage } from '../../lib/self-check/scale';

interface Props {
  results: DatedResult[];
  areas: ChartArea[];
}

export default function ResultsChart({ results, areas }: Props) {
  // Drawn at the width it is shown at, one unit to a CSS pixel, so its words
  // keep their size on a phone (scaled down from 640, they were 6 to 8 px).
  // On paper it is drawn at its full 640, wherever it is printed from: a
  // phone's narrow drawing, scaled up to the page, printed 2.4 times too big.
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = svg.current;
    if (!element) return undefined;
    let printing = false;
    const fit = () =>
      setWidth(
        printing ? 640 : Math.round(Math.min(640, Math.max(260, element.clientWidth || 640))),
      );
    const beforePrint = () => {
      printing = true;
      fit();
    };
    const afterPrint = () => {
      printing = false;
      fit();
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
    };
  }, []);
  const chart = chartLayout(results, areas, { width, thisYear: dayKey(new Date()).slice(0, 4) });
  const first = results[0]?.day ?? '';
  const last = results.at(-1)?.day ?? '';
  const lastTick = chart.ticks.length - 1;
  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      class="mt-4 h-auto w-full max-w-2xl text-ink"
      role="img"
      aria-label={
        results.length === 1
          ? `Chart of each step’s score on ${formatDay(first)}.`
          : `Chart of each step’s score on ${results.length} dates, from ${formatDay(first)} to ${formatDay(last)}.`
      }
      data-results-chart
    >
      {chart.rows.map((row, i) => (
        <g key={row.chapter} data-chart-step={row.chapter}>
          <text x={0} y={row.labelY} class="fill-current text-[15px] font-semibold">
            {`${i + 1}. ${row.title}`}
          </text>
          <line
            x1={chart.plotLeft}
            x2={chart.plotRight}
            y1={row.top}
            y2={row.top}
            class="stroke-rule"
            stroke-dasharray="4 4"
          />
          <line
            x1={chart.plotLeft}
            x2={chart.plotRight}
            y1={row.bottom}
            y2={row.bottom}
            class="stroke-rule"
          />
          {row.path && <path d={row.path} fill="none" class="stroke-current" stroke-width={2} />}
          {row.points.map((p) => (
            <circle
              key={p.day}
              cx={p.x}
              cy={p.y}
              r={chart.marker.radius}
              class="fill-current stroke-page"
              stroke-width={chart.marker.ring}
              data-chart-point={p.day}
            >
              <title>{`${row.title}, ${formatDay(p.day)}: ${labelForAverage(p.value)}`}</title>
            </circle>
          ))}
        </g>
      ))}
      <line
        x1={chart.plotLeft}
        x2={chart.plotRight}
        y1={chart.axisY}
        y2={chart.axisY}
        class="stroke-current"
      />
      {chart.ticks.map((tick, i) => {
        // The end labels stay inside the chart: the first starts at its
        // date and the last ends at its own (one date alone stays centred).
        const alone = chart.ticks.length === 1;
        const anchor = alone ? 'middle' : i === 0 ? 'start' : i === lastTick ? 'end' : 'middle';
        const nudge = { start: -6, middle: 0, end: 6 }[anchor];
        return (
          <text
            key={tick.day}
            x={tick.x + nudge}
            y={chart.axisY + 18}
            text-anchor={anchor}
            class="fill-current text-[13px]"
          >
            {formatShortDay(tick.day, undefined, chart.withYear)}
          </text>
        );
      })}
    </svg>
  );
}
