import { useMemo, useState } from 'react';
import type { Code, Id } from '../../../shared/model/types';
import { codeSearch } from '../../../shared/codebook/commands';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { visibleRows } from '../../lib/codebook-ui';

interface CodePickerDialogProps {
  title: string;
  intro: string;
  confirmLabel: string;
  codes: Code[];
  /** Codes that cannot be chosen (the code itself and its subtree). */
  exclude: ReadonlySet<Id>;
  /** Offer "top level" (null) as a choice. */
  allowRoot?: boolean;
  /** Explains what will happen with the chosen target. */
  explain?: (target: Code) => string;
  testId: string;
  onConfirm: (id: Id | null) => void;
  onCancel: () => void;
}

const ROOT = '__root__';

/** Choose one code from the tree (filterable), e.g. a merge target or a new parent. */
export function CodePickerDialog({ title, intro, confirmLabel, codes, exclude, allowRoot, explain, testId, onConfirm, onCancel }: CodePickerDialogProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const rows = useMemo(() => {
    const all = new Set(codes.map((c) => c.id));
    const visible = query.trim() ? codeSearch(codes, query) : all;
    return visibleRows(codes, all, visible);
  }, [codes, query]);
  const target = choice && choice !== ROOT ? codes.find((c) => c.id === choice) : undefined;

  return (
    <Modal
      title={title}
      onClose={onCancel}
      testId={testId}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button type="button" className="primary" disabled={choice === null} onClick={() => onConfirm(choice === ROOT ? null : choice)} data-testid="picker-confirm">
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{intro}</p>
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('app.codebook.searchPlaceholder')}
        aria-label={t('app.codebook.search')}
        autoFocus
        data-testid="picker-search"
      />
      <div className="picker-list" role="listbox" aria-label={title}>
        {allowRoot && (
          <label className={choice === ROOT ? 'picker-item selected' : 'picker-item'}>
            <input type="radio" name={`${testId}-choice`} checked={choice === ROOT} onChange={() => setChoice(ROOT)} />
            <em>{t('app.codebook.topLevel')}</em>
          </label>
        )}
        {rows.map(({ code, depth }) => {
          const disabled = exclude.has(code.id);
          return (
            <label
              key={code.id}
              className={`picker-item${choice === code.id ? ' selected' : ''}${disabled ? ' disabled' : ''}`}
              style={{ paddingLeft: `${0.5 + depth * 1.2}rem` }}
              data-testid="picker-item"
              data-label={code.label}
            >
              <input type="radio" name={`${testId}-choice`} checked={choice === code.id} disabled={disabled} onChange={() => setChoice(code.id)} />
              <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
              {code.number && <span className="code-number">{code.number}</span>}
              <span>{code.label}</span>
            </label>
          );
        })}
      </div>
      {target && explain && (
        <p className="warning-text" role="status" data-testid="picker-explain">
          {explain(target)}
        </p>
      )}
    </Modal>
  );
}
