import { useDeferredValue, useMemo, useState } from 'react';
import type { ProjectSnapshot, PseudonymRule } from '../../../shared/model/types';
import { foldForMatch } from '../../../shared/report/pseudonymise';
import { setPseudonyms } from '../../../shared/project/commands';
import type { ProjectData } from '../../state/useProject';
import { useT } from '../../i18n';
import { useRunCommand } from '../../state/run-command';
import { countOccurrences } from './occurrences';

function key(name: string): string {
  return foldForMatch(name.trim()).replace(/\s+/g, ' ');
}

/**
 * "Namen verbergen": the project's list of names (people, schools, places) and what replaces
 * them in every export and the report. Each add, edit or delete is one undoable step. The count
 * next to each name shows how often it occurs in the transcripts (same matching as the exports).
 */
export function PseudonymsPanel({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const run = useRunCommand(data, snapshot);
  const rules = useMemo(() => snapshot.project.pseudonyms ?? [], [snapshot.project.pseudonyms]);
  const [name, setName] = useState('');
  const [replacement, setReplacement] = useState('');
  const [editing, setEditing] = useState<{ index: number; name: string; replacement: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const texts = useMemo(() => snapshot.documents.map((d) => d.text), [snapshot.documents]);
  const counts = useMemo(() => countOccurrences(texts, rules), [texts, rules]);
  const draftName = useDeferredValue(name);
  const draftCount = useMemo(
    () => (draftName.trim() ? countOccurrences(texts, [{ name: draftName, replacement: '' }])[0] : null),
    [texts, draftName],
  );
  const editName = useDeferredValue(editing?.name ?? '');
  const editCount = useMemo(() => (editName.trim() ? countOccurrences(texts, [{ name: editName, replacement: '' }])[0] : null), [texts, editName]);

  function validate(next: PseudonymRule, except: number): string | null {
    if (!next.name.trim()) return t('app.report.names.errorName');
    if (!next.replacement.trim()) return t('app.report.names.errorReplacement');
    if (rules.some((r, i) => i !== except && key(r.name) === key(next.name))) return t('app.report.names.errorDuplicate', { name: next.name.trim() });
    return null;
  }

  async function commit(next: PseudonymRule[]): Promise<boolean> {
    return run((snap, ctx) => setPseudonyms(snap, next, ctx));
  }

  async function add(e: React.FormEvent) {
    e.preventDefault();
    const rule = { name: name.trim(), replacement: replacement.trim() };
    const problem = validate(rule, -1);
    setError(problem);
    if (problem) return;
    if (await commit([...rules, rule])) {
      setName('');
      setReplacement('');
    }
  }

  async function saveEdit() {
    if (!editing) return;
    const rule = { name: editing.name.trim(), replacement: editing.replacement.trim() };
    const problem = validate(rule, editing.index);
    setError(problem);
    if (problem) return;
    if (await commit(rules.map((r, i) => (i === editing.index ? rule : r)))) setEditing(null);
  }

  async function remove(index: number) {
    setError(null);
    if (editing?.index === index) setEditing(null);
    await commit(rules.filter((_, i) => i !== index));
  }

  const total = counts.reduce((a, b) => a + b, 0);

  return (
    <div className="report-names" data-testid="pseudonyms">
      <h2>{t('app.report.names.title')}</h2>
      <p className="report-names-lead">{t('app.report.names.lead')}</p>
      <p className="hint">{t('app.report.names.matching')}</p>
      {rules.length === 0 ? (
        <p className="report-empty" data-testid="pseudonyms-empty">
          {t('app.report.names.empty')}
        </p>
      ) : (
        <table className="report-names-table" data-testid="pseudonyms-table">
          <caption className="sr-only">{t('app.report.names.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('app.report.names.name')}</th>
              <th scope="col">{t('app.report.names.replacement')}</th>
              <th scope="col" className="num">
                {t('app.report.names.occurrences')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('app.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, i) =>
              editing?.index === i ? (
                <tr key={i} className="editing" data-testid="pseudonym-row">
                  <td>
                    <input
                      type="text"
                      value={editing.name}
                      onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                      aria-label={t('app.report.names.name')}
                      data-testid="pseudonym-edit-name"
                      autoFocus
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      value={editing.replacement}
                      onChange={(e) => setEditing({ ...editing, replacement: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') void saveEdit();
                      }}
                      aria-label={t('app.report.names.replacement')}
                      data-testid="pseudonym-edit-replacement"
                    />
                  </td>
                  <td className="num">{editCount ?? '–'}</td>
                  <td className="report-row-actions">
                    <button type="button" className="primary" onClick={() => void saveEdit()} data-testid="pseudonym-save">
                      {t('app.action.save')}
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        setEditing(null);
                        setError(null);
                      }}
                    >
                      {t('app.action.cancel')}
                    </button>
                  </td>
                </tr>
              ) : (
                <tr key={i} data-testid="pseudonym-row" data-name={rule.name}>
                  <td>{rule.name}</td>
                  <td>{rule.replacement}</td>
                  <td className={counts[i] ? 'num' : 'num muted'} data-testid="pseudonym-count">
                    {counts[i] ?? 0}
                  </td>
                  <td className="report-row-actions">
                    <button
                      type="button"
                      onClick={() => {
                        setError(null);
                        setEditing({ index: i, name: rule.name, replacement: rule.replacement });
                      }}
                      aria-label={`${t('app.action.edit')}: ${rule.name}`}
                      data-testid="pseudonym-edit"
                    >
                      {t('app.action.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void remove(i)}
                      aria-label={`${t('app.action.delete')}: ${rule.name}`}
                      data-testid="pseudonym-delete"
                    >
                      {t('app.action.delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={2}>{t('app.report.names.total')}</td>
              <td className="num" data-testid="pseudonyms-total">
                {total}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <form className="report-names-add" onSubmit={(e) => void add(e)} aria-label={t('app.report.names.add')}>
        <label className="report-field">
          <span>{t('app.report.names.name')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="Gerard Hofstee" data-testid="pseudonym-name" />
        </label>
        <label className="report-field">
          <span>{t('app.report.names.replacement')}</span>
          <input
            type="text"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            placeholder={t('app.report.names.replacementPlaceholder')}
            data-testid="pseudonym-replacement"
          />
        </label>
        <button type="submit" className="primary" data-testid="pseudonym-add">
          {t('app.report.names.add')}
        </button>
        {draftCount !== null && (
          <span className="report-draft-count muted" aria-live="polite" data-testid="pseudonym-draft-count">
            {t('app.report.names.draftCount', { count: draftCount })}
          </span>
        )}
      </form>
      {error && (
        <p className="report-form-error" role="alert" data-testid="pseudonym-error">
          {error}
        </p>
      )}
    </div>
  );
}
