import { LANGUAGES } from '../../shared/i18n';
import { useUi } from '../state/ui-store';
import { useT } from '../i18n';

/** NL / EN toggle in the header; inside a project the choice is remembered for that project too. */
export function LanguageSwitch({ projectId }: { projectId?: string }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const setLanguage = useUi((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={language === lang}
          title={t(`app.language.${lang}`)}
          onClick={() => setLanguage(lang, projectId)}
          data-testid={`lang-${lang}`}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
