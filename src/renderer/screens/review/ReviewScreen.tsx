/**
 * The Review tab: a keyboard-driven queue through the coded fragments (per code, per document or
 * in a seeded random order), inter-coder agreement between two coders with a disagreement viewer,
 * and merging a second coder's copy of the project back in.
 *
 * Queue keys: J/→ next, K/← previous, A accept, F flag (comment, Enter saves), R recode, U clear.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Coding, ProjectSnapshot, ReviewStatus } from '../../../shared/model/types';
import { retrieve, type Fragment } from '../../../shared/analysis/retrieval';
import { recodeCoding } from '../../../shared/coding/commands';
import { reviewCodings, reviewProgress, seededShuffle } from '../../../shared/review/commands';
import { useT } from '../../i18n';
import type { ProjectData } from '../../state/useProject';
import { roleLabel } from '../../lib/roles';
import { formatTimestamp } from '../../lib/format';
import { CodePickerDialog } from '../codebook/CodePickerDialog';
import { useRunCommand } from '../../state/run-command';
import { CoderNameField } from './CoderControls';
import { AgreementSection } from './AgreementSection';
import { MergeCopyButton } from './MergeCopy';
import { LabeledSelect, plainOptions } from '../../components/LabeledSelect';
import './review.css';

type Order = 'code' | 'document' | 'random';
type StatusFilter = 'all' | 'open' | 'accepted' | 'flagged';

const STORE_KEY = 'werkbank.review.';

function stored<T extends string>(projectId: string, key: string, allowed: readonly T[], fallback: T): T {
  try {
    const v = localStorage.getItem(`${STORE_KEY}${projectId}.${key}`);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  } catch {
    return fallback;
  }
}

function store(projectId: string, key: string, value: string) {
  try {
    localStorage.setItem(`${STORE_KEY}${projectId}.${key}`, value);
  } catch {
    // private mode: the choice is simply not remembered
  }
}

function statusOf(c: Coding): 'open' | ReviewStatus {
  return c.review?.status ?? 'open';
}

function isEditable(element: EventTarget | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

export function ReviewScreen({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const projectId = snapshot.project.id;
  const run = useRunCommand(data, snapshot);
  const [order, setOrder] = useState<Order>(() => stored(projectId, 'order', ['code', 'document', 'random'] as const, 'code'));
  const [status, setStatus] = useState<StatusFilter>(() => stored(projectId, 'status', ['all', 'open', 'accepted', 'flagged'] as const, 'all'));
  const [coder, setCoder] = useState('');
  const [index, setIndex] = useState(0);
  const [flagging, setFlagging] = useState(false);
  const [comment, setComment] = useState('');
  const [recoding, setRecoding] = useState<Fragment | null>(null);
  const commentRef = useRef<HTMLInputElement>(null);

  const coders = useMemo(() => [...new Set(snapshot.codings.map((c) => c.coder).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl')), [snapshot.codings]);
  const all = useMemo(() => retrieve(snapshot, coder ? { coders: [coder] } : {}), [snapshot, coder]);
  const queue = useMemo(() => {
    const byStatus = all.filter((f) => status === 'all' || statusOf(f.coding) === status);
    if (order === 'random') {
      // Seeded by the project: the same order after a reload; ids sorted first so it does not
      // depend on the order codings come out of storage.
      const sorted = byStatus.slice().sort((a, b) => (a.coding.id < b.coding.id ? -1 : a.coding.id > b.coding.id ? 1 : 0));
      return seededShuffle(sorted, projectId);
    }
    const docOrder = new Map(snapshot.documents.map((d) => [d.id, d.order]));
    const byDoc = (a: Fragment, b: Fragment) => (docOrder.get(a.document.id) ?? 0) - (docOrder.get(b.document.id) ?? 0) || a.coding.start - b.coding.start;
    const byCode = (a: Fragment, b: Fragment) => a.code.label.localeCompare(b.code.label, 'nl');
    return byStatus.slice().sort(order === 'code' ? (a, b) => byCode(a, b) || byDoc(a, b) : (a, b) => byDoc(a, b) || byCode(a, b));
  }, [all, status, order, projectId, snapshot.documents]);
  const progress = useMemo(() => reviewProgress(snapshot, coder ? { coder } : undefined), [snapshot, coder]);

  const position = Math.min(index, Math.max(0, queue.length - 1));
  const current: Fragment | undefined = queue[position];

  const mark = useCallback(
    async (next: { status: ReviewStatus; comment?: string } | null) => {
      if (!current) return;
      const id = current.coding.id;
      const ok = await run((snap, ctx) => reviewCodings(snap, [id], next, ctx));
      if (!ok) return;
      // Move on when the fragment stays in the queue; otherwise the next one slides into place.
      const stays = status === 'all' || (next ? next.status : 'open') === status;
      if (stays) setIndex((i) => Math.min(i + 1, Math.max(0, queue.length - 1)));
    },
    [current, run, status, queue.length],
  );

  const startFlag = useCallback(() => {
    if (!current) return;
    setComment(current.coding.review?.status === 'flagged' ? current.coding.review.comment : '');
    setFlagging(true);
    requestAnimationFrame(() => commentRef.current?.focus());
  }, [current]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isEditable(e.target) || document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      if (key === 'j' || e.key === 'ArrowRight') {
        e.preventDefault();
        setIndex(Math.min(position + 1, Math.max(0, queue.length - 1)));
      } else if (key === 'k' || e.key === 'ArrowLeft') {
        e.preventDefault();
        setIndex(Math.max(0, position - 1));
      } else if (key === 'a') {
        e.preventDefault();
        void mark({ status: 'accepted' });
      } else if (key === 'f') {
        e.preventDefault();
        startFlag();
      } else if (key === 'u') {
        e.preventDefault();
        void mark(null);
      } else if (key === 'r' && current) {
        e.preventDefault();
        setRecoding(current);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [position, queue.length, mark, startFlag, current]);

  const done = progress.accepted + progress.flagged;
  const pct = progress.total ? Math.round((done / progress.total) * 100) : 0;

  return (
    <div className="review" data-testid="review-screen">
      <section className="review-queue" aria-labelledby="review-queue-title">
        <header className="review-head">
          <h2 id="review-queue-title">{t('app.review.queueTitle')}</h2>
          <div className="review-progress" title={t('app.review.progressHint')}>
            <span className="review-progress-bar" aria-hidden="true">
              <span className="accepted" style={{ width: `${progress.total ? (progress.accepted / progress.total) * 100 : 0}%` }} />
              <span className="flagged" style={{ width: `${progress.total ? (progress.flagged / progress.total) * 100 : 0}%` }} />
            </span>
            <span data-testid="review-progress">{t('app.review.progress', { done, total: progress.total, percent: pct, accepted: progress.accepted, flagged: progress.flagged })}</span>
          </div>
        </header>
        <div className="review-filters">
          <LabeledSelect
            label={t('app.review.order')}
            value={order}
            onChange={(v) => {
              setOrder(v as Order);
              store(projectId, 'order', v);
              setIndex(0);
            }}
            options={[
              { value: 'code', label: t('app.review.orderCode') },
              { value: 'document', label: t('app.review.orderDocument') },
              { value: 'random', label: t('app.review.orderRandom') },
            ]}
            testId="review-order"
          />
          <LabeledSelect
            label={t('app.review.coder')}
            value={coder}
            onChange={(v) => {
              setCoder(v);
              setIndex(0);
            }}
            all={t('app.review.allCoders')}
            options={plainOptions(coders)}
            testId="review-coder"
          />
          <LabeledSelect
            label={t('app.review.status')}
            value={status}
            onChange={(v) => {
              setStatus(v as StatusFilter);
              store(projectId, 'status', v);
              setIndex(0);
            }}
            options={[
              { value: 'all', label: t('app.review.statusAll') },
              { value: 'open', label: t('app.review.statusOpen') },
              { value: 'accepted', label: t('app.review.statusAccepted') },
              { value: 'flagged', label: t('app.review.statusFlagged') },
            ]}
            testId="review-status"
          />
          <CoderNameField data={data} snapshot={snapshot} />
        </div>
        {current ? (
          <article className="review-card" data-testid="review-current" data-coding-id={current.coding.id} data-status={statusOf(current.coding)}>
            <div className="review-meta">
              <span className="review-position" data-testid="review-position">
                {t('app.review.position', { index: position + 1, total: queue.length })}
              </span>
              <span className="swatch" style={{ background: current.code.color }} aria-hidden="true" />
              <strong data-testid="review-code">{current.code.label}</strong>
              <span>{current.document.name}</span>
              <span>{current.respondent ? `${current.respondent.pseudonym}${current.role ? ` · ${roleLabel(t, current.role)}` : ''}` : current.speaker || '—'}</span>
              {current.startTime !== undefined && <span>{formatTimestamp(current.startTime)}</span>}
              <span data-testid="review-coder-name">{t('app.review.codedBy', { coder: current.coding.coder || '—' })}</span>
            </div>
            <blockquote className="review-text">
              <span className="review-context">{current.before}</span>
              <mark style={{ background: `color-mix(in srgb, ${current.code.color} 25%, transparent)` }}>{current.text}</mark>
              <span className="review-context">{current.after}</span>
            </blockquote>
            {current.coding.review && (
              <p className={`review-badge review-badge-${current.coding.review.status}`} data-testid="review-mark">
                {current.coding.review.status === 'flagged' ? '⚑ ' : '✓ '}
                {t(current.coding.review.status === 'flagged' ? 'app.review.flaggedBy' : 'app.review.acceptedBy', { reviewer: current.coding.review.reviewer })}
                {current.coding.review.comment && <span className="review-comment">: {current.coding.review.comment}</span>}
              </p>
            )}
            {flagging && (
              <form
                className="review-flag-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  setFlagging(false);
                  void mark({ status: 'flagged', comment });
                }}
              >
                <label>
                  {t('app.review.comment')}{' '}
                  <input
                    ref={commentRef}
                    type="text"
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        e.preventDefault();
                        setFlagging(false);
                      }
                    }}
                    data-testid="review-comment"
                  />
                </label>
                <button type="submit" className="primary">
                  {t('app.review.saveFlag')}
                </button>
              </form>
            )}
            <div className="review-actions">
              <button type="button" onClick={() => setIndex(Math.max(0, position - 1))} disabled={position === 0}>
                ← {t('app.review.prev')} <kbd>K</kbd>
              </button>
              <button type="button" onClick={() => void mark({ status: 'accepted' })} data-testid="review-accept">
                ✓ {t('app.review.accept')} <kbd>A</kbd>
              </button>
              <button type="button" onClick={startFlag} data-testid="review-flag">
                ⚑ {t('app.review.flag')} <kbd>F</kbd>
              </button>
              <button type="button" onClick={() => setRecoding(current)} data-testid="review-recode">
                {t('app.review.recode')} <kbd>R</kbd>
              </button>
              <button type="button" onClick={() => void mark(null)} disabled={!current.coding.review} data-testid="review-clear">
                {t('app.review.clear')} <kbd>U</kbd>
              </button>
              <button type="button" onClick={() => setIndex(Math.min(position + 1, queue.length - 1))} disabled={position >= queue.length - 1}>
                {t('app.review.next')} <kbd>J</kbd> →
              </button>
            </div>
          </article>
        ) : (
          <p className="muted" data-testid="review-empty">
            {t('app.review.empty')}
          </p>
        )}
        <p className="muted small">{t('app.review.keys')}</p>
      </section>
      <AgreementSection snapshot={snapshot} />
      <section className="review-merge">
        <h2>{t('app.review.mergeTitle')}</h2>
        <p className="muted">{t('app.review.mergeIntro')}</p>
        <MergeCopyButton data={data} snapshot={snapshot} />
      </section>
      {recoding && (
        <CodePickerDialog
          title={t('app.review.recodeTitle')}
          intro={t('app.review.recodeIntro', { code: recoding.code.label })}
          confirmLabel={t('app.review.recode')}
          codes={snapshot.codes}
          exclude={new Set([recoding.code.id])}
          testId="review-recode-dialog"
          onCancel={() => setRecoding(null)}
          onConfirm={(id) => {
            const codingId = recoding.coding.id;
            setRecoding(null);
            if (id) void run((snap, ctx) => recodeCoding(snap, codingId, id, ctx));
          }}
        />
      )}
    </div>
  );
}
