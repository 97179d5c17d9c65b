/**
 * Remembers the main window's size and position in `<userData>/window-state.json`. Invalid or
 * off-screen values fall back to the defaults, so a disconnected monitor never hides the window.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized?: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820 };

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.floor(v) === v;

export function parseWindowState(raw: unknown, workAreas: readonly Area[]): WindowState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const s = raw as Record<string, unknown>;
  if (!isInt(s.width) || !isInt(s.height) || s.width < 400 || s.height < 300 || s.width > 10000 || s.height > 10000) {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const state: WindowState = { width: s.width, height: s.height, maximized: s.maximized === true };
  if (isInt(s.x) && isInt(s.y)) {
    const { x, y } = s;
    // Keep the position only if the title bar area is visible on some display.
    const visible = workAreas.some(
      (a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y && y < a.y + a.height - 50,
    );
    if (visible) Object.assign(state, { x, y });
  }
  return state;
}

export function loadWindowState(file: string, workAreas: readonly Area[]): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')), workAreas);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Not worth failing a quit over.
  }
}
