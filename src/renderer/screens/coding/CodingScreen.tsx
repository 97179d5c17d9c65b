/**
 * The open-coding workspace (#/project/<id>/code/<documentId>): header with progress and "done",
 * the media bar above the virtualised transcript, the code margin beside the text, and the side
 * panel (Codes / Memo's / Zoeken). Keyboard: 1–9 apply shortcut codes, Ctrl/Cmd+K quick search,
 * Ctrl/Cmd+I in vivo, T whole turn, Delete removes the picked coding, Shift(+Alt)+←/→ resize it.
 * Ctrl/Cmd+Z stays with the project history (ProjectScreen).
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Document, ProjectSnapshot } from '../../../shared/model/types';
import { codedShare } from '../../../shared/coding/progress';
import { useT } from '../../i18n';
import { showsCoder, useCoding, type SidePanel } from '../../state/coding-store';
import { CoderControls } from '../review/CoderControls';
import { useUi } from '../../state/ui-store';
import type { ProjectData } from '../../state/useProject';
import { documentRespondents } from '../../lib/format';
import { roleLabel } from '../../lib/roles';
import { codesInTreeOrder, percent, shortcutSlots } from '../../lib/coding-view';
import { TranscriptView } from './TranscriptView';
import { CodesPanel, type CodesPanelHandle } from './CodesPanel';
import { usePending, useCodingActions } from './useCodingActions';
import { MemoPanel, memosByCoding } from './panels/MemoPanel';
import { SearchPanel } from './panels/SearchPanel';
import { MediaBar } from './panels/MediaBar';

interface CodingScreenProps {
  data: ProjectData;
  snapshot: ProjectSnapshot;
  document: Document;
}

function isEditable(element: EventTarget | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

export function CodingScreen({ data, snapshot, document: doc }: CodingScreenProps) {
  const t = useT();
  const navigate = useUi((s) => s.navigate);
  const panel = useCoding((s) => s.panel);
  const setPanel = useCoding((s) => s.setPanel);
  const recent = useCoding((s) => s.recentCodeIds);
  const showInterviewer = useCoding((s) => s.showInterviewer);
  const snapToWords = useCoding((s) => s.snapToWords);
  const pendingCodings = usePending((s) => s.codings);
  const pendingCodes = usePending((s) => s.codes);
  const actions = useCodingActions(data, doc);
  const codesPanel = useRef<CodesPanelHandle>(null);
  const projectId = snapshot.project.id;

  // A fresh start per document: no stale selection or picked coding from another transcript.
  useEffect(() => {
    const ui = useCoding.getState();
    ui.setSelection(null);
    ui.setActiveCoding(null);
    ui.setHighlights([]);
  }, [doc.id]);

  const codes = useMemo(() => {
    if (pendingCodes.length === 0) return snapshot.codes;
    const known = new Set(snapshot.codes.map((c) => c.id));
    return [...snapshot.codes, ...pendingCodes.filter((c) => !known.has(c.id))];
  }, [snapshot.codes, pendingCodes]);
  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  // Keyed by content, not identity: the transcript rows re-render only when a memo count changes.
  const memoKey = [...memosByCoding(snapshot)].map(([id, memos]) => `${id}:${memos.length}`).sort().join(',');
  const memoCounts = useMemo(
    () => new Map(memoKey ? memoKey.split(',').map((entry) => [entry.split(':')[0], Number(entry.split(':')[1])] as const) : []),
    [memoKey],
  );
  const coderFilter = useCoding((s) => s.coderFilter);
  const blind = useCoding((s) => s.blind);
  const me = snapshot.project.settings.coderName;
  const docCodings = useMemo(() => {
    const own = snapshot.codings.filter((c) => c.documentId === doc.id && showsCoder(coderFilter, blind, c.coder, me));
    if (pendingCodings.length === 0) return own;
    const known = new Set(own.map((c) => c.id));
    return [...own, ...pendingCodings.filter((c) => c.documentId === doc.id && !known.has(c.id))];
  }, [snapshot.codings, pendingCodings, doc.id, coderFilter, blind, me]);
  const slots = useMemo(() => shortcutSlots(recent, codesInTreeOrder(codes).map((n) => n.code)), [recent, codes]);
  // Progress scans the whole text: computed after the margin has been updated, not before.
  const progressCodings = useDeferredValue(docCodings);
  const share = useMemo(() => codedShare(doc, progressCodings), [doc, progressCodings]);
  const respondents = useMemo(() => documentRespondents(doc, snapshot.respondents), [doc, snapshot.respondents]);
  const ordered = useMemo(() => [...snapshot.documents].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)), [snapshot.documents]);
  const position = ordered.findIndex((d) => d.id === doc.id);
  const prev = position > 0 ? ordered[position - 1] : undefined;
  const next = position >= 0 && position < ordered.length - 1 ? ordered[position + 1] : undefined;

  // Keyboard shortcuts of the workspace (text fields and dialogs keep their keys).
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && !e.shiftKey && key === 'k') {
        e.preventDefault();
        setPanel('codes');
        requestAnimationFrame(() => codesPanel.current?.focusSearch());
        return;
      }
      if (mod && !e.altKey && !e.shiftKey && key === 'i') {
        if (isEditable(e.target)) return;
        e.preventDefault();
        actions.inVivo();
        return;
      }
      if (mod || isEditable(e.target)) return;
      const ui = useCoding.getState();
      if (/^[1-9]$/.test(e.key) && !e.altKey && !e.shiftKey) {
        const codeId = slots[Number(e.key) - 1];
        if (!codeId) return;
        e.preventDefault();
        if (ui.activeCodingId && !ui.selection) actions.recodeActive(codeId);
        else actions.applyToSelection(codeId);
        return;
      }
      if (key === 't' && !e.altKey && !e.shiftKey) {
        const anchor = ui.selection?.start ?? (ui.activeCodingId ? data.latest()?.codings.find((c) => c.id === ui.activeCodingId)?.start : undefined);
        if (anchor === undefined) return;
        const turn = doc.turns.findIndex((tn) => tn.start <= anchor && anchor < tn.end);
        if (turn < 0) return;
        e.preventDefault();
        actions.selectTurn(turn);
        return;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && ui.activeCodingId) {
        e.preventDefault();
        actions.removeActive();
        return;
      }
      if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && e.shiftKey && ui.activeCodingId) {
        e.preventDefault();
        actions.resizeActive(e.altKey ? 'start' : 'end', e.key === 'ArrowRight' ? 1 : -1);
        return;
      }
      if (e.key === 'Escape' && (ui.selection || ui.activeCodingId)) {
        ui.setSelection(null);
        ui.setActiveCoding(null);
        ui.setHighlights([]);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, slots, setPanel, data, doc]);

  const pct = percent(share.share);
  const tabs: { id: SidePanel; label: string }[] = [
    { id: 'codes', label: t('app.coding.tabCodes') },
    { id: 'memos', label: t('app.coding.tabMemos') },
    { id: 'search', label: t('app.coding.tabSearch') },
  ];

  return (
    <div className="cv" data-testid="coding-view">
      <header className="cv-header">
        <div className="cv-nav">
          <button type="button" onClick={() => navigate({ kind: 'project', projectId })} data-testid="cv-back">
            ← {t('app.coding.back')}
          </button>
          <button type="button" disabled={!prev} onClick={() => prev && navigate({ kind: 'coding', projectId, documentId: prev.id })} title={prev?.name} data-testid="cv-prev">
            ‹ {t('app.coding.prev')}
          </button>
          <button type="button" disabled={!next} onClick={() => next && navigate({ kind: 'coding', projectId, documentId: next.id })} title={next?.name} data-testid="cv-next">
            {t('app.coding.next')} ›
          </button>
        </div>
        <div className="cv-title">
          <h2 data-testid="cv-title">{doc.name}</h2>
          <span className="cv-respondents muted">
            {respondents.length ? respondents.map((r) => (r.role ? `${r.pseudonym} · ${roleLabel(t, r.role)}` : r.pseudonym)).join(', ') : t('app.reader.noRespondent')}
          </span>
          <span className="badge cv-phase">{t('app.coding.phaseOpen')}</span>
        </div>
        <div className="cv-status">
          <div className="cv-progress" title={t('app.coding.progressHint')}>
            <span className="cv-progress-bar" aria-hidden="true">
              <span style={{ width: `${pct}%` }} />
            </span>
            <span data-testid="cv-progress">{t('app.coding.progress', { percent: pct })}</span>
          </div>
          <label className="cv-toggle">
            <input type="checkbox" checked={doc.codingDone !== undefined} onChange={(e) => actions.setDone(e.target.checked)} data-testid="cv-done" />
            {t('app.coding.done')}
          </label>
        </div>
      </header>
      <div className="cv-toolbar">
        <label>
          {t('app.coding.interviewer')}{' '}
          <select value={showInterviewer} onChange={(e) => useCoding.getState().setShowInterviewer(e.target.value as 'normal' | 'dimmed' | 'hidden')} data-testid="cv-interviewer">
            <option value="normal">{t('app.coding.interviewerNormal')}</option>
            <option value="dimmed">{t('app.coding.interviewerDimmed')}</option>
            <option value="hidden">{t('app.coding.interviewerHidden')}</option>
          </select>
        </label>
        <label className="cv-toggle">
          <input type="checkbox" checked={snapToWords} onChange={(e) => useCoding.getState().setSnapToWords(e.target.checked)} data-testid="cv-snap" />
          {t('app.coding.snapToWords')}
        </label>
        <CoderControls data={data} snapshot={snapshot} />
        <span className="muted small">{t('app.coding.codingCount', { count: docCodings.length })}</span>
      </div>
      <div className="cv-body">
        <section className="cv-main" aria-label={t('app.coding.transcript')}>
          <MediaBar snapshot={snapshot} document={doc} data={data} />
          <TranscriptView doc={doc} respondents={snapshot.respondents} codings={docCodings} codesById={codesById} memoCounts={memoCounts} actions={actions} />
        </section>
        <aside className="cv-side" aria-label={t('app.coding.sidePanel')}>
          <div className="cv-tabs" role="tablist">
            {tabs.map((tab) => (
              <button
                key={tab.id}
                type="button"
                role="tab"
                aria-selected={panel === tab.id}
                className="cv-tab"
                onClick={() => setPanel(tab.id)}
                data-testid={`cv-tab-${tab.id}`}
              >
                {tab.label}
              </button>
            ))}
          </div>
          <div className="cv-side-body" role="tabpanel">
            {panel === 'codes' && <CodesPanel ref={codesPanel} snapshot={snapshot} document={doc} codes={codes} codings={docCodings} slots={slots} actions={actions} />}
            {panel === 'memos' && <MemoPanel snapshot={snapshot} document={doc} data={data} />}
            {panel === 'search' && <SearchPanel snapshot={snapshot} document={doc} data={data} />}
          </div>
        </aside>
      </div>
    </div>
  );
}
