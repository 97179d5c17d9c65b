import { useState } from 'react';
import { platform } from '../../services';
import { useT } from '../../i18n';
import { reportError } from '../../lib/report';

/**
 * After a save: where the file went, and on the desktop a button that opens it with the system's
 * default program. In the browser the download is the end, so there is no button.
 */
export function SavedFile({ path, onDismiss }: { path: string; onDismiss: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const canOpen = typeof platform.openSavedFile === 'function';
  async function open() {
    setBusy(true);
    try {
      await platform.openSavedFile?.(path);
    } catch (error) {
      reportError(error, 'app.report.openFailed');
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="report-saved" role="status" data-testid="report-saved">
      <span>{t('app.report.savedAs', { file: path })}</span>
      {canOpen && (
        <button type="button" className="primary" onClick={() => void open()} disabled={busy} data-testid="report-open-saved">
          {t('app.report.openFile')}
        </button>
      )}
      <button type="button" className="ghost" onClick={onDismiss} aria-label={t('app.action.dismiss')}>
        ×
      </button>
    </div>
  );
}
