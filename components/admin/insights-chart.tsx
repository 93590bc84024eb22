import { chartGeometry, type DayCount } from '@/lib/insights/chart';
import { getMessages } from '@/lib/i18n/messages';

const WIDTH = 720;
const HEIGHT = 200;
const AXIS = 44;

/**
 * Searches per day (bars, left scale) and the share that found nothing (line, right scale), drawn on
 * the server as SVG. A screen reader gets the description and the table that follows the chart.
 */
export function InsightsChart({ locale, days }: { locale: string; days: readonly DayCount[] }) {
  const t = getMessages(locale).admin;
  const chart = chartGeometry(days, { width: WIDTH, height: HEIGHT });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  return (
    <figure className="mt-4 overflow-x-auto">
      {/* Not narrower than 560 px, so the labels stay legible on a phone; the figure scrolls instead. */}
      <svg
        viewBox={`${-AXIS} -10 ${WIDTH + 2 * AXIS} ${HEIGHT + 34}`}
        role="img"
        aria-labelledby="insightsChartTitle insightsChartDescription"
        className="h-auto w-full min-w-140 text-slate-600 dark:text-slate-300"
      >
        <title id="insightsChartTitle">{t.chartTitle}</title>
        <desc id="insightsChartDescription">{t.chartDescription}</desc>
        {chart.gridLines.map((line) => (
          <g key={line.y}>
            <line x1={0} x2={WIDTH} y1={line.y} y2={line.y} className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={1} />
            <text x={-8} y={line.y + 4} textAnchor="end" fontSize={12} fill="currentColor">
              {number.format(line.searches)}
            </text>
            <text x={WIDTH + 8} y={line.y + 4} fontSize={12} fill="currentColor">
              {percent.format((HEIGHT - line.y) / HEIGHT)}
            </text>
          </g>
        ))}
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="currentColor" strokeWidth={1} />
        {chart.bars.map((bar) => (
          <rect key={bar.day.day} x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="fill-brand-600 dark:fill-brand-300">
            <title>{`${bar.day.day}: ${number.format(bar.day.searches)} ${t.chartSearches}, ${percent.format(bar.day.zeroResultRate)} ${t.chartZeroRate}`}</title>
          </rect>
        ))}
        {chart.zeroRateLine ? (
          <polyline points={chart.zeroRateLine} fill="none" strokeWidth={2.5} strokeLinejoin="round" className="stroke-amber-600 dark:stroke-amber-400" />
        ) : null}
        {first && last ? (
          <>
            <text x={0} y={HEIGHT + 22} fontSize={12} fill="currentColor">
              {first}
            </text>
            <text x={WIDTH} y={HEIGHT + 22} fontSize={12} textAnchor="end" fill="currentColor">
              {last}
            </text>
          </>
        ) : null}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-brand-600 dark:bg-brand-300" />
          {t.searches}
        </span>
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-0.5 w-4 bg-amber-600 dark:bg-amber-400" />
          {t.zeroRate}
        </span>
      </figcaption>
    </figure>
  );
}
