/**
 * Pure helpers for the media player of the coding view (no React, no DOM): which turn is playing,
 * playback speeds, keyboard shortcuts and media file types. Unit-tested in test/unit/renderer.
 */
import type { SpeakerTurn } from '../../shared/model/types';

/** Extensions the media picker offers, with the MIME type assumed when the system gives none. */
export const MEDIA_TYPES: Record<string, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  webm: 'video/webm',
  mp4: 'video/mp4',
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The MIME type to record for a picked file: the reported one, else one guessed from the name. */
export function mediaMimeType(fileName: string, reported: string): string {
  if (reported && /^(audio|video)\//.test(reported)) return reported;
  return MEDIA_TYPES[extensionOf(fileName)] ?? (reported || 'application/octet-stream');
}

/** True when the file's name or type says audio/video Werkbank can try to play. */
export function isMediaFile(fileName: string, reported: string): boolean {
  return extensionOf(fileName) in MEDIA_TYPES || /^(audio|video)\//.test(reported);
}

/** Playback speeds offered (slower/faster steps through these). */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const SKIP_SECONDS = 5;

/** The next speed step from `rate` (direction +1 faster, -1 slower), clamped to 0.5–2. */
export function stepRate(rate: number, direction: 1 | -1): number {
  if (direction > 0) return PLAYBACK_RATES.find((r) => r > rate + 1e-9) ?? PLAYBACK_RATES[PLAYBACK_RATES.length - 1];
  return [...PLAYBACK_RATES].reverse().find((r) => r < rate - 1e-9) ?? PLAYBACK_RATES[0];
}

/** Keeps a time inside [0, duration] (duration 0 or NaN: only the lower bound). */
export function clampTime(seconds: number, duration: number): number {
  const s = Math.max(0, Number.isFinite(seconds) ? seconds : 0);
  return Number.isFinite(duration) && duration > 0 ? Math.min(s, duration) : s;
}

/** "1:05.4" style clock for the player (minutes:seconds, hours when needed). */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Number.isFinite(seconds) ? seconds : 0);
  const tenths = Math.floor(total * 10) % 10;
  const whole = Math.floor(total);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}.${tenths}` : `${m}:${ss}.${tenths}`;
}

export interface TimedTurn {
  index: number;
  start: number;
  end: number;
}

/**
 * The turns that have a start time, sorted by it, each with its end: its own `endTime`, or else
 * the next timed turn's start (the last one without `endTime` runs on to the end).
 */
export function timedTurns(turns: readonly Pick<SpeakerTurn, 'startTime' | 'endTime'>[]): TimedTurn[] {
  const timed = turns
    .map((t, index) => ({ index, start: t.startTime, endTime: t.endTime }))
    .filter((t): t is { index: number; start: number; endTime: number | undefined } => typeof t.start === 'number' && Number.isFinite(t.start))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  return timed.map((t, k) => {
    const next = timed[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    const end = typeof t.endTime === 'number' && Number.isFinite(t.endTime) && t.endTime > t.start ? t.endTime : next;
    return { index: t.index, start: t.start, end };
  });
}

/** Index (into the document's turns) of the turn playing at `seconds`, or -1 (before, between, after). */
export function turnAtTime(timed: readonly TimedTurn[], seconds: number): number {
  let lo = 0;
  let hi = timed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timed[mid].start <= seconds) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0) return -1;
  return seconds < timed[k].end ? timed[k].index : -1;
}

export type MediaCommand = 'toggle' | 'back' | 'forward' | 'slower' | 'faster';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Transcription-style shortcuts: Ctrl/Cmd+Space or F4 play/pause, Ctrl/Cmd+←/→ skip 5 s,
 * Ctrl/Cmd+Shift+↓/↑ slower/faster. Null for any other key.
 */
export function mediaShortcut(e: KeyLike): MediaCommand | null {
  if (e.altKey) return null;
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'F4' && !mod && !e.shiftKey) return 'toggle';
  if (!mod) return null;
  if (!e.shiftKey && (e.key === ' ' || e.code === 'Space' || e.key === 'Spacebar')) return 'toggle';
  if (!e.shiftKey && e.key === 'ArrowLeft') return 'back';
  if (!e.shiftKey && e.key === 'ArrowRight') return 'forward';
  if (e.shiftKey && e.key === 'ArrowDown') return 'slower';
  if (e.shiftKey && e.key === 'ArrowUp') return 'faster';
  return null;
}

/** "Ctrl" on Windows/Linux, "⌘" on macOS, for the shortcut legend. */
export function modifierLabel(platformName: string): string {
  return /mac|iphone|ipad/i.test(platformName) ? '⌘' : 'Ctrl';
}
