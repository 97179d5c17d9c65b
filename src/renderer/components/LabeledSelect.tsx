/** A labelled drop-down, optionally with an "all" entry (value ''): the filters of every list. */
export interface SelectOption {
  value: string;
  label: string;
}

export function LabeledSelect({
  label,
  value,
  onChange,
  options,
  all,
  testId,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Label of a first entry with value '' ("all documents"); none when undefined. */
  all?: string;
  testId?: string;
  className?: string;
}) {
  return (
    <label className={className}>
      <span>{label}</span>{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options whose value and label are the same text (coders, roles). */
export const plainOptions = (values: readonly string[]): SelectOption[] => values.map((v) => ({ value: v, label: v }));
