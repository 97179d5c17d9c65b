import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';

export type { Platform, PickedFile, PickedMedia, ExportKind } from './platform';

/** Picks the adapter for this build; falls back to the browser one when the bridge is missing. */
export function createPlatform(): Platform {
  if (__WERKBANK_PLATFORM__ === 'electron' && typeof window !== 'undefined' && window.werkbank) {
    return createElectronPlatform(window.werkbank);
  }
  return createBrowserPlatform();
}

export const platform: Platform = createPlatform();
