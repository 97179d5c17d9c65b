import { useCallback, useState } from 'react';
import { CodebookSourcePicker, type CodebookSource } from './codebook/CodebookSourcePicker';
import type { Language } from '../../shared/model/types';
import { LANGUAGES } from '../../shared/i18n';
import { Modal } from '../components/Modal';
import { useLanguage, useT } from '../i18n';

export interface NewProjectInput {
  name: string;
  description: string;
  coderName: string;
  language: Language;
  codebook: CodebookSource;
}

const CODER_KEY = 'werkbank.coderName';

/** The coder name last entered on this computer ('' when none); the default for new projects. */
export function storedCoderName(): string {
  try {
    return localStorage.getItem(CODER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function NewProjectDialog({ onCreate, onCancel }: { onCreate: (input: NewProjectInput) => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const uiLanguage = useLanguage();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [coderName, setCoderName] = useState(storedCoderName);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [codebook, setCodebook] = useState<CodebookSource | null>({ kind: 'empty' });
  const onCodebook = useCallback((source: CodebookSource | null) => setCodebook(source), []);
  const nameMissing = name.trim() === '';
  const coderMissing = coderName.trim() === '';

  return (
    <Modal title={t('app.newProject.title')} onClose={onCancel} testId="new-project-dialog" wide>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setSubmitted(true);
          if (nameMissing || coderMissing || !codebook || busy) return;
          setBusy(true);
          try {
            localStorage.setItem(CODER_KEY, coderName.trim());
            await onCreate({ name: name.trim(), description: description.trim(), coderName: coderName.trim(), language, codebook });
          } finally {
            setBusy(false);
          }
        }}
      >
        <p className="hint">{t('app.newProject.intro')}</p>
        <label className="field">
          <span>{t('app.newProject.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus placeholder={t('app.newProject.namePlaceholder')} aria-invalid={submitted && nameMissing} />
        </label>
        {submitted && nameMissing && <p className="field-error">{t('app.validation.required', { field: t('app.newProject.name') })}</p>}
        <label className="field">
          <span>{t('app.newProject.description')}</span>
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} placeholder={t('app.newProject.descriptionPlaceholder')} />
        </label>
        <label className="field">
          <span>{t('app.newProject.coder')}</span>
          <input value={coderName} onChange={(e) => setCoderName(e.target.value)} aria-invalid={submitted && coderMissing} />
          <small className="hint">{t('app.newProject.coderHint')}</small>
        </label>
        {submitted && coderMissing && <p className="field-error">{t('app.validation.required', { field: t('app.newProject.coder') })}</p>}
        <label className="field">
          <span>{t('app.newProject.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`app.language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <CodebookSourcePicker onChange={onCodebook} showIncomplete={submitted} />
        <div className="modal-footer inline">
          <button type="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('app.newProject.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
