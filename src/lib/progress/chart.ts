/**
 * The geometry of "Your results over time": one small band per step, dates
 * along the bottom, each kept result a marker joined by a line. Pure numbers
 * for an SVG: the component only draws them. No colour carries meaning: every
 * step has its own labelled band, so the chart reads in any colour scheme.
 */
import { daysBetween } from './dates';
import { MAX_SCORE, type DatedResult } from './results';

export interface ChartArea {
  chapter: string;
  title: string;
}

export interface ChartPoint {
  x: number;
  y: number;
  day: string;
  value: number;
}

export interface ChartRow {
  chapter: string;
  title: string;
  /** Baseline of the step's title text. */
  labelY: number;
  /** y of "Always" (top) and "Not yet" (bottom) in this band. */
  top: number;
  bottom: number;
  points: ChartPoint[];
  /** SVG path joining the points in date order; empty with fewer than two. */
  path: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  rows: ChartRow[];
  /** Dates written under the chart (thinned so labels do not overlap). */
  ticks: { x: number; day: string }[];
  /** The dates cross a new year, or are not this year's: labels carry the year. */
  withYear: boolean;
  axisY: number;
  /**
   * Each result's marker: its radius, and the width of the page-coloured
   * ring that sets it apart from the line. Markers shrink, and lose the ring,
   * as dates crowd together: at five units each, ninety daily results wore
   * the line and the band's rules away into a hatch on a phone.
   */
  marker: { radius: number; ring: number };
}

export interface ChartOptions {
  width?: number;
  rowHeight?: number;
  labelHeight?: number;
  /** Space for the end labels left and right of the plot. */
  margin?: number;
  /** Least distance between two date labels' centres. */
  tickGap?: number;
  /** Today's year ("2026"): dates all in another year are labelled with it. */
  thisYear?: string;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** x for each day: in proportion to the time between them, centred when there is one day. */
export function dayPositions(
  days: readonly string[],
  left: number,
  right: number,
): Map<string, number> {
  const sorted = [...new Set(days)].sort();
  const positions = new Map<string, number>();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return positions;
  const span = daysBetween(first, last);
  for (const day of sorted) {
    positions.set(
      day,
      round(
        span === 0 ? (left + right) / 2 : left + ((right - left) * daysBetween(first, day)) / span,
      ),
    );
  }
  return positions;
}

/**
 * The labels that fit along the axis without touching: the first and the
 * last always, and between them each one at least `gap` from the one kept
 * before it and from the last. Results can be days apart or a year apart,
 * so spacing, not a count, decides.
 */
export function spacedTicks<T extends { x: number }>(items: readonly T[], gap: number): T[] {
  const first = items[0];
  const last = items.at(-1);
  if (items.length <= 2 || first === undefined || last === undefined) return [...items];
  const kept: T[] = [first];
  for (const item of items.slice(1, -1)) {
    const before = kept.at(-1) ?? first;
    if (item.x - before.x >= gap && last.x - item.x >= gap) kept.push(item);
  }
  return [...kept, last];
}

/**
 * Whether each label needs its year: the dates span more than one calendar
 * year, or all fall in a year that is not this one ("6 Jan … 25 Dec", seen
 * the March after, reads as this year's).
 */
export function labelsNeedYear(days: readonly string[], thisYear?: string): boolean {
  const years = new Set(days.map((day) => day.slice(0, 4)));
  return years.size > 1 || (thisYear !== undefined && years.size === 1 && !years.has(thisYear));
}

export function chartLayout(
  results: readonly DatedResult[],
  areas: readonly ChartArea[],
  options: ChartOptions = {},
): ChartLayout {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 64;
  const labelHeight = options.labelHeight ?? 22;
  const margin = options.margin ?? 24;
  const plotLeft = margin;
  const plotRight = width - margin;
  const days = results.map((r) => r.day);
  const xs = dayPositions(days, plotLeft, plotRight);
  const rows: ChartRow[] = areas.map((area, i) => {
    const rowTop = i * rowHeight;
    const top = rowTop + labelHeight + 6;
    const bottom = rowTop + rowHeight - 8;
    const points: ChartPoint[] = [];
    for (const result of results) {
      const value = result.scores[area.chapter];
      const x = xs.get(result.day);
      if (value === undefined || x === undefined) continue;
      const clamped = Math.min(MAX_SCORE, Math.max(0, value));
      points.push({
        x,
        y: round(bottom - ((bottom - top) * clamped) / MAX_SCORE),
        day: result.day,
        value,
      });
    }
    const path =
      points.length < 2
        ? ''
        : points.map((p, j) => `${j === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
    return {
      chapter: area.chapter,
      title: area.title,
      labelY: rowTop + labelHeight - 6,
      top,
      bottom,
      points,
      path,
    };
  });
  const axisY = areas.length * rowHeight + 4;
  const withYear = labelsNeedYear(days, options.thisYear);
  // "20 Dec" is about 42 units wide at 13 px, "20 Dec 2026" about 74; with
  // a reader's own text spacing (WCAG 1.4.12: letters 0.12em, words 0.16em
  // apart) about 54 and 95. The first label starts at its date and the last
  // ends at its own, so the one beside either needs half a label more: at 72
  // and 120, "13 Oct28 Oct" touched under that spacing on a phone.
  const ticks = spacedTicks(
    [...xs.entries()].map(([day, x]) => ({ day, x })),
    options.tickGap ?? (withYear ? 144 : 84),
  );
  return {
    width,
    height: axisY + 24,
    plotLeft,
    plotRight,
    rows,
    ticks,
    withYear,
    axisY,
    marker: markerFor(closestGap([...xs.values()])),
  };
}

/** The least distance between two dates' places; Infinity for one date. */
export function closestGap(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  let gap = Infinity;
  for (let i = 1; i < sorted.length; i++)
    gap = Math.min(gap, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  return gap;
}

/** Five units with a ring of two where markers have room; smaller, and no ring, where they touch. */
export function markerFor(gap: number): { radius: number; ring: number } {
  if (gap >= 14) return { radius: 5, ring: 2 };
  return { radius: round(Math.max(1.5, Math.min(4, gap / 2.5))), ring: 0 };
}
