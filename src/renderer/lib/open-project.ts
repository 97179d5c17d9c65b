/**
 * Opening a `.werkbank` file as a project, whether the user picked it on the start screen or the
 * operating system handed it over (a double-click): the whole file is checked first, a bad one
 * gets a message naming it and stores nothing, a good one becomes a project and opens.
 */
import { translate } from '../../shared/i18n';
import { parseProjectFile } from '../../shared/project/file-format';
import type { PickedFile } from '../platform/platform';
import { platform, repository } from '../services';
import { useUi } from '../state/ui-store';
import { notify, reportError } from './report';

export async function openProjectFile(file: PickedFile): Promise<void> {
  const ui = useUi.getState();
  const result = parseProjectFile(file.name, file.bytes);
  if (!result.ok) {
    ui.pushToast({ kind: 'error', text: translate(ui.language, result.error.key, { file: file.name, ...result.error.params }) });
    return;
  }
  const project = await repository().addSnapshot(result.snapshot);
  notify('app.start.opened', { name: project.name, file: file.name });
  ui.navigate({ kind: 'project', projectId: project.id });
}

/** Opens every project file the operating system is waiting to hand over (desktop only). */
export async function openFilesFromSystem(): Promise<void> {
  if (!platform.takeOpenedProjectFile) return;
  // Bounded: a bridge that keeps failing must not spin; files left over wait for the next signal.
  for (let i = 0; i < 20; i++) {
    let file: PickedFile | null;
    try {
      file = await platform.takeOpenedProjectFile();
    } catch (error) {
      reportError(error, 'app.error.openProject');
      continue;
    }
    if (!file) return;
    try {
      await openProjectFile(file);
    } catch (error) {
      reportError(error, 'app.error.openProject');
    }
  }
}
