import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeSet } from '../../shared/model/changes';
import type { Id } from '../../shared/model/types';
import type { MenuCommand } from '../../preload/api';
import { serializeProject } from '../../shared/project/file-format';
import { translate } from '../../shared/i18n';
import { platform, repository } from '../services';
import { useLanguage, useT } from '../i18n';
import { useUi } from '../state/ui-store';
import { useProject } from '../state/useProject';
import { exportFileName, projectFileName } from '../lib/format';
import { notify, reportError } from '../lib/report';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { readDomFile } from '../platform/browser';
import type { PickedFile } from '../platform';
import { Overview } from './Overview';
import { Reader } from './Reader';
import { ImportDialog } from './ImportDialog';
import { SpeakerMappingDialog } from './SpeakerMappingDialog';
import { BackupsDialog } from './BackupsDialog';
import { CodebookScreen } from './codebook/CodebookScreen';
import { CodingScreen } from './coding/CodingScreen';
import { AxialScreen } from './axial/AxialScreen';
import { SelectiveScreen } from './selective/SelectiveScreen';
import { AnalysisScreen } from './analysis/AnalysisScreen';
import { PhaseBar } from '../components/PhaseBar';
import { ReportScreen } from './report/ReportScreen';
import { ReviewScreen } from './review/ReviewScreen';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ProjectScreen({ projectId, documentId, view = 'documents' }: { projectId: Id; documentId?: Id; view?: 'documents' | 'codebook' | 'coding' }) {
  const t = useT();
  const lang = useLanguage();
  const navigate = useUi((s) => s.navigate);
  // The phase tabs (axial, selective, analysis) are read from the route itself.
  const routeKind = useUi((s) => s.route.kind);
  const section = routeKind === 'axial' || routeKind === 'selective' || routeKind === 'analysis' || routeKind === 'report' || routeKind === 'review' ? routeKind : view;
  const data = useProject(projectId);
  const { snapshot, history } = data;
  const [importFiles, setImportFiles] = useState<PickedFile[] | null>(null);
  const [mapping, setMapping] = useState<Id[] | null>(null);
  const [showBackups, setShowBackups] = useState(false);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const backupChecked = useRef<string | null>(null);

  // Opening: remember when, take over the project's language, write today's backup (desktop).
  const projectLoaded = snapshot !== null;
  const latest = data.latest;
  useEffect(() => {
    if (!projectLoaded) return;
    const snap = latest();
    if (!snap) return;
    useUi.getState().adoptProjectLanguage(projectId, snap.project.settings.language);
    repository().markOpened(projectId).catch((error) => reportError(error));
    if (!platform.capabilities.backups || backupChecked.current === projectId) return;
    backupChecked.current = projectId;
    (async () => {
      const existing = await platform.listBackups(projectId);
      if (existing.some((b) => b.createdAt.slice(0, 10) === todayIso())) return;
      await platform.writeBackup(projectId, snap.project.name, serializeProject(snap));
    })().catch((error) => reportError(error, 'app.error.backups'));
  }, [projectLoaded, projectId, latest]);

  const describe = useCallback((set: Pick<ChangeSet, 'name' | 'params'>) => translate(lang, set.name, set.params ?? {}), [lang]);

  const undo = useCallback(async () => {
    try {
      const set = await data.undo();
      if (set) notify('app.history.undone', { name: describe(set) }, 'info');
    } catch (error) {
      reportError(error, 'app.error.undo');
    }
  }, [data, describe]);

  const redo = useCallback(async () => {
    try {
      const set = await data.redo();
      if (set) notify('app.history.redone', { name: describe(set) }, 'info');
    } catch (error) {
      reportError(error, 'app.error.undo');
    }
  }, [data, describe]);

  const saveAs = useCallback(async () => {
    const snap = data.latest();
    if (!snap) return;
    try {
      const bytes = serializeProject(snap);
      const saved = await platform.saveProjectFile(projectFileName(snap.project.name), bytes);
      if (saved) notify('app.project.saved', { file: saved });
    } catch (error) {
      reportError(error, 'app.error.save');
    }
  }, [data]);

  const exportRefi = useCallback(async () => {
    const snap = data.latest() ?? snapshot;
    if (!snap) return;
    try {
      const { exportQdpx } = await import('../../shared/refi/qdpx-export');
      const bytes = exportQdpx(snap);
      const saved = await platform.saveFile(exportFileName(snap.project.name, 'qdpx'), bytes, 'qdpx');
      if (saved) notify('app.refi.exported', { file: saved });
    } catch (error) {
      reportError(error, 'app.error.exportQdpx');
    }
  }, [data, snapshot]);

  const startImport = useCallback(async () => {
    try {
      const files = await platform.pickTranscripts();
      if (files.length) setImportFiles(files);
    } catch (error) {
      reportError(error, 'app.error.import');
    }
  }, []);

  // Keyboard: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y. Text fields keep their own undo.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      if (isEditable(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        void redo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  // Application menu (desktop).
  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        switch (command) {
          case 'documents:import':
            void startImport();
            break;
          case 'project:save-as':
            void saveAs();
            break;
          case 'project:export-qdpx':
            void exportRefi();
            break;
          // The menu's accelerator swallows Ctrl/Cmd+Z before the page sees it: in a text field
          // it must still undo typing, not the last project change.
          case 'edit:undo':
            if (isEditable(document.activeElement)) document.execCommand('undo');
            else void undo();
            break;
          case 'edit:redo':
            if (isEditable(document.activeElement)) document.execCommand('redo');
            else void redo();
            break;
          case 'backups:show':
            if (platform.capabilities.backups) setShowBackups(true);
            break;
          case 'project:close':
            navigate({ kind: 'start' });
            break;
          case 'project:new':
          case 'project:open':
          case 'project:import-qdpx':
            useUi.getState().setPendingCommand(command);
            navigate({ kind: 'start' });
            break;
          case 'view:language-nl':
          case 'view:language-en':
            useUi.getState().setLanguage(command === 'view:language-nl' ? 'nl' : 'en', projectId);
            break;
        }
      }),
    [startImport, saveAs, exportRefi, undo, redo, navigate, projectId],
  );

  async function onDrop(e: React.DragEvent) {
    e.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (!files.length) return;
    try {
      setImportFiles(await Promise.all(files.map(readDomFile)));
    } catch (error) {
      reportError(error, 'app.error.import');
    }
  }

  if (data.loadError) {
    return (
      <div className="app-shell">
        <main className="centered">
          <h1>{t('app.project.notFoundTitle')}</h1>
          <p>{t('app.project.notFound')}</p>
          <button type="button" className="primary" onClick={() => navigate({ kind: 'start' })}>
            {t('app.project.backToStart')}
          </button>
        </main>
      </div>
    );
  }
  if (!snapshot) {
    return (
      <div className="app-shell">
        <main className="centered">
          <p className="muted">{t('app.loading')}</p>
        </main>
      </div>
    );
  }

  const doc = documentId ? snapshot.documents.find((d) => d.id === documentId) : undefined;
  const undoLabel = history.undo ? t('app.history.undoNamed', { name: describe(history.undo) }) : t('app.history.nothingToUndo');
  const redoLabel = history.redo ? t('app.history.redoNamed', { name: describe(history.redo) }) : t('app.history.nothingToRedo');

  return (
    <div
      className={dragging ? 'app-shell dragging' : 'app-shell'}
      onDragEnter={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        dragDepth.current += 1;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDragging(false);
      }}
      onDrop={(e) => void onDrop(e)}
    >
      <header className="app-header">
        <div className="brand">
          <button type="button" className="brand-button" onClick={() => navigate({ kind: 'start' })} title={t('app.project.backToStart')}>
            <span className="brand-mark" aria-hidden="true">W</span>
            <span className="sr-only">{t('app.project.backToStart')}</span>
          </button>
          <h1 className="project-name" data-testid="project-name">
            {snapshot.project.name}
          </h1>
        </div>
        <div className="header-actions">
          <div className="button-group" role="group" aria-label={t('app.history.label')}>
            <button type="button" onClick={() => void undo()} disabled={!history.undo} title={undoLabel} aria-label={undoLabel} data-testid="undo">
              <span aria-hidden="true">↶</span> {t('app.history.undo')}
            </button>
            <button type="button" onClick={() => void redo()} disabled={!history.redo} title={redoLabel} aria-label={redoLabel} data-testid="redo">
              <span aria-hidden="true">↷</span> {t('app.history.redo')}
            </button>
          </div>
          <button type="button" onClick={() => void saveAs()} data-testid="save-as">
            {t('app.project.saveAs')}
          </button>
          <button type="button" onClick={() => void exportRefi()} title={t('app.refi.exportTitle')} data-testid="export-qdpx">
            {t('app.refi.export')}
          </button>
          {platform.capabilities.backups && (
            <button type="button" onClick={() => setShowBackups(true)}>
              {t('app.backups.button')}
            </button>
          )}
          <LanguageSwitch projectId={projectId} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={view === 'coding' && doc ? 'project-main project-main-coding' : 'project-main'}>
        {documentId ? (
          doc && view === 'coding' ? (
            <CodingScreen key={doc.id} data={data} snapshot={snapshot} document={doc} />
          ) : doc ? (
            <Reader
              snapshot={snapshot}
              document={doc}
              onBack={() => navigate({ kind: 'project', projectId })}
              onMapSpeakers={() => setMapping([doc.id])}
              onCode={() => navigate({ kind: 'coding', projectId, documentId: doc.id })}
            />
          ) : (
            <div className="centered">
              <p>{t('app.reader.notFound')}</p>
              <button type="button" onClick={() => navigate({ kind: 'project', projectId })}>
                {t('app.reader.back')}
              </button>
            </div>
          )
        ) : (
          <>
            <PhaseBar data={data} snapshot={snapshot} />
            <nav className="project-tabs" aria-label={t('app.project.sections')}>
              <button
                type="button"
                className="project-tab"
                aria-current={section === 'documents' ? 'page' : undefined}
                onClick={() => navigate({ kind: 'project', projectId })}
                data-testid="tab-documents"
              >
                {t('app.project.tabDocuments')} <span className="tab-count">{snapshot.documents.length}</span>
              </button>
              <button
                type="button"
                className="project-tab"
                aria-current={section === 'codebook' ? 'page' : undefined}
                onClick={() => navigate({ kind: 'codebook', projectId })}
                data-testid="tab-codebook"
              >
                {t('app.project.tabCodebook')} <span className="tab-count">{snapshot.codes.length}</span>
              </button>
              {(['axial', 'selective', 'analysis', 'report', 'review'] as const).map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className="project-tab"
                  aria-current={section === kind ? 'page' : undefined}
                  onClick={() => navigate({ kind, projectId })}
                  data-testid={`tab-${kind}`}
                >
                  {t(
                    kind === 'axial'
                      ? 'app.project.tabAxial'
                      : kind === 'selective'
                        ? 'app.project.tabSelective'
                        : kind === 'analysis'
                          ? 'app.project.tabAnalysis'
                          : kind === 'report'
                            ? 'app.report.tab'
                            : 'app.review.tab',
                  )}
                </button>
              ))}
            </nav>
            {section === 'codebook' ? (
              <CodebookScreen data={data} snapshot={snapshot} />
            ) : section === 'axial' ? (
              <AxialScreen data={data} snapshot={snapshot} />
            ) : section === 'selective' ? (
              <SelectiveScreen data={data} snapshot={snapshot} />
            ) : section === 'analysis' ? (
              <AnalysisScreen data={data} snapshot={snapshot} />
            ) : section === 'report' ? (
              <ReportScreen data={data} snapshot={snapshot} />
            ) : section === 'review' ? (
              <ReviewScreen data={data} snapshot={snapshot} />
            ) : (
              <Overview data={data} snapshot={snapshot} onImport={() => void startImport()} onMapSpeakers={(ids) => setMapping(ids)} />
            )}
          </>
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>{t('app.import.dropHere')}</div>
        </div>
      )}
      {importFiles && (
        <ImportDialog
          files={importFiles}
          data={data}
          onClose={(importedIds) => {
            setImportFiles(null);
            if (importedIds.length) setMapping(importedIds);
          }}
        />
      )}
      {mapping && <SpeakerMappingDialog documentIds={mapping} data={data} onClose={() => setMapping(null)} />}
      {showBackups && (
        <BackupsDialog projectId={projectId} onClose={() => setShowBackups(false)} onRestored={(id) => navigate({ kind: 'project', projectId: id })} />
      )}
    </div>
  );
}

function isEditable(element: EventTarget | Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}
