/**
 * The one place IPC handlers are registered. Every handler declares the types of its arguments;
 * before a handler runs, `registerHandlers` checks that
 *   1. the message comes from the app's own main frame (app://werkbank, or the dev server in
 *      development) — not from an iframe, a foreign page or a navigated-away window, and
 *   2. the arguments have exactly the declared types (strings, byte arrays, languages), with
 *      length limits, and no extra arguments.
 * Anything else is rejected with an error, and the handler is never called.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Language } from '../../shared/model/types';
import { isLanguage } from '../../shared/i18n';
import type { InvokeChannel } from '../../preload/channels';
import { MAX_FILE_BYTES } from '../files';
import { isTrustedUrl } from '../origin';

export const MAX_STRING_LENGTH = 4096;

export type ArgKind = 'string' | 'optional-string' | 'bytes' | 'language';

type ArgValue<K extends ArgKind> = K extends 'string'
  ? string
  : K extends 'optional-string'
    ? string | undefined
    : K extends 'bytes'
      ? Uint8Array
      : K extends 'language'
        ? Language
        : never;

type ArgValues<A extends readonly ArgKind[]> = { [I in keyof A]: A[I] extends ArgKind ? ArgValue<A[I]> : never };

export interface HandlerSpec<A extends readonly ArgKind[] = readonly ArgKind[]> {
  args: A;
  handle(event: IpcMainInvokeEvent, ...args: ArgValues<A>): unknown;
}

export type HandlerMap = Partial<Record<InvokeChannel, HandlerSpec>>;

/** Declares a handler with typed arguments (the kinds are checked at runtime by registerHandlers). */
export function defineHandler<const A extends readonly ArgKind[]>(
  args: A,
  handle: (event: IpcMainInvokeEvent, ...args: ArgValues<A>) => unknown,
): HandlerSpec {
  return { args, handle } as unknown as HandlerSpec;
}

export class IpcValidationError extends Error {
  override name = 'IpcValidationError';
}

function checkArg(kind: ArgKind, value: unknown, index: number, channel: string): void {
  const fail = (what: string): never => {
    throw new IpcValidationError(`${channel}: argument ${index + 1} must be ${what}`);
  };
  switch (kind) {
    case 'optional-string':
    case 'string':
      if (kind === 'optional-string' && value === undefined) return;
      if (typeof value !== 'string') fail('a string');
      if ((value as string).length > MAX_STRING_LENGTH) fail(`at most ${MAX_STRING_LENGTH} characters`);
      return;
    case 'bytes':
      if (!(value instanceof Uint8Array)) fail('a Uint8Array');
      if ((value as Uint8Array).byteLength > MAX_FILE_BYTES) fail(`at most ${MAX_FILE_BYTES} bytes`);
      return;
    case 'language':
      if (!isLanguage(value)) fail('"nl" or "en"');
      return;
  }
}

export function validateArgs(channel: string, kinds: readonly ArgKind[], args: readonly unknown[]): void {
  if (args.length > kinds.length) {
    throw new IpcValidationError(`${channel}: expected at most ${kinds.length} argument(s), got ${args.length}`);
  }
  kinds.forEach((kind, i) => checkArg(kind, args[i], i, channel));
}

/** True when the invoking frame is the app's own top-level document. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed
  if (frame.parent !== null) return false; // iframes never get the bridge's powers
  return isTrustedUrl(frame.url, devUrl);
}

export interface RegisterOptions {
  /** The dev server URL in development (see origin.devServerUrl); undefined in production. */
  devUrl?: string;
}

export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerMap,
  options: RegisterOptions = {},
): void {
  for (const [channel, spec] of Object.entries(handlers) as [InvokeChannel, HandlerSpec][]) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, options.devUrl)) {
        throw new IpcValidationError(`${channel}: refused, the sender is not the Werkbank app`);
      }
      validateArgs(channel, spec.args, args);
      return (spec.handle as (event: IpcMainInvokeEvent, ...rest: unknown[]) => unknown)(event, ...args);
    });
  }
}
