/**
 * Inter-coder agreement between two coders (per code and overall: percent, Cohen's κ,
 * Krippendorff's α), the rule in force, CSV export, and a disagreement viewer that opens the
 * coding view at each disagreement with both coders' brackets shown.
 */
import { useMemo, useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { agreement, agreementRule, disagreements, type AgreementLevel, type AgreementOptions, type Disagreement } from '../../../shared/agreement/agreement';
import { agreementTable } from '../../../shared/agreement/table';
import { codersWithCodings } from '../../../shared/review/commands';
import { tableToCsv } from '../../../shared/analysis/table-export';
import { platform } from '../../services';
import { AgreementPickers } from './AgreementPickers';
import { useLanguage, useT } from '../../i18n';
import { useUi } from '../../state/ui-store';
import { useCoding } from '../../state/coding-store';
import { setBlindFor } from '../../state/blind';
import { exportFileName } from '../../lib/format';
import { notify, reportError } from '../../lib/report';

const CURSOR_KEY = 'werkbank.review.disagreement.';

function fmt(lang: string, value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Opens the coding view at a disagreement, showing both coders' codings. */
export function openDisagreement(projectId: string, d: Disagreement, coders: [string, string]) {
  const ui = useCoding.getState();
  // Comparing needs both coders' codings: the viewer turns blind coding off (and says so by the toggle).
  setBlindFor(projectId, false);
  ui.setCoderFilter({ kind: 'coders', coders: [...coders] });
  useUi.getState().navigate({ kind: 'coding', projectId, documentId: d.documentId });
  // The coding view resets highlights when it opens a document: mark the passage after that.
  window.setTimeout(() => {
    const s = useCoding.getState();
    s.scrollTo(d.documentId, d.start);
    s.setHighlights([{ start: d.start, end: d.end, kind: 'focus' }]);
  }, 150);
}

export function AgreementSection({ snapshot }: { snapshot: ProjectSnapshot }) {
  const t = useT();
  const lang = useLanguage();
  const projectId = snapshot.project.id;
  const coders = useMemo(() => codersWithCodings(snapshot), [snapshot]);
  const [a, setA] = useState(coders[0] ?? '');
  const [b, setB] = useState(coders[1] ?? '');
  const [level, setLevel] = useState<AgreementLevel>('character');
  // Uncoded text is left out by default: counting it inflates agreement (NVivo's known flaw).
  const [includeUncoded, setIncludeUncoded] = useState(false);
  const coderA = a || coders[0] || '';
  const coderB = b || coders.find((c) => c !== coderA) || '';
  const ready = coderA !== '' && coderB !== '' && coderA !== coderB;
  const options: AgreementOptions = useMemo(() => ({ coders: [coderA, coderB], level, includeUncoded }), [coderA, coderB, level, includeUncoded]);
  const result = useMemo(() => (ready ? agreement(snapshot, options) : null), [ready, snapshot, options]);
  const list = useMemo(() => (ready ? disagreements(snapshot, options) : []), [ready, snapshot, options]);
  const codesById = useMemo(() => new Map(snapshot.codes.map((c) => [c.id, c])), [snapshot.codes]);
  const docsById = useMemo(() => new Map(snapshot.documents.map((d) => [d.id, d])), [snapshot.documents]);
  const rules = agreementRule(options);
  const [cursor, setCursor] = useState(() => {
    const v = Number(sessionStorage.getItem(CURSOR_KEY + projectId));
    return Number.isInteger(v) ? v : -1;
  });

  const jump = (i: number) => {
    const d = list[i];
    if (!d) return;
    setCursor(i);
    sessionStorage.setItem(CURSOR_KEY + projectId, String(i));
    openDisagreement(projectId, d, [coderA, coderB]);
  };

  const rows = result
    ? result.perCode
        .filter((r) => r.both + r.onlyA + r.onlyB > 0)
        .map((r) => ({ ...r, label: codesById.get(r.codeId)?.label ?? r.codeId }))
        .sort((x, y) => x.label.localeCompare(y.label, 'nl'))
    : [];

  const exportCsv = async () => {
    if (!result) return;
    const table = agreementTable(snapshot, result, options, lang, 'numbers');
    const csv = tableToCsv(table.header, table.rows, { separator: lang === 'nl' ? ';' : ',' });
    try {
      const saved = await platform.saveFile(exportFileName(`${snapshot.project.name} overeenstemming ${coderA} ${coderB}`, 'csv'), new TextEncoder().encode(csv), 'csv');
      if (saved) notify('app.review.exported', { file: saved });
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  };

  return (
    <section className="review-agreement" aria-labelledby="review-agreement-title" data-testid="agreement">
      <h2 id="review-agreement-title">{t('app.review.agreementTitle')}</h2>
      <div className="review-filters">
        <AgreementPickers
          coders={coders}
          a={coderA}
          b={coderB}
          level={level}
          onA={setA}
          onB={setB}
          onLevel={setLevel}
          testIds={{ a: 'agreement-coder-a', b: 'agreement-coder-b', level: 'agreement-level' }}
        />
        <label className="cv-toggle">
          <input type="checkbox" checked={includeUncoded} onChange={(e) => setIncludeUncoded(e.target.checked)} data-testid="agreement-uncoded" />
          {t('app.review.includeUncoded')}
        </label>
        <button type="button" onClick={() => void exportCsv()} disabled={!result} data-testid="agreement-export">
          {t('app.review.exportCsv')}
        </button>
      </div>
      <ul className="review-rules muted small" data-testid="agreement-rule">
        {rules.map((r) => (
          <li key={r.key}>{t(r.key, r.params)}</li>
        ))}
      </ul>
      {!ready ? (
        <p className="muted" data-testid="agreement-none">
          {t('app.review.needTwoCoders')}
        </p>
      ) : (
        result && (
          <table className="review-table" data-testid="agreement-table">
            <thead>
              <tr>
                <th>{t('app.review.colCode')}</th>
                <th>{t('app.review.colPercent')}</th>
                <th>κ</th>
                <th>α</th>
                <th>n</th>
                <th>{t('app.review.colOnlyA', { coder: coderA })}</th>
                <th>{t('app.review.colOnlyB', { coder: coderB })}</th>
                <th>{t('app.review.colBoth')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.codeId} data-testid="agreement-row" data-label={r.label}>
                  <td>{r.label}</td>
                  <td data-testid="ag-percent">{fmt(lang, r.percent * 100, 1)}%</td>
                  <td data-testid="ag-kappa">{fmt(lang, r.kappa, 2)}</td>
                  <td data-testid="ag-alpha">{fmt(lang, r.alpha, 2)}</td>
                  <td data-testid="ag-n">{r.n}</td>
                  <td data-testid="ag-onlyA">{r.onlyA}</td>
                  <td data-testid="ag-onlyB">{r.onlyB}</td>
                  <td data-testid="ag-both">{r.both}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="agreement-overall">
                <th>{t('app.review.overall')}</th>
                <td>{fmt(lang, result.overall.percent * 100, 1)}%</td>
                <td>{fmt(lang, result.overall.kappa, 2)}</td>
                <td>{fmt(lang, result.overall.alpha, 2)}</td>
                <td>{result.overall.n}</td>
                <td colSpan={3} />
              </tr>
            </tfoot>
          </table>
        )
      )}
      {ready && (
        <div className="review-disagreements">
          <h3>
            {t('app.review.disagreements', { count: list.length })}{' '}
            <button type="button" className="primary" disabled={list.length === 0} onClick={() => jump((cursor + 1) % Math.max(1, list.length))} data-testid="disagreement-next">
              {t('app.review.nextDisagreement')}
            </button>
          </h3>
          <ol className="review-disagreement-list">
            {list.map((d, i) => (
              <li key={`${d.documentId}:${d.codeId}:${d.start}:${d.kind}:${d.coder}`} className={i === cursor ? 'current' : undefined} data-testid="disagreement" data-kind={d.kind}>
                <button type="button" className="link" onClick={() => jump(i)}>
                  <span className="swatch" style={{ background: codesById.get(d.codeId)?.color ?? '#888' }} aria-hidden="true" />
                  {codesById.get(d.codeId)?.label ?? d.codeId} · {docsById.get(d.documentId)?.name ?? d.documentId} · {t(`app.review.kind.${d.kind}`, { coder: d.coder })}
                </button>
                <span className="muted small"> “{(docsById.get(d.documentId)?.text.slice(d.start, d.end) ?? '').slice(0, 90)}”</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
