import { useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/model/types';
import type { ExportKind } from '../../platform';
import { codebookToCsv } from '../../../shared/codebook/export-csv';
import { codebookToQdc } from '../../../shared/refi/qdc';
import { Modal } from '../../components/Modal';
import { platform } from '../../services';
import { useLanguage, useT } from '../../i18n';
import { exportFileName } from '../../lib/format';
import { notify, reportError } from '../../lib/report';

type Format = 'docx' | 'csv' | 'qdc';

/** Exports the codebook: Word appendix (table), CSV (comma or semicolon) or REFI-QDA `.qdc`. */
export function ExportDialog({ snapshot, onClose }: { snapshot: ProjectSnapshot; onClose: () => void }) {
  const t = useT();
  const lang = useLanguage();
  const [format, setFormat] = useState<Format>('docx');
  const [withDefinitions, setWithDefinitions] = useState(true);
  const [withCounts, setWithCounts] = useState(true);
  const [separator, setSeparator] = useState<',' | ';'>(lang === 'nl' ? ';' : ',');
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    try {
      let bytes: Uint8Array;
      let kind: ExportKind;
      let stem = t('app.export.fileStem', { name: snapshot.project.name });
      if (format === 'docx') {
        // The docx library is large: load it only when someone exports.
        const { buildCodebookAppendixDocx } = await import('../../../shared/codebook/export-docx');
        bytes = await buildCodebookAppendixDocx(snapshot, { lang, withDefinitions, withCounts });
        kind = 'docx';
        stem = t('app.export.appendixStem', { name: snapshot.project.name });
      } else if (format === 'csv') {
        const csv = codebookToCsv(snapshot, { lang, separator });
        // A byte-order mark makes Excel read the file as UTF-8 (ë, é, …).
        bytes = new TextEncoder().encode(csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`);
        kind = 'csv';
      } else {
        bytes = new TextEncoder().encode(codebookToQdc(snapshot));
        kind = 'qdc';
      }
      const saved = await platform.saveFile(exportFileName(stem, kind), bytes, kind);
      if (saved) {
        notify('app.export.saved', { file: saved });
        onClose();
      }
    } catch (error) {
      reportError(error, 'app.error.export');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      title={t('app.export.title')}
      onClose={onClose}
      testId="export-dialog"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('app.action.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={busy} data-testid="export-confirm">
            {busy ? t('app.export.busy') : t('app.export.confirm')}
          </button>
        </>
      }
    >
      <fieldset className="export-formats">
        <legend>{t('app.export.format')}</legend>
        {(['docx', 'csv', 'qdc'] as const).map((f) => (
          <label key={f} className={format === f ? 'source-mode selected' : 'source-mode'}>
            <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
            <span>
              <strong>{t(`app.export.${f}`)}</strong>
              <small>{t(`app.export.${f}Hint`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {format === 'docx' && (
        <fieldset>
          <legend>{t('app.export.options')}</legend>
          <label className="check">
            <input type="checkbox" checked={withDefinitions} onChange={(e) => setWithDefinitions(e.target.checked)} />
            {t('app.export.withDefinitions')}
          </label>
          <label className="check">
            <input type="checkbox" checked={withCounts} onChange={(e) => setWithCounts(e.target.checked)} />
            {t('app.export.withCounts')}
          </label>
        </fieldset>
      )}
      {format === 'csv' && (
        <fieldset>
          <legend>{t('app.export.separator')}</legend>
          <label className="check">
            <input type="radio" name="csv-sep" checked={separator === ';'} onChange={() => setSeparator(';')} />
            {t('app.export.semicolon')}
          </label>
          <label className="check">
            <input type="radio" name="csv-sep" checked={separator === ','} onChange={() => setSeparator(',')} />
            {t('app.export.comma')}
          </label>
        </fieldset>
      )}
    </Modal>
  );
}
