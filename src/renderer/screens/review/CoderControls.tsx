/**
 * Coder identity and blind coding in the coding view's toolbar: the current coder's name (project
 * setting, undoable), whose codings to show, and "Blind coderen" (hide everyone else's codings).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/model/types';
import type { ChangeSet } from '../../../shared/model/changes';
import { projectCoders } from '../../../shared/review/commands';
import { useT } from '../../i18n';
import { useCoding, type CoderFilter } from '../../state/coding-store';
import { setBlindFor, storedBlind } from '../../state/blind';
import type { ProjectData } from '../../state/useProject';
import { reportError } from '../../lib/report';
import './review.css';

/** The project-record change that renames the current coder (one undo step). */
export function setCoderNameSet(snapshot: ProjectSnapshot, name: string): ChangeSet | null {
  const next = name.trim();
  const before = snapshot.project;
  if (!next || next === before.settings.coderName) return null;
  return {
    name: 'command.setCoderName',
    params: { name: next },
    changes: [],
    project: { before, after: { ...before, settings: { ...before.settings, coderName: next } } },
  };
}

export function CoderNameField({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  // Keyed by the stored name: an undo (or another tab) resets the field.
  return <CoderNameInput key={snapshot.project.settings.coderName} data={data} snapshot={snapshot} />;
}

function CoderNameInput({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const [value, setValue] = useState(snapshot.project.settings.coderName);
  // Enter commits, and the blur that follows (clicking elsewhere) commits again before the first
  // change has come back: without this, the second one was built on the old name and refused as stale.
  const sent = useRef(snapshot.project.settings.coderName);
  const commit = () => {
    if (value.trim() === sent.current) return;
    const snap = data.latest() ?? snapshot;
    const set = setCoderNameSet(snap, value);
    if (!set) {
      setValue(snap.project.settings.coderName);
      return;
    }
    sent.current = value.trim();
    data.apply(set).catch((error) => reportError(error, 'app.error.generic'));
  };
  return (
    <label className="review-coder-name">
      {t('app.review.coderName')}{' '}
      <input
        type="text"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
        data-testid="coder-name"
      />
    </label>
  );
}

const filterValue = (f: CoderFilter) => (f.kind === 'coders' ? `coders:${f.coders.join('\u0001')}` : f.kind);

export function CoderControls({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const coderFilter = useCoding((s) => s.coderFilter);
  const blind = useCoding((s) => s.blind);
  const coders = useMemo(() => projectCoders(snapshot), [snapshot]);
  const projectId = snapshot.project.id;
  // Before the first paint, so a blind second coder never glimpses the other codings.
  useLayoutEffect(() => {
    useCoding.getState().setBlind(storedBlind(projectId));
  }, [projectId]);
  const options: { value: string; label: string; filter: CoderFilter }[] = [
    { value: 'all', label: t('app.review.showAll'), filter: { kind: 'all' } },
    { value: 'me', label: t('app.review.showMe'), filter: { kind: 'me' } },
    ...coders.map((c) => ({ value: filterValue({ kind: 'coders', coders: [c] }), label: c, filter: { kind: 'coders', coders: [c] } as CoderFilter })),
  ];
  if (coderFilter.kind === 'coders' && coderFilter.coders.length !== 1) {
    options.push({ value: filterValue(coderFilter), label: coderFilter.coders.join(' + '), filter: coderFilter });
  }
  return (
    <>
      <CoderNameField data={data} snapshot={snapshot} />
      <label>
        {t('app.review.showCodingsOf')}{' '}
        <select
          value={filterValue(coderFilter)}
          disabled={blind}
          onChange={(e) => {
            const o = options.find((x) => x.value === e.target.value);
            if (o) useCoding.getState().setCoderFilter(o.filter);
          }}
          data-testid="cv-coder-filter"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="cv-toggle" title={t('app.review.blindHint')}>
        <input type="checkbox" checked={blind} onChange={(e) => setBlindFor(projectId, e.target.checked)} data-testid="cv-blind" />
        {t('app.review.blind')}
      </label>
    </>
  );
}
