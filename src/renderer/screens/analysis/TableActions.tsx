import { tableToCsv, tableToTsv } from '../../../shared/analysis';
import { useLanguage, useT } from '../../i18n';
import { platform } from '../../services';
import { exportFileName } from '../../lib/format';
import { notify, reportError } from '../../lib/report';
import { useUi } from '../../state/ui-store';

export interface TableData {
  header: string[];
  rows: string[][];
}

/** "Kopiëren" (tab-separated, pastes into a spreadsheet) and "CSV exporteren" for one table. */
export function TableActions({ table, fileStem, testId }: { table: TableData; fileStem: string; testId: string }) {
  const t = useT();
  const lang = useLanguage();
  const pushToast = useUi((s) => s.pushToast);

  async function copy() {
    const tsv = tableToTsv(table.header, table.rows);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(tsv);
      notify('app.analysis.copied', { rows: table.rows.length });
    } catch {
      pushToast({ kind: 'error', text: t('app.analysis.copyDenied') });
    }
  }

  async function exportCsv() {
    try {
      const csv = tableToCsv(table.header, table.rows, { separator: lang === 'nl' ? ';' : ',' });
      const bytes = new TextEncoder().encode(csv.startsWith('\ufeff') ? csv : `\ufeff${csv}`);
      const saved = await platform.saveFile(exportFileName(fileStem, 'csv'), bytes, 'csv');
      if (saved) notify('app.analysis.exported', { file: saved });
    } catch (error) {
      reportError(error, 'app.analysis.exportFailed');
    }
  }

  return (
    <div className="button-row table-actions">
      <button type="button" onClick={() => void copy()} data-testid={`${testId}-copy`}>
        {t('app.analysis.copy')}
      </button>
      <button type="button" onClick={() => void exportCsv()} data-testid={`${testId}-csv`}>
        {t('app.analysis.exportCsv')}
      </button>
    </div>
  );
}
