import { useCallback } from 'react';
import type { ChangeSet } from '../../shared/model/changes';
import type { ProjectSnapshot } from '../../shared/model/types';
import type { ProjectData } from './useProject';
import { useUi } from './ui-store';
import { describeError, reportError } from '../lib/report';

export type BuildCommand = (snap: ProjectSnapshot, ctx: { coder: string }) => ChangeSet;

/**
 * The one way screens run a project command: built on the latest snapshot and applied as one
 * undoable step. A refusal from the command (e.g. a duplicate label) is shown as a message;
 * returns whether the change went through.
 */
export function useRunCommand(data: ProjectData, snapshot: ProjectSnapshot): (build: BuildCommand) => Promise<boolean> {
  return useCallback(
    async (build: BuildCommand) => {
      const snap = data.latest() ?? snapshot;
      const { language, pushToast } = useUi.getState();
      let set: ChangeSet;
      try {
        set = build(snap, { coder: snap.project.settings.coderName });
      } catch (error) {
        pushToast({ kind: 'error', text: describeError(language, error) });
        return false;
      }
      if (set.changes.length === 0 && !set.project) return true;
      try {
        await data.apply(set);
        return true;
      } catch (error) {
        reportError(error, 'app.error.generic');
        return false;
      }
    },
    [data, snapshot],
  );
}
