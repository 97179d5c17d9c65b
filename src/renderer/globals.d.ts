/** Set by the vite configs: which platform adapter the renderer uses. */
declare const __WERKBANK_PLATFORM__: 'electron' | 'browser';

interface Window {
  /** Present only in the Electron build (exposed by the preload script). */
  werkbank?: import('../preload/api').WerkbankBridge;
}
