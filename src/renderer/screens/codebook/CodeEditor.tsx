import { useEffect, useId, useRef, useState } from 'react';
import type { Code } from '../../../shared/model/types';
import { useT } from '../../i18n';
import type { LevelOption } from '../../lib/codebook-ui';

export type CodePatch = Partial<Pick<Code, 'label' | 'color' | 'description' | 'inclusion' | 'exclusion' | 'example' | 'level' | 'valence'>>;

/** Colours that stay readable as highlights and are distinct for most colour-blind readers. */
export const CODE_PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#0b5d4b',
  '#5d6d7e',
];

interface CodeEditorProps {
  code: Code;
  path: string;
  count: number;
  levels: LevelOption[];
  /** Saves one field (one undo step); resolves false when the change was refused. */
  onUpdate: (patch: CodePatch) => Promise<boolean>;
  onAddChild: () => void;
  onMove: () => void;
  onMerge: () => void;
  onDelete: () => void;
}

/** The selected code's definition: label, colour, level, definition, criteria, example, valence. */
export function CodeEditor({ code, path, count, levels, onUpdate, onAddChild, onMove, onMerge, onDelete }: CodeEditorProps) {
  const t = useT();
  const colorRef = useRef<HTMLInputElement>(null);
  const hasLevel = !code.level || levels.some((l) => l.id === code.level);

  // The native colour picker fires "change" once it closes; React's onChange fires while dragging.
  useEffect(() => {
    const input = colorRef.current;
    if (!input) return;
    const onChange = () => {
      if (input.value.toLowerCase() !== code.color.toLowerCase()) void onUpdate({ color: input.value });
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [code.color, onUpdate]);

  return (
    <section className="code-editor panel" aria-labelledby="code-editor-title" data-testid="code-editor">
      <p className="muted small code-path">{path}</p>
      <h2 id="code-editor-title">
        <span className="swatch large" style={{ background: code.color }} aria-hidden="true" />
        {code.number && <span className="code-number">{code.number}</span>} {code.label}
      </h2>
      <p className="muted small">{t('app.codebook.codingCount', { count })}</p>

      <TextField id="code-field-label" label={t('app.codebook.field.label')} value={code.label} onCommit={(label) => onUpdate({ label })} testId="field-label" />

      <fieldset className="color-field">
        <legend>{t('app.codebook.field.color')}</legend>
        <div className="palette">
          {CODE_PALETTE.map((color) => (
            <button
              key={color}
              type="button"
              className="palette-swatch"
              style={{ background: color }}
              aria-pressed={code.color.toLowerCase() === color}
              aria-label={t('app.codebook.colorSwatch', { color })}
              title={color}
              onClick={() => void onUpdate({ color })}
            />
          ))}
          <label className="custom-color">
            <input ref={colorRef} type="color" key={code.color} defaultValue={code.color} aria-label={t('app.codebook.customColor')} />
            <span className="small">{t('app.codebook.customColor')}</span>
          </label>
        </div>
      </fieldset>

      <div className="field-pair">
        <label className="field compact">
          <span>{t('app.codebook.field.level')}</span>
          <select value={code.level ?? ''} onChange={(e) => void onUpdate({ level: e.target.value || undefined })} data-testid="field-level">
            <option value="">{t('app.codebook.level.none')}</option>
            {!hasLevel && code.level && <option value={code.level}>{code.level}</option>}
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field compact">
          <span>{t('app.codebook.field.valence')}</span>
          <select
            value={code.valence ?? ''}
            onChange={(e) => void onUpdate({ valence: (e.target.value || undefined) as Code['valence'] })}
            data-testid="field-valence"
          >
            <option value="">{t('app.codebook.valence.none')}</option>
            <option value="bevorderend">{t('app.codebook.valence.bevorderend')}</option>
            <option value="belemmerend">{t('app.codebook.valence.belemmerend')}</option>
          </select>
        </label>
      </div>

      <TextField
        id="code-field-description"
        label={t('app.codebook.field.description')}
        hint={t('app.codebook.field.descriptionHint')}
        value={code.description}
        multiline
        onCommit={(description) => onUpdate({ description })}
        testId="field-description"
      />
      <TextField
        id="code-field-inclusion"
        label={t('app.codebook.field.inclusion')}
        hint={t('app.codebook.field.inclusionHint')}
        value={code.inclusion ?? ''}
        multiline
        onCommit={(inclusion) => onUpdate({ inclusion })}
        testId="field-inclusion"
      />
      <TextField
        id="code-field-exclusion"
        label={t('app.codebook.field.exclusion')}
        hint={t('app.codebook.field.exclusionHint')}
        value={code.exclusion ?? ''}
        multiline
        onCommit={(exclusion) => onUpdate({ exclusion })}
        testId="field-exclusion"
      />
      <TextField
        id="code-field-example"
        label={t('app.codebook.field.example')}
        hint={t('app.codebook.field.exampleHint')}
        value={code.example ?? ''}
        multiline
        onCommit={(example) => onUpdate({ example })}
        testId="field-example"
      />
      {code.indicator && (
        <p className="small">
          <strong>{t('app.codebook.field.indicator')}</strong> {code.indicator}
        </p>
      )}

      <div className="button-row editor-actions">
        <button type="button" onClick={onAddChild}>
          {t('app.codebook.addChild')}
        </button>
        <button type="button" onClick={onMove}>
          {t('app.codebook.move')}
        </button>
        <button type="button" onClick={onMerge} data-testid="merge-button">
          {t('app.codebook.merge')}
        </button>
        <button type="button" className="danger subtle" onClick={onDelete} data-testid="delete-code">
          {t('app.action.delete')}
        </button>
      </div>
    </section>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  multiline?: boolean;
  testId: string;
  onCommit: (value: string) => Promise<boolean>;
}

/** A field that saves on blur (and on Enter for one line): one undo step per change. */
function TextField({ id, label, hint, value, multiline, testId, onCommit }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const hintId = useId();
  // Undo/redo or another tab changed the stored value: show it.
  if (value !== base) {
    setBase(value);
    setDraft(value);
  }
  async function commit() {
    if (draft === value) return;
    const ok = await onCommit(draft);
    if (!ok) setDraft(value);
  }
  const common = {
    id,
    value: draft,
    'data-testid': testId,
    'aria-describedby': hint ? hintId : undefined,
    onBlur: () => void commit(),
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            } else if (e.key === 'Escape') {
              setDraft(value);
            }
          }}
        />
      )}
      {hint && (
        <small className="hint" id={hintId}>
          {hint}
        </small>
      )}
    </div>
  );
}
