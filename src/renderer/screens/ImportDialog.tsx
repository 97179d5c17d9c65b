import { useEffect, useRef, useState } from 'react';
import type { Id } from '../../shared/model/types';
import { parseSourceFile } from '../../shared/import';
import { importDocuments, type ImportCandidate } from '../../shared/project/commands';
import { Modal } from '../components/Modal';
import { useLanguage, useT } from '../i18n';
import type { PickedFile } from '../platform';
import type { ProjectData } from '../state/useProject';
import { batchCounts, classifyOutcome, importable, type BatchEntry } from '../lib/import-batch';
import { notify, reportError } from '../lib/report';
import { translate } from '../../shared/i18n';

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parses every chosen file one after the other (the progress bar moves), shows each file's result,
 * and stores all good files as ONE change set: one undo removes the whole batch; failed files are
 * never stored.
 */
export function ImportDialog({ files, data, onClose }: { files: PickedFile[]; data: ProjectData; onClose: (importedIds: Id[]) => void }) {
  const t = useT();
  const lang = useLanguage();
  const [entries, setEntries] = useState<BatchEntry[]>(() => files.map((f) => ({ file: f.name, status: 'pending' })));
  const [saving, setSaving] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    (async () => {
      const done: BatchEntry[] = [];
      for (let i = 0; i < files.length; i++) {
        await yieldToBrowser();
        const outcome = await parseSourceFile({ name: files[i].name, bytes: files[i].bytes });
        const entry = classifyOutcome(outcome, data.latest()?.documents ?? [], done);
        done.push(entry);
        setEntries((prev) => prev.map((e, j) => (j === i ? entry : e)));
      }
    })().catch((error) => reportError(error, 'app.error.import'));
  }, [files, data]);

  const counts = batchCounts(entries);
  const parsing = counts.done < entries.length;
  const progress = entries.length ? Math.round((counts.done / entries.length) * 100) : 100;

  async function commit() {
    const snapshot = data.latest();
    if (!snapshot) return;
    const outcomes = importable(entries);
    if (!outcomes.length) {
      onClose([]);
      return;
    }
    setSaving(true);
    try {
      const candidates: ImportCandidate[] = outcomes.map((o) => ({
        fileName: o.file,
        checksum: o.checksum,
        byteLength: o.byteLength,
        transcript: o.transcript,
      }));
      const set = importDocuments(snapshot, candidates, { coder: snapshot.project.settings.coderName });
      await data.apply(set);
      const ids = set.changes.filter((c) => c.table === 'documents' && c.before === null && c.after).map((c) => c.id);
      notify('app.import.done', { count: ids.length });
      onClose(ids);
    } catch (error) {
      reportError(error, 'app.error.import');
      setSaving(false);
    }
  }

  function toggle(index: number, importAnyway: boolean) {
    setEntries((prev) => prev.map((e, j) => (j === index && e.status === 'duplicate' ? { ...e, importAnyway } : e)));
  }

  return (
    <Modal
      title={t('app.import.title', { count: files.length })}
      onClose={() => !saving && onClose([])}
      dismissable={!saving}
      wide
      testId="import-dialog"
      footer={
        <>
          <span className="footer-summary" data-testid="import-summary">
            {parsing
              ? t('app.import.parsing', { done: counts.done, total: entries.length })
              : t('app.import.summary', { ok: counts.ok, duplicates: counts.duplicates, errors: counts.errors })}
          </span>
          <button type="button" onClick={() => onClose([])} disabled={saving}>
            {t('app.action.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void commit()} disabled={parsing || saving || counts.toImport === 0} data-testid="import-confirm">
            {t('app.import.confirm', { count: counts.toImport })}
          </button>
        </>
      }
    >
      <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} aria-label={t('app.import.progress')}>
        <div className="progress-bar" style={{ width: `${progress}%` }} />
      </div>
      <ul className="import-list" data-testid="import-list">
        {entries.map((entry, index) => (
          <li key={`${entry.file}-${index}`} className={`import-item import-${entry.status}`} data-testid="import-item" data-status={entry.status} data-file={entry.file}>
            <span className="import-icon" aria-hidden="true">
              {entry.status === 'pending' ? '…' : entry.status === 'ok' ? '✓' : entry.status === 'duplicate' ? '=' : '!'}
            </span>
            <div className="import-detail">
              <div className="import-file">{entry.file}</div>
              {entry.status === 'pending' && <div className="muted">{t('app.import.waiting')}</div>}
              {(entry.status === 'ok' || entry.status === 'duplicate') && (
                <div className="muted">
                  {t('app.import.parsed', {
                    format: t(`app.format.${entry.outcome.transcript.format}`),
                    turns: entry.outcome.transcript.turns.length,
                    speakers: entry.outcome.transcript.speakers.length,
                  })}
                  {entry.outcome.transcript.speakers.length > 0 && (
                    <> — {entry.outcome.transcript.speakers.slice(0, 6).join(', ')}{entry.outcome.transcript.speakers.length > 6 ? ', …' : ''}</>
                  )}
                </div>
              )}
              {(entry.status === 'ok' || entry.status === 'duplicate') &&
                entry.outcome.transcript.warnings.map((w, i) => (
                  <div key={i} className="warning-text">
                    {translate(lang, w.key, { file: entry.file, ...w.params })}
                  </div>
                ))}
              {entry.status === 'duplicate' && (
                <div className="duplicate-choice">
                  <span className="warning-text">
                    {entry.inProject ? t('app.import.duplicateInProject', { name: entry.duplicateOf }) : t('app.import.duplicateInBatch', { name: entry.duplicateOf })}
                  </span>
                  <label>
                    <input type="radio" name={`dup-${index}`} checked={!entry.importAnyway} onChange={() => toggle(index, false)} /> {t('app.import.skip')}
                  </label>
                  <label>
                    <input type="radio" name={`dup-${index}`} checked={entry.importAnyway} onChange={() => toggle(index, true)} /> {t('app.import.importAnyway')}
                  </label>
                </div>
              )}
              {entry.status === 'error' && (
                <div className="error-text" role="alert">
                  {translate(lang, entry.outcome.error.key, { file: entry.file, ...entry.outcome.error.params })}
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
      {!parsing && counts.errors > 0 && <p className="hint">{t('app.import.errorsNotStored')}</p>}
    </Modal>
  );
}
