import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeSet } from '../../../shared/model/changes';
import type { ProjectSnapshot } from '../../../shared/model/types';
import type { ProjectData } from '../../state/useProject';
import { useLanguage } from '../../i18n';
import { useUi } from '../../state/ui-store';
import { describeError, reportError } from '../../lib/report';

export type Build = (snap: ProjectSnapshot, ctx: { coder: string }) => ChangeSet;

/** Builds a command on the latest snapshot and applies it; refusals are shown as messages. */
export function useRun(data: ProjectData, snapshot: ProjectSnapshot): (build: Build) => Promise<boolean> {
  const lang = useLanguage();
  const pushToast = useUi((s) => s.pushToast);
  return useCallback(
    async (build: Build) => {
      const snap = data.latest() ?? snapshot;
      let set: ChangeSet;
      try {
        set = build(snap, { coder: snap.project.settings.coderName });
      } catch (error) {
        pushToast({ kind: 'error', text: describeError(lang, error) });
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
    [data, snapshot, pushToast, lang],
  );
}

/**
 * A text field's draft: typed text stays local and is saved (one undo step) on blur, and on
 * unmount when something is still unsaved, so nothing typed is lost when the user leaves.
 */
export function useDraft(value: string, save: (text: string) => void) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const draftRef = useRef(value);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  // A new value from outside (undo, another tab) replaces the draft unless the user is typing.
  if (value !== base) {
    setBase(value);
    if (!dirty) setDraft(value);
  }
  const flush = useCallback(() => {
    if (!dirtyRef.current) return;
    dirtyRef.current = false;
    setDirty(false);
    saveRef.current(draftRef.current);
  }, []);
  useEffect(() => () => flush(), [flush]);
  const onChange = useCallback((text: string) => {
    dirtyRef.current = true;
    draftRef.current = text;
    setDirty(true);
    setDraft(text);
  }, []);
  return { draft, onChange, flush };
}
