import { useCallback, useEffect, useRef, useState } from 'react';

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
