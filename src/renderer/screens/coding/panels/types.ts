import type { Document, ProjectSnapshot } from '../../../../shared/model/types';
import type { ProjectData } from '../../../state/useProject';

/** Props shared by the side panels and the media bar of the coding view. */
export interface PanelProps {
  snapshot: ProjectSnapshot;
  /** The document open in the coding view. */
  document: Document;
  data: ProjectData;
}

/** True for elements where typing goes (shortcuts must leave those alone). */
export function isEditableTarget(element: EventTarget | Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file', 'color'].includes(type);
}
