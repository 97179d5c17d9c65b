import { useCoding } from '../../../state/coding-store';

/** Hash of the coding view of a document (`#/project/<id>/code/<documentId>`). */
export function codingHash(projectId: string, documentId: string): string {
  return `#/project/${encodeURIComponent(projectId)}/code/${encodeURIComponent(documentId)}`;
}

/**
 * Scrolls the coding view to an offset, opening the other document's coding view first when the
 * target lies elsewhere (the view picks up the pending scroll request for its document).
 */
export function openDocumentAt(projectId: string, currentDocumentId: string, documentId: string, offset: number): void {
  useCoding.getState().scrollTo(documentId, offset);
  if (documentId !== currentDocumentId) window.location.hash = codingHash(projectId, documentId);
}
