import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../preload/api';
import { parseProjectFile } from '../../shared/project/file-format';
import { translate } from '../../shared/i18n';
import { Modal } from '../components/Modal';
import { platform, repository } from '../services';
import { useLanguage, useT } from '../i18n';
import { useUi } from '../state/ui-store';
import { formatBytes, formatDateTime } from '../lib/format';
import { notify, reportError } from '../lib/report';

/** Desktop only: the automatic daily backups, each restorable as a new project. */
export function BackupsDialog({ projectId, onClose, onRestored }: { projectId?: string; onClose: () => void; onRestored: (projectId: string) => void }) {
  const t = useT();
  const lang = useLanguage();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    platform
      .listBackups(projectId)
      .then((list) => {
        if (alive) setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      })
      .catch((error) => {
        reportError(error, 'app.error.backups');
        if (alive) setBackups([]);
      });
    return () => {
      alive = false;
    };
  }, [projectId]);

  async function restore(backup: BackupInfo) {
    setBusy(backup.id);
    try {
      const bytes = await platform.readBackup(backup.id);
      const result = parseProjectFile(backup.id, bytes);
      if (!result.ok) {
        useUi.getState().pushToast({ kind: 'error', text: translate(lang, result.error.key, { file: backup.id, ...result.error.params }) });
        return;
      }
      const snapshot = result.snapshot;
      const restoredName = t('app.backups.restoredName', { name: snapshot.project.name, date: formatDateTime(lang, backup.createdAt) });
      const project = await repository().addSnapshot({ ...snapshot, project: { ...snapshot.project, name: restoredName } });
      notify('app.backups.restored', { name: project.name });
      onClose();
      onRestored(project.id);
    } catch (error) {
      reportError(error, 'app.error.backups');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Modal
      title={t('app.backups.title')}
      onClose={onClose}
      wide
      testId="backups-dialog"
      footer={
        <button type="button" onClick={onClose}>
          {t('app.action.close')}
        </button>
      }
    >
      <p className="hint">{t('app.backups.intro')}</p>
      {backups === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : backups.length === 0 ? (
        <p className="muted empty">{t('app.backups.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('app.backups.project')}</th>
              <th>{t('app.backups.date')}</th>
              <th>{t('app.backups.size')}</th>
              <th>
                <span className="sr-only">{t('app.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id}>
                <td>{b.projectName}</td>
                <td>{formatDateTime(lang, b.createdAt)}</td>
                <td>{formatBytes(lang, b.byteLength)}</td>
                <td className="actions">
                  <button type="button" onClick={() => void restore(b)} disabled={busy !== null}>
                    {t('app.backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}
