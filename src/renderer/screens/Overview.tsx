import { useState } from 'react';
import type { Document, Id, ProjectSnapshot } from '../../shared/model/types';
import { deleteDocument, documentWordCount, renameDocument } from '../../shared/project/commands';
import { useLanguage, useT } from '../i18n';
import { useUi } from '../state/ui-store';
import type { ProjectData } from '../state/useProject';
import { documentRespondents, formatWarning, unassignedSpeakers } from '../lib/format';
import { roleLabel } from '../lib/roles';
import { reportError } from '../lib/report';
import { PromptDialog } from '../components/PromptDialog';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RespondentsPanel } from './RespondentsPanel';
import { projectProgress } from '../../shared/coding/progress';
import { percent } from '../lib/coding-view';

interface OverviewProps {
  data: ProjectData;
  snapshot: ProjectSnapshot;
  onImport: () => void;
  onMapSpeakers: (documentIds: Id[]) => void;
}

export function Overview({ data, snapshot, onImport, onMapSpeakers }: OverviewProps) {
  const t = useT();
  const lang = useLanguage();
  const navigate = useUi((s) => s.navigate);
  const pushToast = useUi((s) => s.pushToast);
  const [renaming, setRenaming] = useState<Document | null>(null);
  const [deleting, setDeleting] = useState<Document | null>(null);
  const documents = [...snapshot.documents].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const totalWords = documents.reduce((sum, d) => sum + documentWordCount(d, true), 0);
  const projectId = snapshot.project.id;
  const progress = projectProgress(snapshot);
  const progressById = new Map(progress.documents.map((p) => [p.documentId, p]));

  async function rename(doc: Document, name: string) {
    setRenaming(null);
    try {
      const snap = data.latest() ?? snapshot;
      await data.apply(renameDocument(snap, doc.id, name, { coder: snap.project.settings.coderName }));
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  }

  async function remove(doc: Document) {
    setDeleting(null);
    try {
      const snap = data.latest() ?? snapshot;
      await data.apply(deleteDocument(snap, doc.id, { coder: snap.project.settings.coderName }));
      pushToast({
        kind: 'success',
        text: t('app.documents.deleted', { name: doc.name }),
        action: {
          label: t('app.history.undo'),
          run: () => void data.undo().catch((error) => reportError(error, 'app.error.undo')),
        },
      });
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  }

  return (
    <div className="overview">
      <div className="overview-head">
        <div>
          {snapshot.project.description && <p className="project-description">{snapshot.project.description}</p>}
          <p className="stats" data-testid="project-stats">
            {t('app.overview.stats', { documents: documents.length, respondents: snapshot.respondents.length, words: totalWords })}
            {documents.length > 0 && (
              <span data-testid="project-progress">
                {' · '}
                {t('app.coding.projectProgress', { percent: percent(progress.total.share), done: progress.total.documentsDone, count: documents.length })}
              </span>
            )}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="primary" onClick={onImport} data-testid="import-button">
            {t('app.import.button')}
          </button>
        </div>
      </div>

      <section className="panel" aria-labelledby="documents-title">
        <h2 id="documents-title">{t('app.documents.title')}</h2>
        {documents.length === 0 ? (
          <div className="empty-state" data-testid="documents-empty">
            <p>{t('app.documents.empty')}</p>
            <p className="hint">{t('app.documents.emptyHint')}</p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="table documents-table" data-testid="documents-table">
              <thead>
                <tr>
                  <th>{t('app.documents.name')}</th>
                  <th>{t('app.documents.format')}</th>
                  <th>{t('app.documents.respondents')}</th>
                  <th>{t('app.documents.roles')}</th>
                  <th className="num">{t('app.documents.words')}</th>
                  <th className="num">{t('app.documents.turns')}</th>
                  <th className="num">{t('app.coding.coded')}</th>
                  <th>{t('app.documents.status')}</th>
                  <th>
                    <span className="sr-only">{t('app.table.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {documents.map((doc) => {
                  const respondents = documentRespondents(doc, snapshot.respondents);
                  const open = unassignedSpeakers(doc);
                  const roles = [...new Set(respondents.map((r) => roleLabel(t, r.role)).filter(Boolean))];
                  return (
                    <tr key={doc.id} data-testid="document-row" data-document={doc.name}>
                      <td>
                        <button type="button" className="link doc-link" onClick={() => navigate({ kind: 'document', projectId, documentId: doc.id })}>
                          {doc.name}
                        </button>
                        <div className="muted small">{doc.sourceFileName}</div>
                      </td>
                      <td data-testid="document-format">{t(`app.format.${doc.format}`)}</td>
                      <td data-testid="document-respondents">{respondents.map((r) => r.pseudonym).join(', ') || <span className="muted">—</span>}</td>
                      <td>{roles.join(', ') || <span className="muted">—</span>}</td>
                      <td className="num">{documentWordCount(doc, true).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</td>
                      <td className="num" data-testid="document-turns">
                        {doc.turns.length}
                      </td>
                      <td className="num" data-testid="document-progress">
                        {percent(progressById.get(doc.id)?.share ?? 0)} %
                        {doc.codingDone && (
                          <span className="cv-done-mark" title={t('app.coding.doneMark')} aria-label={t('app.coding.doneMark')}>
                            {' '}✓
                          </span>
                        )}
                      </td>
                      <td>
                        {open.length > 0 ? (
                          <button type="button" className="badge badge-warning" onClick={() => onMapSpeakers([doc.id])} data-testid="assign-speakers" title={open.join(', ')}>
                            {t('app.documents.assignSpeakers', { count: open.length })}
                          </button>
                        ) : (
                          <span className="badge badge-ok">{t('app.documents.speakersMapped')}</span>
                        )}
                        {doc.importWarnings.map((w, i) => (
                          <div key={i} className="warning-text small">
                            {formatWarning(lang, w)}
                          </div>
                        ))}
                      </td>
                      <td className="actions">
                        <button type="button" className="primary" onClick={() => navigate({ kind: 'coding', projectId, documentId: doc.id })} data-testid="code-document">
                          {t('app.coding.open')}
                        </button>
                        <button type="button" onClick={() => navigate({ kind: 'document', projectId, documentId: doc.id })}>
                          {t('app.action.open')}
                        </button>
                        <button type="button" onClick={() => onMapSpeakers([doc.id])}>
                          {t('app.documents.speakers')}
                        </button>
                        <button type="button" onClick={() => setRenaming(doc)}>
                          {t('app.action.rename')}
                        </button>
                        <button type="button" className="danger subtle" onClick={() => setDeleting(doc)}>
                          {t('app.action.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <RespondentsPanel data={data} snapshot={snapshot} />

      {renaming && (
        <PromptDialog
          title={t('app.documents.renameTitle')}
          label={t('app.documents.name')}
          initial={renaming.name}
          confirmLabel={t('app.action.rename')}
          onConfirm={(name) => void rename(renaming, name)}
          onCancel={() => setRenaming(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('app.documents.deleteTitle')}
          message={t('app.documents.deleteMessage', { name: deleting.name })}
          confirmLabel={t('app.action.delete')}
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
