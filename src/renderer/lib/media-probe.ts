/**
 * Checks in the browser whether a media file can be played, before it is linked: a media
 * element must read its metadata (and a positive duration) within the time limit. Resolves with
 * the duration in seconds; rejects with `MediaUnreadableError` otherwise.
 */
export class MediaUnreadableError extends Error {
  constructor(readonly fileName: string, detail: string) {
    super(detail);
    this.name = 'MediaUnreadableError';
  }
}

export function probeMedia(blob: Blob, fileName: string, mimeType: string, timeoutMs = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const element = document.createElement(mimeType.startsWith('video/') ? 'video' : 'audio');
    element.preload = 'metadata';
    element.muted = true;
    const url = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: mimeType }));
    let done = false;
    const finish = (ok: boolean, detail: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const duration = element.duration;
      element.removeAttribute('src');
      element.load();
      URL.revokeObjectURL(url);
      if (ok) resolve(duration);
      else reject(new MediaUnreadableError(fileName, detail));
    };
    const timer = setTimeout(() => finish(false, 'timeout'), timeoutMs);
    element.addEventListener('loadedmetadata', () => {
      const d = element.duration;
      if (Number.isFinite(d) ? d > 0 : d === Number.POSITIVE_INFINITY) finish(true, '');
      else finish(false, 'no duration');
    });
    element.addEventListener('error', () => finish(false, element.error?.message || `media error ${element.error?.code ?? ''}`.trim()));
    element.src = url;
  });
}
