/**
 * The geometry of the admin page's chart: searches per day as bars, and the share that found nothing
 * as a line on its own 0-100 % scale. Pure numbers, so the page only draws them (as SVG, no script).
 */

export interface DayCount {
  day: string;
  searches: number;
  zeroResultRate: number;
}

/** Every day from `from` to `to` (YYYY-MM-DD, inclusive), with zero for a day nobody searched: a gap is news too. */
export function everyDay(daily: readonly DayCount[], from: string, to: string): DayCount[] {
  const known = new Map(daily.map((row) => [row.day, row]));
  const days: DayCount[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10);
    days.push(known.get(day) ?? { day, searches: 0, zeroResultRate: 0 });
  }
  return days;
}

export interface Chart {
  width: number;
  height: number;
  /** The top of the searches scale: a round number at or above the busiest day. */
  maxSearches: number;
  bars: { x: number; y: number; width: number; height: number; day: DayCount }[];
  /** SVG polyline points of the zero-result rate, over days that had searches. */
  zeroRateLine: string;
  /** Horizontal grid lines at whole numbers of searches: their height and the searches they stand for. */
  gridLines: { y: number; searches: number }[];
}

export function chartGeometry(days: readonly DayCount[], { width, height }: { width: number; height: number }): Chart {
  const maxSearches = niceCeiling(Math.max(1, ...days.map((day) => day.searches)));
  const slot = days.length ? width / days.length : width;
  const barWidth = Math.max(1, slot * 0.7);
  const y = (searches: number) => height - (searches / maxSearches) * height;
  const bars = days.map((day, index) => ({
    x: round(index * slot + (slot - barWidth) / 2),
    y: round(y(day.searches)),
    width: round(barWidth),
    height: round(height - y(day.searches)),
    day,
  }));
  const zeroRateLine = days
    .map((day, index) => (day.searches > 0 ? `${round(index * slot + slot / 2)},${round(height - day.zeroResultRate * height)}` : null))
    .filter((point) => point !== null)
    .join(' ');
  const lines = gridDivisions(maxSearches);
  const gridLines = Array.from({ length: lines }, (_, index) => (maxSearches * (index + 1)) / lines).map((searches) => ({ y: round(y(searches)), searches }));
  return { width, height, maxSearches, bars, zeroRateLine, gridLines };
}

/** 1, 2, 4, 5 or 10 times a power of ten, so the quarter grid lines fall on whole numbers where they can. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 4, 5, 10].find((multiple) => multiple * power >= value)!;
  return step * power;
}

/** Into how many equal whole-number steps the scale divides: 50 into 5 of 10, 40 into 4 of 10, 4 into 4 of 1. */
function gridDivisions(max: number): number {
  if (max < 10) return max;
  const lead = max / 10 ** Math.floor(Math.log10(max));
  return lead === 2 || lead === 4 ? 4 : 5;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
