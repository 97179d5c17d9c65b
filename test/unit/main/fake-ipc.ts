/** An `ipcMain` stand-in for handler tests, and an event as sent by the app's own top frame. */
import { vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

export function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)),
    invoke(channel: string, event: unknown, ...args: unknown[]) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, ...args);
    },
  };
}

export const fromApp = { senderFrame: { url: 'app://werkbank/index.html', parent: null }, sender: {} };
