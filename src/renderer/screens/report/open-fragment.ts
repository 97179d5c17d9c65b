import type { QuoteSource } from '../../../shared/report/model';
import { useCoding } from '../../state/coding-store';
import { useUi } from '../../state/ui-store';

/**
 * Opens a quoted fragment in its transcript: the coding view of its document, scrolled to the
 * fragment, with its coding picked. The coding view clears the picked coding when it opens, so
 * the coding is picked again once the transcript is on screen.
 */
export function openFragment(projectId: string, source: QuoteSource): void {
  useCoding.getState().scrollTo(source.documentId, source.start);
  useUi.getState().navigate({ kind: 'coding', projectId, documentId: source.documentId });
  let tries = 0;
  const pick = () => {
    if (document.querySelector('[data-testid="cv-transcript"]')) {
      window.setTimeout(() => {
        useCoding.getState().setActiveCoding(source.codingId);
        useCoding.getState().scrollTo(source.documentId, source.start);
      }, 30);
    } else if (++tries < 100) window.setTimeout(pick, 30);
  };
  window.setTimeout(pick, 0);
}
