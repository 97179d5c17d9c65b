/**
 * Blind coding is remembered per project on this machine, so a second coder who reloads or comes
 * back the next day does not suddenly see the first coder's codings.
 */
import { useCoding } from './coding-store';

const KEY = 'werkbank.blind.';

export function storedBlind(projectId: string): boolean {
  try {
    return localStorage.getItem(KEY + projectId) === '1';
  } catch {
    return false;
  }
}

/** Turns blind coding on or off for the project and remembers it. */
export function setBlindFor(projectId: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY + projectId, '1');
    else localStorage.removeItem(KEY + projectId);
  } catch {
    // Storage may be unavailable (private mode): blind coding still holds for this session.
  }
  useCoding.getState().setBlind(on);
}
