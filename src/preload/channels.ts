/**
 * Every IPC channel between the preload and the main process, in one place. The preload and
 * src/main/ipc both import this module, so a channel name cannot drift between the two sides.
 * Pure constants: no Electron or Node imports (the sandboxed preload bundles it).
 */
import type { ExportKind, MenuCommand } from './api';

export const IPC = {
  dialogs: {
    openTranscripts: 'dialogs:open-transcripts',
    openProject: 'dialogs:open-project',
    saveProject: 'dialogs:save-project',
    /** Save dialog for an export (Word appendix, CSV, REFI-QDA …) of the kind's file type. */
    saveExport: 'dialogs:save-export',
    /** Open dialog for a REFI-QDA codebook (`.qdc`). */
    openCodebook: 'dialogs:open-codebook',
    /** Open dialog for a REFI-QDA project (`.qdpx`) to import. */
    openExchange: 'dialogs:open-exchange',
  },
  files: {
    /** Opens a file saved by this app in this session with the system's default program. */
    openSaved: 'files:open-saved',
    /** The next project file the operating system asked to open (double-click), or null. */
    takeOpened: 'files:take-opened',
    /** main → renderer: a project file is waiting to be taken (no payload). */
    opened: 'files:opened',
  },
  backups: {
    write: 'backups:write',
    list: 'backups:list',
    read: 'backups:read',
  },
  menu: {
    setLanguage: 'menu:set-language',
    /** main → renderer: a custom menu item was chosen; the payload is one MenuCommand. */
    command: 'menu:command',
  },
} as const;

/**
 * The main process passes the app version to the sandboxed preload (which cannot ask `app`) as
 * `--werkbank-version=x.y.z` through webPreferences.additionalArguments.
 */
export const VERSION_ARG_PREFIX = '--werkbank-version=';

type Values<T> = T extends Record<string, infer V> ? V : never;
/** Every renderer → main `invoke` channel. */
export type InvokeChannel = Exclude<Values<Values<typeof IPC>>, typeof IPC.menu.command | typeof IPC.files.opened>;

const MENU_COMMAND_SET = {
  'project:new': true,
  'project:open': true,
  'project:save-as': true,
  'project:import-qdpx': true,
  'project:export-qdpx': true,
  'project:close': true,
  'documents:import': true,
  'edit:undo': true,
  'edit:redo': true,
  'backups:show': true,
  'view:language-nl': true,
  'view:language-en': true,
} satisfies Record<MenuCommand, true>;

const EXPORT_KIND_SET = {
  docx: true,
  csv: true,
  qdc: true,
  pdf: true,
  xlsx: true,
  qdpx: true,
  png: true,
  svg: true,
} satisfies Record<ExportKind, true>;

/** Every file type the generic export save accepts (kept exhaustive against `ExportKind`). */
export const EXPORT_KINDS = Object.keys(EXPORT_KIND_SET) as ExportKind[];

export function isExportKind(value: unknown): value is ExportKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXPORT_KIND_SET, value);
}

/** All menu commands (kept exhaustive against the `MenuCommand` union by `satisfies`). */
export const MENU_COMMANDS = Object.keys(MENU_COMMAND_SET) as MenuCommand[];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MENU_COMMAND_SET, value);
}
