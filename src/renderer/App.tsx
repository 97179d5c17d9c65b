import { useEffect } from 'react';
import { useUi } from './state/ui-store';
import { platform } from './services';
import { reportError } from './lib/report';
import { openFilesFromSystem } from './lib/open-project';
import { StartScreen } from './screens/StartScreen';
import { ProjectScreen } from './screens/ProjectScreen';
import { Toasts } from './components/Toasts';
import { useT } from './i18n';

export function App() {
  const t = useT();
  const route = useUi((s) => s.route);
  const language = useUi((s) => s.language);

  useEffect(() => {
    const sync = () => useUi.getState().syncRouteFromHash();
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
    platform.setLanguage(language).catch((error) => reportError(error));
  }, [language, t]);

  // Unexpected errors anywhere still reach the user as a message, not a silent console line.
  useEffect(() => {
    const onError = (e: ErrorEvent) => reportError(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => reportError(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);

  // A double-clicked .werkbank file (desktop): the one that started the app, and any later one.
  useEffect(() => {
    void openFilesFromSystem();
    return platform.onProjectFileOpened?.(() => void openFilesFromSystem());
  }, []);

  // Files dropped outside the drop zone must not make the browser navigate away from the app.
  useEffect(() => {
    const prevent = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', prevent);
    window.addEventListener('drop', prevent);
    return () => {
      window.removeEventListener('dragover', prevent);
      window.removeEventListener('drop', prevent);
    };
  }, []);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      {route.kind === 'start' ? (
        <StartScreen />
      ) : (
        <ProjectScreen
          key={route.projectId}
          projectId={route.projectId}
          documentId={route.kind === 'document' || route.kind === 'coding' ? route.documentId : undefined}
          view={route.kind === 'codebook' ? 'codebook' : route.kind === 'coding' ? 'coding' : 'documents'}
        />
      )}
      <Toasts />
    </>
  );
}
