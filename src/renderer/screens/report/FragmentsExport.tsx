import { useMemo, useState } from 'react';
import type { Code, Id, ProjectSnapshot, Valence } from '../../../shared/model/types';
import { retrieve, type RetrievalQuery } from '../../../shared/analysis/retrieval';
import { platform } from '../../services';
import { useLanguage, useT } from '../../i18n';
import { childrenByParent } from '../../lib/codebook-ui';
import { exportFileName } from '../../lib/format';
import { notify, reportError } from '../../lib/report';
import { SavedFile } from './SavedFile';
import { LabeledSelect, plainOptions } from '../../components/LabeledSelect';

type Format = 'csv' | 'xlsx' | 'docx';
const VALENCES: (Valence | 'none')[] = ['bevorderend', 'belemmerend', 'neutraal', 'none'];

/**
 * Export of coded fragments (CSV, Excel, Word) with the filters of the retrieval view: codes
 * (with their subcodes), document, role, coder and valence. Names on the list are replaced and
 * respondents are attributed by role, as in the report.
 */
export function FragmentsExport({ snapshot }: { snapshot: ProjectSnapshot }) {
  const t = useT();
  const lang = useLanguage();
  const [codeIds, setCodeIds] = useState<ReadonlySet<Id>>(() => new Set());
  const [documentId, setDocumentId] = useState('');
  const [role, setRole] = useState('');
  const [coder, setCoder] = useState('');
  const [valence, setValence] = useState('');
  const [format, setFormat] = useState<Format>('csv');
  const [separator, setSeparator] = useState<';' | ','>(lang === 'nl' ? ';' : ',');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const roles = useMemo(() => [...new Set(snapshot.respondents.map((r) => r.role.trim()).filter(Boolean))].sort(), [snapshot.respondents]);
  const coders = useMemo(() => [...new Set(snapshot.codings.map((c) => c.coder).filter(Boolean))].sort(), [snapshot.codings]);
  const tree = useMemo(() => childrenByParent(snapshot.codes), [snapshot.codes]);
  const counts = useMemo(() => {
    const m = new Map<Id, number>();
    for (const c of snapshot.codings) m.set(c.codeId, (m.get(c.codeId) ?? 0) + 1);
    return m;
  }, [snapshot.codings]);

  const query = useMemo((): RetrievalQuery => {
    const q: RetrievalQuery = {};
    const ids = [...codeIds].filter((id) => snapshot.codes.some((c) => c.id === id));
    if (ids.length) q.codeIds = ids;
    if (documentId) q.documentIds = [documentId];
    if (role) q.roles = [role];
    if (coder) q.coders = [coder];
    if (valence) q.valences = [valence as Valence | 'none'];
    return q;
  }, [codeIds, documentId, role, coder, valence, snapshot.codes]);
  const count = useMemo(() => retrieve(snapshot, query).length, [snapshot, query]);

  function toggle(id: Id) {
    setCodeIds((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function save() {
    setBusy(true);
    setSaved(null);
    try {
      let bytes: Uint8Array;
      if (format === 'csv') {
        const { fragmentsToCsv } = await import('../../../shared/report/fragments-export');
        const csv = fragmentsToCsv(snapshot, query, lang, { separator });
        // A byte-order mark makes Excel read the file as UTF-8 (ë, é, …).
        bytes = new TextEncoder().encode(csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`);
      } else if (format === 'xlsx') {
        const { fragmentsToXlsx } = await import('../../../shared/report/fragments-export');
        bytes = await fragmentsToXlsx(snapshot, query, lang);
      } else {
        const { fragmentsToDocx } = await import('../../../shared/report/fragments-export');
        bytes = await fragmentsToDocx(snapshot, query, lang);
      }
      const stem = t('app.report.fragmentsStem', { name: snapshot.project.name });
      const path = await platform.saveFile(exportFileName(stem, format), bytes, format);
      if (path) {
        notify('app.report.saved', { file: path });
        if (platform.openSavedFile) setSaved(path);
      }
    } catch (error) {
      reportError(error, 'app.report.errorFragments');
    } finally {
      setBusy(false);
    }
  }

  function renderCodes(parent: Id | null, depth: number): React.ReactNode {
    const children: Code[] = tree.get(parent) ?? [];
    if (!children.length) return null;
    return (
      <ul className={depth === 0 ? 'report-code-tree' : undefined} role={depth === 0 ? 'group' : undefined}>
        {children.map((code) => (
          <li key={code.id}>
            <label className="checkbox" data-code-label={code.label}>
              <input type="checkbox" checked={codeIds.has(code.id)} onChange={() => toggle(code.id)} />
              <span>{code.label}</span>
              {counts.get(code.id) ? <span className="muted small"> ({counts.get(code.id)})</span> : null}
            </label>
            {renderCodes(code.id, depth + 1)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="report-fragments" data-testid="fragments-export">
      <div className="report-fragments-codes">
        <h2>{t('app.report.fragments.codes')}</h2>
        <p className="hint">{t('app.report.fragments.codesHint')}</p>
        <div className="report-code-tree-wrap" data-testid="fragments-codes">
          {snapshot.codes.length ? renderCodes(null, 0) : <p className="hint">{t('app.report.fragments.noCodes')}</p>}
        </div>
        {codeIds.size > 0 && (
          <button type="button" className="ghost" onClick={() => setCodeIds(new Set())}>
            {t('app.report.fragments.clearCodes')}
          </button>
        )}
      </div>
      <div className="report-fragments-options">
        <h2>{t('app.report.fragments.title')}</h2>
        <div className="report-filters" role="group" aria-label={t('app.retrieval.filters')}>
          <LabeledSelect
            className="report-field"
            label={t('app.retrieval.document')}
            value={documentId}
            onChange={setDocumentId}
            all={t('app.retrieval.allDocuments')}
            options={snapshot.documents.map((d) => ({ value: d.id, label: d.name }))}
            testId="fragments-document"
          />
          <LabeledSelect className="report-field" label={t('app.retrieval.role')} value={role} onChange={setRole} all={t('app.retrieval.allRoles')} options={plainOptions(roles)} testId="fragments-role" />
          <LabeledSelect className="report-field" label={t('app.retrieval.coder')} value={coder} onChange={setCoder} all={t('app.retrieval.allCoders')} options={plainOptions(coders)} testId="fragments-coder" />
          <LabeledSelect
            className="report-field"
            label={t('app.retrieval.valence')}
            value={valence}
            onChange={setValence}
            all={t('app.retrieval.allValences')}
            options={VALENCES.map((v) => ({ value: v, label: t(`app.retrieval.valence.${v}`) }))}
            testId="fragments-valence"
          />
        </div>
        <fieldset className="report-fieldset">
          <legend>{t('app.report.fragments.format')}</legend>
          {(['csv', 'xlsx', 'docx'] as const).map((f) => (
            <label key={f} className="checkbox">
              <input type="radio" name="fragments-format" checked={format === f} onChange={() => setFormat(f)} data-testid={`fragments-format-${f}`} />
              {t(`app.report.fragments.format.${f}`)}
            </label>
          ))}
          {format === 'csv' && (
            <div className="report-separator" role="group" aria-label={t('app.export.separator')}>
              <label className="checkbox">
                <input type="radio" name="fragments-sep" checked={separator === ';'} onChange={() => setSeparator(';')} data-testid="fragments-sep-semicolon" />
                {t('app.export.semicolon')}
              </label>
              <label className="checkbox">
                <input type="radio" name="fragments-sep" checked={separator === ','} onChange={() => setSeparator(',')} data-testid="fragments-sep-comma" />
                {t('app.export.comma')}
              </label>
            </div>
          )}
        </fieldset>
        <p className="report-count" data-testid="fragments-count" aria-live="polite">
          {count === 1 ? t('app.report.fragments.countOne') : t('app.report.fragments.count', { count })}
        </p>
        <p className="hint">{t('app.report.fragments.privacy')}</p>
        <div className="report-actions">
          <button type="button" className="primary" onClick={() => void save()} disabled={busy || count === 0} data-testid="fragments-save">
            {busy ? t('app.report.saving') : t('app.report.fragments.save')}
          </button>
        </div>
        {saved && <SavedFile path={saved} onDismiss={() => setSaved(null)} />}
      </div>
    </div>
  );
}
