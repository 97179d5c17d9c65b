import { useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/model/types';
import type { ProjectData } from '../../state/useProject';
import { useT } from '../../i18n';
import { ReportPane } from './ReportPane';
import { FragmentsExport } from './FragmentsExport';
import { PseudonymsPanel } from './PseudonymsPanel';
import './report.css';

type Pane = 'report' | 'fragments' | 'names';
const PANES: Pane[] = ['report', 'fragments', 'names'];

/**
 * The "Verslag" tab: everything that leaves Werkbank for a supervisor. The theme report (options,
 * live preview, Word/PDF), the coded-fragment export (CSV/XLSX/DOCX) and the list of names hidden
 * in all of them.
 */
export function ReportScreen({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const [pane, setPane] = useState<Pane>('report');
  const ruleCount = snapshot.project.pseudonyms?.filter((r) => r.name.trim()).length ?? 0;
  return (
    <section className="report-screen" data-testid="report-screen" aria-label={t('app.report.tab')}>
      <div className="report-panes" role="tablist" aria-label={t('app.report.panes')}>
        {PANES.map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            id={`report-pane-${p}`}
            aria-selected={pane === p}
            aria-controls="report-pane-body"
            className={pane === p ? 'report-pane-tab selected' : 'report-pane-tab'}
            onClick={() => setPane(p)}
            data-testid={`report-pane-${p}`}
          >
            {t(`app.report.pane.${p}`)}
            {p === 'names' && <span className="tab-count">{ruleCount}</span>}
          </button>
        ))}
      </div>
      <div id="report-pane-body" role="tabpanel" aria-labelledby={`report-pane-${pane}`} className="report-pane-body">
        {pane === 'report' ? (
          <ReportPane snapshot={snapshot} />
        ) : pane === 'fragments' ? (
          <FragmentsExport snapshot={snapshot} />
        ) : (
          <PseudonymsPanel data={data} snapshot={snapshot} />
        )}
      </div>
    </section>
  );
}
