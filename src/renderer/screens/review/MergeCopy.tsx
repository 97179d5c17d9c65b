/**
 * "Kopie samenvoegen…": reads a second coder's copy of the project (a `.werkbank` file), merges it
 * with `mergeProjects`, shows the report and, on confirmation, applies the entities the copy adds
 * as one undoable change set.
 */
import { useState } from 'react';
import type { ChangeSet } from '../../../shared/model/changes';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { parseProjectFile } from '../../../shared/project/file-format';
import { mergeChanges, mergeProjects, type MergeReport } from '../../../shared/project/merge';
import { translate } from '../../../shared/i18n';
import { platform, repository } from '../../services';
import { remapSnapshotIds } from '../../../shared/project/remap';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui-store';
import type { ProjectData } from '../../state/useProject';
import { Modal } from '../../components/Modal';
import { notify, reportError } from '../../lib/report';

interface Pending {
  fileName: string;
  report: MergeReport;
  set: ChangeSet;
}

export function MergeCopyButton({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const [pending, setPending] = useState<Pending | null>(null);

  const pick = async () => {
    try {
      const file = await platform.pickProjectFile();
      if (!file) return;
      const parsed = parseProjectFile(file.name, file.bytes);
      if (!parsed.ok) {
        useUi.getState().pushToast({ kind: 'error', text: translate(useUi.getState().language, parsed.error.key, { file: file.name, ...parsed.error.params }) });
        return;
      }
      const base = data.latest() ?? snapshot;
      // A copy opened in this browser was stored under new ids; the merge then matches by content.
      const copy = (await repository().usesIdsOfOtherProjects(base.project.id, parsed.snapshot)) ? remapSnapshotIds(parsed.snapshot) : parsed.snapshot;
      const { snapshot: merged, report } = mergeProjects(base, copy);
      setPending({ fileName: file.name, report, set: mergeChanges(base, merged, file.name) });
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const { set } = pending;
    setPending(null);
    if (set.changes.length === 0) return;
    try {
      await data.apply(set);
      notify('app.review.merged', { count: set.changes.length });
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  };

  return (
    <>
      <button type="button" onClick={() => void pick()} data-testid="merge-copy">
        {t('app.review.mergeCopy')}
      </button>
      {pending && (
        <Modal
          title={t('app.review.mergeReportTitle', { file: pending.fileName })}
          onClose={() => setPending(null)}
          testId="merge-report"
          footer={
            <>
              <button type="button" onClick={() => setPending(null)}>
                {t('app.review.cancel')}
              </button>
              <button type="button" className="primary" onClick={() => void confirm()} disabled={pending.set.changes.length === 0} data-testid="merge-confirm">
                {t('app.review.mergeConfirm')}
              </button>
            </>
          }
        >
          <ul>
            <li>{t('app.review.mergeCodings', { count: pending.report.addedCodings })}</li>
            <li>{t('app.review.mergeMemos', { count: pending.report.addedMemos })}</li>
            <li>{t('app.review.mergeReviews', { count: pending.report.addedReviews })}</li>
            <li>{t('app.review.mergeCodes', { count: pending.report.addedCodes })}</li>
            <li>{t('app.review.mergeDocuments', { count: pending.report.addedDocuments })}</li>
          </ul>
          {pending.report.conflicts.length > 0 && (
            <>
              <p>{t('app.review.mergeConflicts', { count: pending.report.conflicts.length })}</p>
              <ul className="small">
                {pending.report.conflicts.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </>
          )}
        </Modal>
      )}
    </>
  );
}
