import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChangeSet } from '../../shared/model/changes';
import type { ProjectSnapshot } from '../../shared/model/types';
import type { HistoryState } from '../data/repository';
import { repository } from '../services';

export interface ProjectData {
  snapshot: ProjectSnapshot | null;
  history: HistoryState;
  /** Set when the project could not be loaded (e.g. deleted in another tab). */
  loadError: unknown;
  /** Applies a change set (stored at once, undoable) and reloads. */
  apply(set: ChangeSet): Promise<void>;
  undo(): Promise<ChangeSet | null>;
  redo(): Promise<ChangeSet | null>;
  /** The latest snapshot, for commands built right after an await. */
  latest(): ProjectSnapshot | null;
}

const EMPTY_HISTORY: HistoryState = { undo: null, redo: null };

/** Loads a project's snapshot and undo history and keeps them current (own and other tabs' edits). */
export function useProject(projectId: string): ProjectData {
  const [snapshot, setSnapshot] = useState<ProjectSnapshot | null>(null);
  const [history, setHistory] = useState<HistoryState>(EMPTY_HISTORY);
  const [loadError, setLoadError] = useState<unknown>(null);
  const latestRef = useRef<ProjectSnapshot | null>(null);
  const generation = useRef(0);

  const inflight = useRef<Promise<void>>(Promise.resolve());

  /** Reloads; when a newer reload starts meanwhile, resolves only once that one has finished. */
  const reload = useCallback((): Promise<void> => {
    const mine = ++generation.current;
    const run = (async () => {
      try {
        const repo = repository();
        const [snap, hist] = await Promise.all([repo.loadSnapshot(projectId), repo.history(projectId)]);
        if (mine !== generation.current) return inflight.current;
        latestRef.current = snap;
        setSnapshot(snap);
        setHistory(hist);
        setLoadError(null);
      } catch (error) {
        if (mine !== generation.current) return inflight.current;
        setLoadError(error ?? new Error('load failed'));
      }
    })();
    inflight.current = run;
    return run;
  }, [projectId]);

  useEffect(() => {
    latestRef.current = null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reset when switching projects
    setSnapshot(null);
    void reload();
    return repository().subscribe(projectId, () => void reload());
  }, [projectId, reload]);

  const apply = useCallback(
    async (set: ChangeSet) => {
      await repository().apply(projectId, set);
      await reload();
    },
    [projectId, reload],
  );
  const undo = useCallback(async () => {
    const set = await repository().undo(projectId);
    await reload();
    return set;
  }, [projectId, reload]);
  const redo = useCallback(async () => {
    const set = await repository().redo(projectId);
    await reload();
    return set;
  }, [projectId, reload]);
  const latest = useCallback(() => latestRef.current, []);

  return useMemo(() => ({ snapshot, history, loadError, apply, undo, redo, latest }), [snapshot, history, loadError, apply, undo, redo, latest]);
}
