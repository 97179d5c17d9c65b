import { useState } from 'react';
import type { ProjectSnapshot } from '../../shared/model/types';
import type { ImportReport } from '../../shared/refi/qdpx-import';
import { importReportLines } from '../../shared/refi/report';
import { Modal } from '../components/Modal';
import { useT } from '../i18n';

export interface PendingQdpxImport {
  fileName: string;
  snapshot: ProjectSnapshot;
  report: ImportReport;
}

/**
 * The import report ("Importverslag") of a `.qdpx` that was read successfully: what will be
 * imported, per source the position model used, and what could not be carried over. Nothing is
 * stored until the user chooses "Project openen"; "Annuleren" discards the read project.
 */
export function QdpxImportDialog({
  pending,
  onOpen,
  onCancel,
}: {
  pending: PendingQdpxImport;
  onOpen: () => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const lines = importReportLines(pending.report, t);

  async function open() {
    if (busy) return;
    setBusy(true);
    try {
      await onOpen();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      title={t('app.refi.reportTitle')}
      onClose={onCancel}
      wide
      testId="qdpx-report-dialog"
      dismissable={!busy}
      footer={
        <>
          <button type="button" onClick={onCancel} disabled={busy} data-testid="qdpx-report-cancel">
            {t('app.action.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void open()} disabled={busy} data-testid="qdpx-report-open" autoFocus>
            {t('app.refi.open')}
          </button>
        </>
      }
    >
      <p className="hint">{t('app.refi.reportIntro', { file: pending.fileName, name: pending.snapshot.project.name })}</p>
      <ul className="report-lines" data-testid="qdpx-report-lines">
        {lines.map((line, i) => {
          const indent = /^\s/.test(line);
          const text = line.trim().replace(/^- /, '');
          return (
            <li key={i} className={indent ? 'report-line report-line-indent' : 'report-line'}>
              {text}
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
