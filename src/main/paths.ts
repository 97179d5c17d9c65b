import { isAbsolute, relative, sep } from 'node:path';

/** The extension of a Werkbank project file (also the OS file association). */
export const PROJECT_EXTENSION = 'werkbank';

/** True when `target` is strictly inside `root` (both absolute and normalised or real paths). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** True when `text` contains a C0 control character (including NUL) or DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Replaces control characters by spaces. */
export function stripControlCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 || code === 0x7f ? ' ' : ch;
  }
  return out;
}
