import { useEffect, useId, useState } from 'react';
import type { Code, CodebookOrigin, Id, ProjectSnapshot } from '../../../shared/model/types';
import { parseQdc, qdcToProjectCodes, type QdcCode } from '../../../shared/refi/qdc';
import { applyCodebook, predefinedCodebookCodes, projectCodebookCodes } from '../../../shared/codebook/commands';
import type { ChangeSet } from '../../../shared/model/changes';
import { codebookTree } from '../../../shared/codebook/registry';
import { parseProjectFile } from '../../../shared/project/file-format';
import { newId, nowIso } from '../../../shared/util/ids';
import { translate } from '../../../shared/i18n';
import type { ProjectSummary } from '../../data/repository';
import { platform, repository } from '../../services';
import { useLanguage, useT } from '../../i18n';
import { levelCounts, PREDEFINED_CODEBOOKS } from '../../lib/codebook-ui';
import { reportError } from '../../lib/report';

/** Where a project's codebook comes from, once fully chosen (files read, project loaded). */
export type CodebookSource =
  | { kind: 'empty' }
  | { kind: 'predefined'; codebookId: string }
  | { kind: 'qdc'; fileName: string; codes: QdcCode[] }
  | { kind: 'project'; snapshot: ProjectSnapshot; fileName?: string };

/** Turns the chosen source into fresh project codes (new ids for `projectId`) and the origin to remember. */
export function sourceCodes(
  source: CodebookSource,
  ctx: { projectId: Id; coder?: string },
): { codes: Code[]; origin: CodebookOrigin } {
  switch (source.kind) {
    case 'empty':
      return { codes: [], origin: { kind: 'empty' } };
    case 'predefined':
      return predefinedCodebookCodes(source.codebookId, ctx);
    case 'qdc':
      return {
        codes: qdcToProjectCodes(source.codes, { projectId: ctx.projectId, now: nowIso(), newId: () => newId() }),
        origin: { kind: 'qdc', fileName: source.fileName },
      };
    case 'project':
      return projectCodebookCodes(source.snapshot, { ...ctx, fileName: source.fileName });
  }
}

/** The change set (one undo step) that gives the project its own copy of the chosen codebook. */
export function applyCodebookSource(snapshot: ProjectSnapshot, source: CodebookSource, coder?: string): ChangeSet {
  const ctx = { projectId: snapshot.project.id, coder: coder ?? snapshot.project.settings.coderName };
  const { codes, origin } = sourceCodes(source, ctx);
  return applyCodebook(snapshot, { codes }, origin, ctx);
}

type Mode = CodebookSource['kind'];

interface PickerProps {
  /** Called with the complete choice, or null while it is incomplete (no file or project picked yet). */
  onChange: (source: CodebookSource | null) => void;
  /** The current project, left out of the list of other projects. */
  excludeProjectId?: Id;
  /** Offer "empty" (the new-project dialog does; adding codes does not). */
  allowEmpty?: boolean;
  /** Show "nothing chosen yet" errors (after a submit attempt). */
  showIncomplete?: boolean;
}

/**
 * Choosing a codebook: empty, one of the predefined codebooks (with source and a preview), a
 * REFI-QDA `.qdc` file, or the codebook of another Werkbank project (local or a `.werkbank` file).
 */
export function CodebookSourcePicker({ onChange, excludeProjectId, allowEmpty = true, showIncomplete }: PickerProps) {
  const t = useT();
  const lang = useLanguage();
  const name = useId();
  const [mode, setMode] = useState<Mode>(allowEmpty ? 'empty' : 'predefined');
  const [codebookId, setCodebookId] = useState<string>(PREDEFINED_CODEBOOKS[0]?.id ?? '');
  const [qdc, setQdc] = useState<{ fileName: string; codes: QdcCode[] } | null>(null);
  const [qdcError, setQdcError] = useState<string | null>(null);
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [projectChoice, setProjectChoice] = useState<{ snapshot: ProjectSnapshot; fileName?: string } | null>(null);
  const [projectError, setProjectError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    repository()
      .listProjects()
      .then((list) => {
        if (!cancelled) setProjects(list.filter((p) => p.project.id !== excludeProjectId).sort((a, b) => a.project.name.localeCompare(b.project.name)));
      })
      .catch((error) => reportError(error, 'app.error.loadProjects'));
    return () => {
      cancelled = true;
    };
  }, [excludeProjectId]);

  // Report the complete choice upwards whenever it changes.
  useEffect(() => {
    switch (mode) {
      case 'empty':
        onChange({ kind: 'empty' });
        break;
      case 'predefined':
        onChange(codebookId ? { kind: 'predefined', codebookId } : null);
        break;
      case 'qdc':
        onChange(qdc ? { kind: 'qdc', ...qdc } : null);
        break;
      case 'project':
        onChange(projectChoice ? { kind: 'project', ...projectChoice } : null);
        break;
    }
  }, [mode, codebookId, qdc, projectChoice, onChange]);

  async function pickQdc() {
    try {
      const file = await platform.pickCodebookFile();
      if (!file) return;
      const result = parseQdc(file.name, file.bytes);
      if (!result.ok) {
        setQdc(null);
        setQdcError(translate(lang, result.error.key, { ...result.error.params, file: file.name }));
        return;
      }
      setQdcError(null);
      setQdc({ fileName: file.name, codes: result.codes });
    } catch (error) {
      reportError(error, 'app.error.import');
    }
  }

  async function chooseLocalProject(id: string) {
    setProjectError(null);
    if (!id) {
      setProjectChoice(null);
      return;
    }
    try {
      const snapshot = await repository().loadSnapshot(id);
      setProjectChoice({ snapshot });
    } catch (error) {
      reportError(error, 'app.error.loadProjects');
    }
  }

  async function pickProjectFile() {
    try {
      const file = await platform.pickProjectFile();
      if (!file) return;
      const result = parseProjectFile(file.name, file.bytes);
      if (!result.ok) {
        setProjectChoice(null);
        setProjectError(translate(lang, result.error.key, { file: file.name, ...result.error.params }));
        return;
      }
      setProjectError(null);
      setProjectChoice({ snapshot: result.snapshot, fileName: file.name });
    } catch (error) {
      reportError(error, 'app.error.openProject');
    }
  }

  const chosen = PREDEFINED_CODEBOOKS.find((cb) => cb.id === codebookId);
  const modes: Mode[] = allowEmpty ? ['empty', 'predefined', 'qdc', 'project'] : ['predefined', 'qdc', 'project'];

  return (
    <fieldset className="source-picker" data-testid="codebook-source">
      <legend>{t('app.codebookSource.legend')}</legend>
      <div className="source-modes" role="radiogroup">
        {modes.map((m) => (
          <label key={m} className={mode === m ? 'source-mode selected' : 'source-mode'}>
            <input type="radio" name={`${name}-mode`} checked={mode === m} onChange={() => setMode(m)} />
            <span>
              <strong>{t(`app.codebookSource.${m}`)}</strong>
              <small>{t(`app.codebookSource.${m}Hint`)}</small>
            </span>
          </label>
        ))}
      </div>

      {mode === 'predefined' && (
        <div className="source-detail">
          <ul className="predefined-list" role="radiogroup" aria-label={t('app.codebookSource.predefined')}>
            {PREDEFINED_CODEBOOKS.map((cb) => (
              <li key={cb.id}>
                <label className={cb.id === codebookId ? 'predefined-item selected' : 'predefined-item'} data-testid="predefined-codebook" data-codebook={cb.id}>
                  <input type="radio" name={`${name}-cb`} checked={cb.id === codebookId} onChange={() => setCodebookId(cb.id)} />
                  <span>
                    <strong>{cb.title}</strong>
                    <small className="muted">
                      {levelCounts(cb)
                        .map((l) => t('app.codebookSource.levelCount', { count: l.count, level: l.label }))
                        .join(' · ')}
                    </small>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {chosen && (
            <div className="predefined-preview" data-testid="predefined-preview">
              <p className="citation">
                <span className="muted">{t('app.codebookSource.source')} </span>
                {chosen.source.document}
              </p>
              <p className="muted small">{chosen.description}</p>
              <p className="small">
                <strong>{t('app.codebookSource.topLevel')}</strong>{' '}
                {codebookTree(chosen)
                  .map((n) => n.code.label)
                  .join(' · ')}
              </p>
            </div>
          )}
        </div>
      )}

      {mode === 'qdc' && (
        <div className="source-detail">
          <div className="button-row">
            <button type="button" onClick={() => void pickQdc()} data-testid="pick-qdc">
              {t('app.codebookSource.pickQdc')}
            </button>
            {qdc && (
              <span data-testid="qdc-chosen">
                {t('app.codebookSource.qdcChosen', { file: qdc.fileName, count: countQdc(qdc.codes) })}
              </span>
            )}
          </div>
          {qdcError && (
            <p className="field-error" role="alert" data-testid="qdc-error">
              {qdcError}
            </p>
          )}
          {showIncomplete && !qdc && !qdcError && <p className="field-error">{t('app.codebookSource.qdcMissing')}</p>}
        </div>
      )}

      {mode === 'project' && (
        <div className="source-detail">
          <label className="field compact">
            <span>{t('app.codebookSource.localProject')}</span>
            <select
              data-testid="source-project"
              defaultValue=""
              onChange={(e) => void chooseLocalProject(e.target.value)}
              disabled={projects === null}
            >
              <option value="">{projects?.length === 0 ? t('app.codebookSource.noProjects') : t('app.codebookSource.chooseProject')}</option>
              {projects?.map((p) => (
                <option key={p.project.id} value={p.project.id}>
                  {p.project.name}
                </option>
              ))}
            </select>
          </label>
          <div className="button-row">
            <button type="button" onClick={() => void pickProjectFile()}>
              {t('app.codebookSource.pickProjectFile')}
            </button>
            {projectChoice && (
              <span data-testid="project-chosen">
                {t('app.codebookSource.projectChosen', { name: projectChoice.snapshot.project.name, count: projectChoice.snapshot.codes.length })}
              </span>
            )}
          </div>
          {projectError && (
            <p className="field-error" role="alert">
              {projectError}
            </p>
          )}
          {showIncomplete && !projectChoice && !projectError && <p className="field-error">{t('app.codebookSource.projectMissing')}</p>}
        </div>
      )}
    </fieldset>
  );
}

function countQdc(codes: QdcCode[]): number {
  const walk = (list: QdcCode[]): number => list.reduce((n, c) => n + 1 + walk(c.children), 0);
  return walk(codes);
}
