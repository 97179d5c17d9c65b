import { useId, useMemo, useState } from 'react';
import type { Id, ProjectSnapshot } from '../../../shared/model/types';
import { useT } from '../../i18n';
import { Modal } from '../../components/Modal';
import { childrenByParent } from '../../lib/codebook-ui';
import { foldForSearch } from '../../../shared/codebook/commands';
import { CategoryList } from './CategoryList';

export interface NewTheme {
  label: string;
  definition: string;
  layer: string;
  categoryIds: Id[];
}

/** "New theme from categories": pick one or more categories (codes), a label and a layer. */
export function CreateThemeDialog({
  snapshot,
  layers,
  initialLayer,
  onCancel,
  onCreate,
}: {
  snapshot: ProjectSnapshot;
  layers: string[];
  initialLayer: string;
  onCancel: () => void;
  onCreate: (input: NewTheme) => void;
}) {
  const t = useT();
  const listId = useId();
  const [picked, setPicked] = useState<Id[]>([]);
  const [label, setLabel] = useState('');
  const [labelTouched, setLabelTouched] = useState(false);
  const [layer, setLayer] = useState(initialLayer);
  const [definition, setDefinition] = useState('');
  const [error, setError] = useState(false);
  const byId = useMemo(() => new Map(snapshot.codes.map((c) => [c.id, c])), [snapshot.codes]);

  // Until the user types a label, it follows the first picked category.
  const shownLabel = labelTouched ? label : (byId.get(picked[0] ?? '')?.label ?? '');

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!shownLabel.trim()) {
      setError(true);
      return;
    }
    onCreate({ label: shownLabel.trim(), definition: definition.trim(), layer: layer.trim(), categoryIds: picked });
  }

  return (
    <Modal title={t('app.selective.newTheme')} onClose={onCancel} wide testId="theme-create-dialog">
      <form onSubmit={submit} className="theme-create">
        <div className="theme-create-fields">
          <label className="field">
            <span>{t('app.selective.label')}</span>
            <input
              value={shownLabel}
              onChange={(e) => {
                setLabelTouched(true);
                setLabel(e.target.value);
                setError(false);
              }}
              data-testid="theme-create-label"
              aria-invalid={error}
              autoFocus
            />
          </label>
          {error && <p className="field-error">{t('app.validation.required', { field: t('app.selective.label') })}</p>}
          <label className="field">
            <span>{t('app.selective.layer')}</span>
            <input value={layer} onChange={(e) => setLayer(e.target.value)} list={listId} data-testid="theme-create-layer" />
            <datalist id={listId}>
              {layers.map((l) => (
                <option key={l} value={l} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span>{t('app.selective.definition')}</span>
            <textarea value={definition} onChange={(e) => setDefinition(e.target.value)} rows={3} />
          </label>
        </div>
        <fieldset className="theme-create-categories">
          <legend>{t('app.selective.pickCategories')}</legend>
          <CategoryList
            snapshot={snapshot}
            selected={picked}
            onToggle={(id) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]))}
          />
        </fieldset>
        <div className="modal-footer inline">
          <span className="footer-summary">{t('app.selective.pickedCount', { count: picked.length })}</span>
          <button type="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="theme-create-confirm">
            {t('app.selective.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Codes in tree order with their depth; categories (axial level) first unless all are shown. */
export function categoryRows(snapshot: ProjectSnapshot, all: boolean, query: string): { id: Id; label: string; depth: number; level?: string; parent?: string }[] {
  const children = childrenByParent(snapshot.codes);
  const out: { id: Id; label: string; depth: number; level?: string; parent?: string }[] = [];
  const byId = new Map(snapshot.codes.map((c) => [c.id, c]));
  const q = foldForSearch(query.trim());
  const walk = (parent: Id | null, depth: number) => {
    for (const c of children.get(parent) ?? []) {
      const isCategory = c.level === 'axial' || c.level === 'selective' || (!c.level && (children.get(c.id)?.length ?? 0) > 0);
      if ((all || isCategory) && (!q || foldForSearch(c.label).includes(q))) out.push({ id: c.id, label: c.label, depth: all ? depth : 0, level: c.level, parent: c.parentId ? byId.get(c.parentId)?.label : undefined });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
