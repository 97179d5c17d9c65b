import { useId } from 'react';
import { clip, heatColor } from './scale';

export interface HeatMapProps {
  title: string;
  /** Row and column labels (a square matrix: the same items both ways). */
  labels: { id: string; label: string }[];
  matrix: number[][];
  /** Cells on the diagonal are drawn muted and are not clickable. */
  skipDiagonal?: boolean;
  selected?: { row: number; col: number } | null;
  onSelect?: (row: number, col: number) => void;
  describe: (row: string, col: string, value: number) => string;
  testId?: string;
}

/**
 * A square heat map in plain SVG: darker is more. Each cell has a <title> with its value; cells
 * are focusable and open with Enter or Space when `onSelect` is given.
 */
export function HeatMap({ title, labels, matrix, skipDiagonal, selected, onSelect, describe, testId }: HeatMapProps) {
  const titleId = useId();
  const n = labels.length;
  const cell = n > 20 ? 20 : n > 10 ? 28 : 40;
  const left = 170;
  const topPad = 130;
  const size = n * cell;
  let max = 0;
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (!(skipDiagonal && r === c)) max = Math.max(max, matrix[r]?.[c] ?? 0);
  return (
    <svg
      className="heat-map"
      role="group"
      aria-labelledby={titleId}
      viewBox={`0 0 ${left + size + 10} ${topPad + size + 10}`}
      width="100%"
      style={{ maxWidth: `${left + size + 10}px` }}
      data-testid={testId}
    >
      <title id={titleId}>{title}</title>
      {labels.map((l, i) => (
        <g key={l.id}>
          <text x={left - 6} y={topPad + i * cell + cell / 2} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#1d232b">
            <title>{l.label}</title>
            {clip(l.label, 26)}
          </text>
          <text
            transform={`translate(${left + i * cell + cell / 2} ${topPad - 6}) rotate(-55)`}
            fontSize="11"
            fill="#1d232b"
          >
            <title>{l.label}</title>
            {clip(l.label, 22)}
          </text>
        </g>
      ))}
      {labels.map((rowLabel, r) =>
        labels.map((colLabel, c) => {
          const value = matrix[r]?.[c] ?? 0;
          const diagonal = skipDiagonal && r === c;
          const { fill, ink } = diagonal ? { fill: '#e4e2dc', ink: '#5d6673' } : heatColor(value, max);
          const active = selected?.row === r && selected.col === c;
          const label = describe(rowLabel.label, colLabel.label, value);
          const clickable = !!onSelect && !diagonal;
          return (
            <g
              key={`${r}-${c}`}
              role={clickable ? 'button' : undefined}
              tabIndex={clickable ? 0 : undefined}
              aria-label={clickable ? label : undefined}
              aria-pressed={clickable ? active : undefined}
              className={clickable ? 'heat-cell clickable' : 'heat-cell'}
              data-testid="heat-cell"
              data-row={rowLabel.id}
              data-col={colLabel.id}
              data-value={value}
              onClick={clickable ? () => onSelect(r, c) : undefined}
              onKeyDown={
                clickable
                  ? (e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onSelect(r, c);
                      }
                    }
                  : undefined
              }
            >
              <title>{label}</title>
              <rect
                x={left + c * cell}
                y={topPad + r * cell}
                width={cell - 1}
                height={cell - 1}
                fill={fill}
                stroke={active ? '#c76b00' : 'none'}
                strokeWidth={active ? 2.5 : 0}
              />
              {value > 0 && !diagonal && (
                <text x={left + c * cell + cell / 2} y={topPad + r * cell + cell / 2} textAnchor="middle" dominantBaseline="middle" fontSize={cell > 20 ? 11 : 9} fill={ink}>
                  {value}
                </text>
              )}
            </g>
          );
        }),
      )}
    </svg>
  );
}
