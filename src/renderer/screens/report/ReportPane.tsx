import { useMemo, useState } from 'react';
import type { Language, ProjectSnapshot } from '../../../shared/model/types';
import type { AgreementLevel } from '../../../shared/agreement/agreement';
import { mostActiveCoders } from '../../../shared/agreement/table';
import { codersWithCodings } from '../../../shared/review/commands';
import { DEFAULT_REPORT_OPTIONS, type ReportModel, type ReportOptions } from '../../../shared/report/model';
import { buildReportModel } from '../../../shared/report/report-model';
import { platform } from '../../services';
import { useLanguage, useT } from '../../i18n';
import { exportFileName } from '../../lib/format';
import { describeError, notify, reportError } from '../../lib/report';
import { loadPdfFonts } from '../../lib/fonts';
import { AgreementPickers } from '../review/AgreementPickers';
import { ReportPreview } from './ReportPreview';
import { SavedFile } from './SavedFile';

type Part = 'includeTitlePage' | 'includeMethod' | 'includeFrequencyTables' | 'includeCodeListAppendix' | 'includeStorylineAppendix';
const PARTS: Part[] = ['includeTitlePage', 'includeMethod', 'includeFrequencyTables', 'includeCodeListAppendix', 'includeStorylineAppendix'];

/** Options of the theme report, its live preview, and "save as Word / PDF". */
export function ReportPane({ snapshot }: { snapshot: ProjectSnapshot }) {
  const t = useT();
  const uiLang = useLanguage();
  const [lang, setLang] = useState<Language>(uiLang);
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState(snapshot.project.settings.coderName ?? '');
  const [parts, setParts] = useState<Record<Part, boolean>>(() => ({ ...DEFAULT_REPORT_OPTIONS }));
  const coders = useMemo(() => mostActiveCoders(snapshot), [snapshot]);
  const allCoders = useMemo(() => codersWithCodings(snapshot), [snapshot]);
  const [withAgreement, setWithAgreement] = useState(false);
  const [coderA, setCoderA] = useState('');
  const [coderB, setCoderB] = useState('');
  const [level, setLevel] = useState<AgreementLevel>('character');
  const a = coderA || coders[0] || '';
  const b = coderB || coders.find((c) => c !== a) || '';
  const agreementReady = a !== '' && b !== '' && a !== b;
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const options: ReportOptions = useMemo(
    () => ({
      lang,
      title: title.trim() || undefined,
      author: author.trim() || undefined,
      ...parts,
      // Uncoded text is left out, as in the review tab's default: it would inflate agreement.
      ...(withAgreement && agreementReady ? { agreement: { coders: [a, b] as [string, string], level, includeUncoded: false } } : {}),
    }),
    [lang, title, author, parts, withAgreement, agreementReady, a, b, level],
  );
  const built = useMemo((): { model: ReportModel } | { error: string } => {
    try {
      return { model: buildReportModel(snapshot, options) };
    } catch (error) {
      console.error(error);
      return { error: describeError(uiLang, error) };
    }
  }, [snapshot, options, uiLang]);

  async function save(kind: 'docx' | 'pdf') {
    if (!('model' in built)) return;
    setBusy(kind);
    setSaved(null);
    try {
      let bytes: Uint8Array;
      if (kind === 'docx') {
        // The writers are large: load them only when someone saves.
        const { buildReportDocx } = await import('../../../shared/report/docx-report');
        bytes = await buildReportDocx(built.model);
      } else {
        const [{ buildReportPdf }, fonts] = await Promise.all([import('../../../shared/report/pdf-report'), loadPdfFonts()]);
        bytes = await buildReportPdf(built.model, fonts);
      }
      const stem = t('app.report.fileStem', { name: snapshot.project.name });
      const path = await platform.saveFile(exportFileName(stem, kind), bytes, kind);
      if (path) {
        notify('app.report.saved', { file: path });
        if (platform.openSavedFile) setSaved(path);
      }
    } catch (error) {
      reportError(error, kind === 'docx' ? 'app.report.errorDocx' : 'app.report.errorPdf');
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="report-layout">
      <aside className="report-options" aria-label={t('app.report.options')}>
        <h2>{t('app.report.optionsTitle')}</h2>
        <label className="report-field">
          <span>{t('app.report.title')}</span>
          <input
            type="text"
            value={title}
            placeholder={snapshot.project.name}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="report-title"
          />
        </label>
        <label className="report-field">
          <span>{t('app.report.author')}</span>
          <input type="text" value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="report-author" />
        </label>
        <fieldset className="report-fieldset">
          <legend>{t('app.report.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <label key={l} className="checkbox">
              <input type="radio" name="report-lang" checked={lang === l} onChange={() => setLang(l)} data-testid={`report-lang-${l}`} />
              {t(`app.language.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="report-fieldset">
          <legend>{t('app.report.parts')}</legend>
          <p className="hint">{t('app.report.partsHint')}</p>
          {PARTS.map((part) => (
            <label key={part} className="checkbox">
              <input
                type="checkbox"
                checked={parts[part]}
                onChange={(e) => setParts((prev) => ({ ...prev, [part]: e.target.checked }))}
                data-testid={`report-part-${part}`}
              />
              {t(`app.report.part.${part}`)}
            </label>
          ))}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={withAgreement && agreementReady}
              disabled={!agreementReady}
              onChange={(e) => setWithAgreement(e.target.checked)}
              data-testid="report-part-agreement"
            />
            {t('app.report.part.agreement')}
          </label>
          {!agreementReady && <p className="hint">{t('app.report.agreementNeedsCoders')}</p>}
          {withAgreement && agreementReady && (
            <div className="report-agreement-options">
              <AgreementPickers
                coders={allCoders}
                a={a}
                b={b}
                level={level}
                onA={setCoderA}
                onB={setCoderB}
                onLevel={setLevel}
                testIds={{ a: 'report-agreement-a', b: 'report-agreement-b', level: 'report-agreement-level' }}
              />
            </div>
          )}
        </fieldset>
        <div className="report-actions">
          <button type="button" className="primary" onClick={() => void save('docx')} disabled={busy !== null || !('model' in built)} data-testid="report-save-docx">
            {busy === 'docx' ? t('app.report.saving') : t('app.report.saveDocx')}
          </button>
          <button type="button" onClick={() => void save('pdf')} disabled={busy !== null || !('model' in built)} data-testid="report-save-pdf">
            {busy === 'pdf' ? t('app.report.saving') : t('app.report.savePdf')}
          </button>
        </div>
        {saved && <SavedFile path={saved} onDismiss={() => setSaved(null)} />}
        <p className="hint">{t('app.report.namesHint', { count: snapshot.project.pseudonyms?.filter((r) => r.name.trim()).length ?? 0 })}</p>
      </aside>
      <div className="report-preview-wrap">
        <p className="report-preview-label muted small" id="report-preview-label">
          {t('app.report.previewLabel')}
        </p>
        {'model' in built ? (
          <ReportPreview model={built.model} projectId={snapshot.project.id} />
        ) : (
          <div className="report-error" role="alert" data-testid="report-error">
            <strong>{t('app.report.previewFailed')}</strong>
            <p>{built.error}</p>
          </div>
        )}
      </div>
    </div>
  );
}
