import { useId } from 'react';
import { clip, niceMax, ticks } from './scale';

export interface Bar {
  id: string;
  label: string;
  value: number;
  color?: string;
}

/**
 * A horizontal bar chart in plain SVG. Every bar has a <title> (value on hover) and its value
 * printed at its end; the chart is an image with a title and description for screen readers,
 * which also get the same numbers in the table beside it.
 */
export function BarChart({ title, bars, valueLabel, testId }: { title: string; bars: Bar[]; valueLabel: string; testId?: string }) {
  const titleId = useId();
  const descId = useId();
  const rowHeight = 22;
  const labelWidth = 190;
  const chartWidth = 460;
  const top = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const height = bars.length * rowHeight + 34;
  const x = (v: number) => labelWidth + (v / top) * chartWidth;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${labelWidth + chartWidth + 40} ${height}`}
      width="100%"
      style={{ maxWidth: `${labelWidth + chartWidth + 40}px` }}
      data-testid={testId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{bars.map((b) => `${b.label}: ${b.value}`).join('; ')}</desc>
      {ticks(top).map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={4} y2={height - 24} stroke="#d6d3ca" strokeDasharray={v === 0 ? undefined : '3 3'} />
          <text x={x(v)} y={height - 8} textAnchor="middle" fontSize="11" fill="#5d6673">
            {v}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const y = 6 + i * rowHeight;
        const w = Math.max(0, x(b.value) - labelWidth);
        return (
          <g key={b.id} data-testid="bar" data-label={b.label} data-value={b.value}>
            <title>{`${b.label}: ${b.value} ${valueLabel}`}</title>
            <text x={labelWidth - 8} y={y + rowHeight / 2 + 1} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#1d232b">
              {clip(b.label, 28)}
            </text>
            <rect x={labelWidth} y={y + 3} width={w} height={rowHeight - 7} rx={2} fill={b.color ?? '#1f4e79'} />
            <text x={labelWidth + w + 5} y={y + rowHeight / 2 + 1} dominantBaseline="middle" fontSize="11" fill="#1d232b">
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
