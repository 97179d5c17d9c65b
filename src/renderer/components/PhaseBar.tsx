import { useMemo, useState } from 'react';
import type { Id, Phase, ProjectSnapshot } from '../../shared/model/types';
import { phaseChecklist } from '../../shared/analysis/checklist';
import { markPhaseDone } from '../../shared/axial/commands';
import { useLanguage, useT } from '../i18n';
import { useUi } from '../state/ui-store';
import type { ProjectData } from '../state/useProject';
import { formatDateTime } from '../lib/format';
import { useRunCommand } from '../state/run-command';
import './PhaseBar.css';

const PHASES: Phase[] = ['open', 'axial', 'selective'];
const MAX_SHOWN = 12;

/**
 * Baarda's three phases at the top of the project: where the student is, what to do and what a
 * finished phase looks like, a checklist computed from the data, and "finish"/"reopen" (undoable).
 * Phases are guidance, not locks.
 */
export function PhaseBar({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const lang = useLanguage();
  const navigate = useUi((s) => s.navigate);
  const run = useRunCommand(data, snapshot);
  const marks = snapshot.project.phases ?? {};
  const current: Phase = PHASES.find((p) => !marks[p]) ?? 'selective';
  const [openPhase, setOpenPhase] = useState<Phase | null>(null);
  const [openItem, setOpenItem] = useState<string | null>(null);
  const checklist = useMemo(() => phaseChecklist(snapshot), [snapshot]);

  const names = useMemo(() => {
    const map = new Map<Id, { label: string; documentId?: Id }>();
    for (const c of snapshot.codes) map.set(c.id, { label: c.label });
    for (const d of snapshot.documents) map.set(d.id, { label: d.name, documentId: d.id });
    for (const th of snapshot.themes) map.set(th.id, { label: th.label });
    for (const r of snapshot.respondents) map.set(r.id, { label: r.pseudonym });
    return map;
  }, [snapshot]);

  const shown = openPhase;
  const items = shown ? checklist.filter((i) => i.phase === shown) : [];
  const mark = shown ? marks[shown] : undefined;

  return (
    <section className="phase-bar" aria-label={t('app.phase.label')} data-testid="phase-bar">
      <ol className="phase-steps">
        {PHASES.map((phase, index) => {
          const done = Boolean(marks[phase]);
          const own = checklist.filter((i) => i.phase === phase);
          const open = own.filter((i) => !i.ok).length;
          return (
            <li key={phase} className={`phase-step${done ? ' done' : ''}${phase === current ? ' current' : ''}`}>
              <button
                type="button"
                aria-expanded={openPhase === phase}
                aria-current={phase === current ? 'step' : undefined}
                onClick={() => {
                  setOpenPhase(openPhase === phase ? null : phase);
                  setOpenItem(null);
                }}
                data-testid={`phase-${phase}`}
                data-done={done ? 'true' : undefined}
              >
                <span className="phase-num" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className="phase-name">{t(`app.phase.${phase}`)}</span>
                {phase === current && !done && <span className="phase-tag">{t('app.phase.current')}</span>}
                {done && <span className="phase-tag ok">{t('app.phase.done')}</span>}
                {!done && open > 0 && (
                  <span className="phase-open-count" title={t('app.phase.todo')}>
                    {open}
                  </span>
                )}
              </button>
            </li>
          );
        })}
        <li className="phase-toggle">
          <button type="button" className="link-button" onClick={() => setOpenPhase(openPhase ? null : current)} data-testid="phase-guide-toggle">
            {openPhase ? t('app.phase.hideGuide') : t('app.phase.showGuide')}
          </button>
        </li>
      </ol>
      {shown && (
        <div className="phase-panel" data-testid="phase-panel" data-phase={shown}>
          <div className="phase-guide">
            <h3>{t(`app.phase.${shown}`)}</h3>
            <p>
              <strong>{t('app.phase.whatToDo')}</strong> {t(`app.phase.guide.${shown}.do`)}
            </p>
            <p>
              <strong>{t('app.phase.whenDone')}</strong> {t(`app.phase.guide.${shown}.done`)}
            </p>
            <p className="muted small">{t('app.phase.notLocked')}</p>
            <div className="phase-done-row">
              {mark ? (
                <>
                  <span className="phase-done-at" data-testid="phase-done-at">
                    ✓ {t('app.phase.doneOn', { date: formatDateTime(lang, mark.doneAt), name: mark.by })}
                  </span>
                  <button type="button" onClick={() => void run((snap, ctx) => markPhaseDone(snap, shown, false, ctx))} data-testid="phase-reopen">
                    {t('app.phase.reopen')}
                  </button>
                </>
              ) : (
                <button type="button" className="primary" onClick={() => void run((snap, ctx) => markPhaseDone(snap, shown, true, ctx))} data-testid="phase-mark-done">
                  {t('app.phase.markDone')}
                </button>
              )}
            </div>
          </div>
          <div className="phase-checklist">
            <h3>{t('app.phase.checklist')}</h3>
            {items.length === 0 ? (
              <p className="muted">{t('app.phase.checklistEmpty')}</p>
            ) : (
              <ul>
                {items.map((item) => {
                  const id = `${item.phase}:${item.key}`;
                  const expanded = openItem === id;
                  return (
                    <li key={id} className={item.ok ? 'check-item ok' : 'check-item todo'} data-testid="check-item" data-key={item.key} data-ok={item.ok ? 'true' : 'false'}>
                      <button
                        type="button"
                        className="check-button"
                        aria-expanded={item.ids.length ? expanded : undefined}
                        disabled={item.ids.length === 0}
                        onClick={() => setOpenItem(expanded ? null : id)}
                      >
                        <span className="check-mark" aria-label={item.ok ? t('app.phase.ok') : t('app.phase.todo')}>
                          {item.ok ? '✓' : '!'}
                        </span>
                        <span className="check-text">{t(item.key, { ...item.params, count: item.count })}</span>
                        <span className="check-count" data-testid="check-count">
                          {item.count}
                        </span>
                      </button>
                      {expanded && (
                        <ul className="check-affected" aria-label={t('app.phase.affected')} data-testid="check-affected">
                          {item.ids.slice(0, MAX_SHOWN).map((affected) => {
                            const entry = names.get(affected);
                            const docId = entry?.documentId;
                            return (
                              <li key={affected}>
                                {docId ? (
                                  <button type="button" className="link-button" onClick={() => navigate({ kind: 'coding', projectId: snapshot.project.id, documentId: docId })}>
                                    {entry.label}
                                  </button>
                                ) : (
                                  <span>{entry?.label ?? affected}</span>
                                )}
                              </li>
                            );
                          })}
                          {item.ids.length > MAX_SHOWN && <li className="muted">{t('app.phase.more', { count: item.ids.length - MAX_SHOWN })}</li>}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
