import { useCallback, useEffect, useState } from 'react';
import type { ProjectSummary } from '../data/repository';
import { translate } from '../../shared/i18n';
import { platform, repository } from '../services';
import { useLanguage, useT } from '../i18n';
import { useUi } from '../state/ui-store';
import { formatDateTime } from '../lib/format';
import { notify, reportError } from '../lib/report';
import { openProjectFile } from '../lib/open-project';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NewProjectDialog, storedCoderName, type NewProjectInput } from './NewProjectDialog';
import { QdpxImportDialog, type PendingQdpxImport } from './QdpxImportDialog';
import { applyCodebookSource } from './codebook/CodebookSourcePicker';
import { BackupsDialog } from './BackupsDialog';

export function StartScreen() {
  const t = useT();
  const lang = useLanguage();
  const navigate = useUi((s) => s.navigate);
  const pushToast = useUi((s) => s.pushToast);
  const pending = useUi((s) => s.pendingCommand);
  const clearPending = useUi((s) => s.setPendingCommand);
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [showBackups, setShowBackups] = useState(false);
  const [toDelete, setToDelete] = useState<ProjectSummary | null>(null);
  const [qdpx, setQdpx] = useState<PendingQdpxImport | null>(null);

  const refresh = useCallback(async () => {
    try {
      const list = await repository().listProjects();
      list.sort((a, b) => (b.lastOpenedAt ?? b.project.updatedAt).localeCompare(a.lastOpenedAt ?? a.project.updatedAt));
      setProjects(list);
    } catch (error) {
      reportError(error, 'app.error.loadProjects');
      setProjects([]);
    }
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading data on mount
    void refresh();
  }, [refresh]);

  const openFile = useCallback(async () => {
    try {
      const file = await platform.pickProjectFile();
      if (file) await openProjectFile(file);
    } catch (error) {
      reportError(error, 'app.error.openProject');
    }
  }, []);

  // REFI-QDA project: pick → read (nothing stored) → the import report decides.
  const importExchangeFile = useCallback(async () => {
    try {
      const file = await platform.pickExchangeFile();
      if (!file) return;
      const { importQdpx } = await import('../../shared/refi/qdpx-import');
      const { language } = useUi.getState();
      const result = importQdpx(file.name, file.bytes, { language, coderName: storedCoderName() || undefined });
      if (!result.ok) {
        pushToast({ kind: 'error', text: translate(language, result.error.key, { file: file.name, ...result.error.params }) });
        return;
      }
      setQdpx({ fileName: file.name, snapshot: result.snapshot, report: result.report });
    } catch (error) {
      reportError(error, 'app.error.importQdpx');
    }
  }, [pushToast]);

  async function openImported(imported: PendingQdpxImport) {
    try {
      const project = await repository().addSnapshot(imported.snapshot);
      setQdpx(null);
      notify('app.refi.imported', { name: project.name, file: imported.fileName });
      navigate({ kind: 'project', projectId: project.id });
    } catch (error) {
      reportError(error, 'app.error.importQdpx');
    }
  }

  useEffect(() => {
    if (!pending) return;
    clearPending(null);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a menu command asked for the dialog
    if (pending === 'project:new') setCreating(true);
    else if (pending === 'project:open') void openFile();
    else if (pending === 'project:import-qdpx') void importExchangeFile();
    else if (pending === 'backups:show' && platform.capabilities.backups) setShowBackups(true);
  }, [pending, clearPending, openFile, importExchangeFile]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'project:new') setCreating(true);
        else if (command === 'project:open') void openFile();
        else if (command === 'project:import-qdpx') void importExchangeFile();
        else if (command === 'project:export-qdpx') notify('app.refi.exportNeedsProject', {}, 'info');
        else if (command === 'backups:show' && platform.capabilities.backups) setShowBackups(true);
      }),
    [openFile, importExchangeFile],
  );

  async function create(input: NewProjectInput) {
    try {
      const project = await repository().createProject({
        name: input.name,
        description: input.description,
        settings: { language: input.language, coderName: input.coderName },
      });
      if (input.codebook.kind !== 'empty') {
        try {
          const snapshot = await repository().loadSnapshot(project.id);
          await repository().apply(project.id, applyCodebookSource(snapshot, input.codebook, input.coderName));
        } catch (error) {
          // The project exists; the codebook can still be chosen on its codebook screen.
          reportError(error, 'app.error.applyCodebook');
        }
      }
      useUi.getState().setLanguage(input.language, project.id);
      setCreating(false);
      navigate({ kind: 'project', projectId: project.id });
    } catch (error) {
      reportError(error, 'app.error.createProject');
    }
  }

  async function remove(summary: ProjectSummary) {
    setToDelete(null);
    try {
      await repository().deleteProject(summary.project.id);
      notify('app.start.deleted', { name: summary.project.name });
      await refresh();
    } catch (error) {
      reportError(error, 'app.error.deleteProject');
    }
  }

  return (
    <div className="app-shell">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">W</span>
          <span>Werkbank</span>
        </div>
        <div className="header-actions">
          <LanguageSwitch />
        </div>
      </header>
      <main className="start" id="main" tabIndex={-1}>
        <section className="start-intro">
          <h1>{t('app.start.title')}</h1>
          <p className="lead">{t('app.start.lead')}</p>
          <div className="button-row">
            <button type="button" className="primary large" onClick={() => setCreating(true)} data-testid="new-project">
              {t('app.start.newProject')}
            </button>
            <button type="button" className="large" onClick={() => void openFile()} data-testid="open-project-file">
              {t('app.start.openFile')}
            </button>
            <button type="button" className="large" onClick={() => void importExchangeFile()} title={t('app.start.importQdpxHint')} data-testid="import-qdpx">
              {t('app.start.importQdpx')}
            </button>
            {platform.capabilities.backups && (
              <button type="button" className="large" onClick={() => setShowBackups(true)}>
                {t('app.backups.button')}
              </button>
            )}
          </div>
          <p className="hint">{platform.kind === 'browser' ? t('app.start.browserStorage') : t('app.start.desktopStorage')}</p>
        </section>
        <section className="start-recent" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('app.start.recent')}</h2>
          {projects === null ? (
            <p className="muted">{t('app.loading')}</p>
          ) : projects.length === 0 ? (
            <p className="muted empty">{t('app.start.noProjects')}</p>
          ) : (
            <ul className="recent-list" data-testid="recent-projects">
              {projects.map((p) => (
                <li key={p.project.id} className="recent-item">
                  <button type="button" className="recent-open" onClick={() => navigate({ kind: 'project', projectId: p.project.id })}>
                    <span className="recent-name">{p.project.name}</span>
                    <span className="recent-meta">
                      {t('app.start.documentCount', { count: p.documentCount })}
                      {' · '}
                      {p.lastOpenedAt ? t('app.start.lastOpened', { date: formatDateTime(lang, p.lastOpenedAt) }) : t('app.start.neverOpened')}
                    </span>
                    {p.project.description && <span className="recent-desc">{p.project.description}</span>}
                  </button>
                  <button type="button" className="danger subtle" onClick={() => setToDelete(p)} aria-label={t('app.start.deleteLabel', { name: p.project.name })}>
                    {t('app.action.delete')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      {creating && <NewProjectDialog onCreate={create} onCancel={() => setCreating(false)} />}
      {showBackups && <BackupsDialog onClose={() => setShowBackups(false)} onRestored={(id) => navigate({ kind: 'project', projectId: id })} />}
      {qdpx && <QdpxImportDialog pending={qdpx} onOpen={() => openImported(qdpx)} onCancel={() => setQdpx(null)} />}
      {toDelete && (
        <ConfirmDialog
          title={t('app.start.deleteTitle')}
          message={t('app.start.deleteMessage', { name: toDelete.project.name, count: toDelete.documentCount })}
          confirmLabel={t('app.start.deleteConfirm')}
          danger
          onConfirm={() => void remove(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      )}
    </div>
  );
}
