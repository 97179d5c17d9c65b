/**
 * The media bar above the transcript: links audio/video to the document, shows its waveform
 * (wavesurfer.js, loaded lazily), plays it, follows the playing turn and obeys seek requests from
 * the transcript's timestamps. Shortcuts (outside text fields): Ctrl/Cmd+Space or F4 play/pause,
 * Ctrl/Cmd+←/→ skip 5 s, Ctrl/Cmd+Shift+↓/↑ slower/faster.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type WaveSurfer from 'wavesurfer.js';
import { linkMedia } from '../../../../shared/project/commands';
import { useT } from '../../../i18n';
import { platform, repository } from '../../../services';
import { useCoding } from '../../../state/coding-store';
import { notify, reportError } from '../../../lib/report';
import {
  clampTime,
  formatClock,
  isMediaFile,
  mediaMimeType,
  mediaShortcut,
  modifierLabel,
  PLAYBACK_RATES,
  SKIP_SECONDS,
  stepRate,
  timedTurns,
  turnAtTime,
  type MediaCommand,
} from '../../../lib/media';
import { probeMedia } from '../../../lib/media-probe';
import { isEditableTarget, type PanelProps } from './types';

type Status = 'loading' | 'ready' | 'missing' | 'unreadable' | 'pathOnly';

export function MediaBar({ document: doc, data }: PanelProps) {
  const t = useT();
  const media = doc.media;
  const blobId = media?.blobId;
  const isVideo = media?.mimeType.startsWith('video/') ?? false;
  const fileName = media?.fileName ?? '';

  const waveRef = useRef<HTMLDivElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const wsRef = useRef<WaveSurfer | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState(1);
  const [linking, setLinking] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [showKeys, setShowKeys] = useState(false);

  const seekRequest = useCoding((s) => s.seekRequest);
  const timed = useMemo(() => timedTurns(doc.turns), [doc.turns]);
  const timedRef = useRef(timed);
  const lastTurn = useRef(-1);
  const rateRef = useRef(1);
  useEffect(() => {
    timedRef.current = timed;
  }, [timed]);

  const followTime = useCallback((seconds: number) => {
    const turn = turnAtTime(timedRef.current, seconds);
    if (turn !== lastTurn.current) {
      lastTurn.current = turn;
      useCoding.getState().setPlayingTurn(turn);
    }
  }, []);

  // Load the stored media into wavesurfer whenever the linked blob changes.
  useEffect(() => {
    if (!media) return;
    let cancelled = false;
    let ws: WaveSurfer | null = null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new file starts loading
    setStatus(blobId ? 'loading' : 'pathOnly');
    setTime(0);
    setDuration(0);
    setPlaying(false);
    if (!blobId) return;
    (async () => {
      const [blob, mod] = await Promise.all([repository().getMedia(blobId), import('wavesurfer.js')]);
      if (cancelled) return;
      if (!blob) {
        setStatus('missing');
        return;
      }
      const container = waveRef.current;
      if (!container) return;
      const style = getComputedStyle(container);
      ws = mod.default.create({
        container,
        height: 56,
        waveColor: style.getPropertyValue('--wave').trim() || '#9bb3c9',
        progressColor: style.getPropertyValue('--wave-progress').trim() || '#1f4e79',
        cursorColor: '#c76b00',
        cursorWidth: 2,
        barWidth: 2,
        barGap: 1,
        normalize: true,
        dragToSeek: true,
        media: isVideo && videoRef.current ? videoRef.current : undefined,
      });
      wsRef.current = ws;
      ws.on('ready', (d) => {
        if (cancelled) return;
        setDuration(d);
        setStatus('ready');
        ws?.setPlaybackRate(rateRef.current, true);
      });
      ws.on('timeupdate', (s) => {
        if (cancelled) return;
        setTime(s);
        followTime(s);
      });
      ws.on('play', () => setPlaying(true));
      ws.on('pause', () => setPlaying(false));
      ws.on('finish', () => setPlaying(false));
      ws.on('error', (error) => {
        if (cancelled) return;
        console.error(error);
        setStatus('unreadable');
        setPlaying(false);
      });
      const mime = mediaMimeType(fileName, blob.type || media.mimeType);
      ws.loadBlob(blob.type ? blob : new Blob([blob], { type: mime })).catch(() => {
        if (!cancelled) setStatus('unreadable');
      });
    })().catch((error: unknown) => {
      if (cancelled) return;
      console.error(error);
      setStatus('unreadable');
    });
    return () => {
      cancelled = true;
      wsRef.current = null;
      ws?.destroy();
      lastTurn.current = -1;
      useCoding.getState().setPlayingTurn(-1);
    };
    // Reload only when the stored file changes (not for every snapshot with the same link).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc.id, blobId, media?.path]);

  useEffect(() => {
    rateRef.current = rate;
    wsRef.current?.setPlaybackRate(rate, true);
  }, [rate]);

  // Seek requests from the transcript (clicking a turn's timestamp).
  useEffect(() => {
    if (!seekRequest || status !== 'ready') return;
    const ws = wsRef.current;
    if (!ws) return;
    const target = clampTime(seekRequest.seconds, ws.getDuration());
    ws.setTime(target);
    setTime(target);
    followTime(target);
    useCoding.getState().clearSeekRequest();
  }, [seekRequest, status, followTime]);

  const run = useCallback((command: MediaCommand) => {
    const ws = wsRef.current;
    if (!ws) return;
    switch (command) {
      case 'toggle':
        ws.playPause().catch((error: unknown) => reportError(error));
        break;
      case 'back':
      case 'forward': {
        const target = clampTime(ws.getCurrentTime() + (command === 'back' ? -SKIP_SECONDS : SKIP_SECONDS), ws.getDuration());
        ws.setTime(target);
        break;
      }
      case 'slower':
      case 'faster':
        setRate((r) => stepRate(r, command === 'faster' ? 1 : -1));
        break;
    }
  }, []);

  // Keyboard shortcuts, everywhere in the coding view except in text fields and dialogs.
  useEffect(() => {
    if (status !== 'ready') return;
    function onKey(e: KeyboardEvent) {
      const command = mediaShortcut(e);
      if (!command || e.defaultPrevented) return;
      if (isEditableTarget(e.target)) return;
      if (globalThis.document.querySelector('dialog[open]')) return;
      e.preventDefault();
      run(command);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [status, run]);

  async function link() {
    setLinkError(null);
    let picked;
    try {
      picked = await platform.pickMedia();
    } catch (error) {
      reportError(error);
      return;
    }
    if (!picked) return;
    if (!isMediaFile(picked.name, picked.type)) {
      setLinkError(t('app.media.error.notMedia', { file: picked.name }));
      return;
    }
    const mimeType = mediaMimeType(picked.name, picked.type);
    setLinking(true);
    try {
      const blob = picked.blob.type ? picked.blob : new Blob([picked.blob], { type: mimeType });
      try {
        await probeMedia(blob, picked.name, mimeType);
      } catch {
        setLinkError(t('app.media.error.unreadable', { file: picked.name }));
        return;
      }
      const id = await repository().putMedia(blob);
      const snap = data.latest();
      if (!snap) return;
      const set = linkMedia(snap, doc.id, {
        fileName: picked.name,
        mimeType,
        byteLength: blob.size,
        blobId: id,
        ...(picked.path ? { path: picked.path } : {}),
      });
      await data.apply(set);
      notify('app.media.linked', { file: picked.name });
    } catch (error) {
      reportError(error, 'app.media.error.link');
    } finally {
      setLinking(false);
    }
  }

  async function unlink() {
    const snap = data.latest();
    if (!snap) return;
    try {
      await data.apply(linkMedia(snap, doc.id, null));
      notify('app.media.unlinked', { file: fileName }, 'info');
    } catch (error) {
      reportError(error, 'app.media.error.link');
    }
  }

  const mod = modifierLabel(typeof navigator === 'undefined' ? '' : navigator.platform);
  const keys: [string, string][] = [
    [`${mod}+${t('app.media.key.space')} · F4`, t('app.media.playPause')],
    [`${mod}+←`, t('app.media.back', { seconds: SKIP_SECONDS })],
    [`${mod}+→`, t('app.media.forward', { seconds: SKIP_SECONDS })],
    [`${mod}+Shift+↓`, t('app.media.slower')],
    [`${mod}+Shift+↑`, t('app.media.faster')],
  ];
  const keyTitle = keys.map(([k, what]) => `${k}: ${what}`).join('\n');

  const linkButton = (label: string, testId: string) => (
    <button type="button" onClick={() => void link()} disabled={linking} data-testid={testId}>
      {linking ? t('app.media.checking') : label}
    </button>
  );

  if (!media) {
    return (
      <section className="media-bar media-bar-empty" data-testid="media-bar" data-state="none" aria-label={t('app.media.label')}>
        {linkButton(t('app.media.link'), 'media-link')}
        <span className="muted media-hint">{t('app.media.linkHint')}</span>
        {linkError && (
          <p className="media-error" role="alert" data-testid="media-error">
            {linkError}
          </p>
        )}
      </section>
    );
  }

  const ready = status === 'ready';
  const problem =
    status === 'missing'
      ? t('app.media.error.missing', { file: fileName })
      : status === 'unreadable'
        ? t('app.media.error.unreadable', { file: fileName })
        : status === 'pathOnly'
          ? t('app.media.error.pathOnly', { file: fileName })
          : null;

  return (
    <section
      className="media-bar"
      data-testid="media-bar"
      data-state={status}
      data-playing={playing ? 'true' : 'false'}
      aria-label={t('app.media.label')}
    >
      <div className="media-controls">
        <div className="button-group" role="group" aria-label={t('app.media.transport')}>
          <button
            type="button"
            onClick={() => run('back')}
            disabled={!ready}
            title={`${t('app.media.back', { seconds: SKIP_SECONDS })} (${mod}+←)`}
            aria-label={t('app.media.back', { seconds: SKIP_SECONDS })}
            data-testid="media-back"
          >
            <span aria-hidden="true">⟲</span> {SKIP_SECONDS}s
          </button>
          <button
            type="button"
            className="primary media-play"
            onClick={() => run('toggle')}
            disabled={!ready}
            title={`${playing ? t('app.media.pause') : t('app.media.play')} (${mod}+${t('app.media.key.space')} / F4)`}
            aria-label={playing ? t('app.media.pause') : t('app.media.play')}
            data-testid="media-play"
          >
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          </button>
          <button
            type="button"
            onClick={() => run('forward')}
            disabled={!ready}
            title={`${t('app.media.forward', { seconds: SKIP_SECONDS })} (${mod}+→)`}
            aria-label={t('app.media.forward', { seconds: SKIP_SECONDS })}
            data-testid="media-forward"
          >
            {SKIP_SECONDS}s <span aria-hidden="true">⟳</span>
          </button>
        </div>
        <span className="media-time" data-testid="media-time" data-current-time={time.toFixed(2)} data-duration={duration.toFixed(2)} aria-live="off">
          {formatClock(time)} <span className="muted">/ {formatClock(duration)}</span>
        </span>
        <label className="media-rate" title={`${t('app.media.slower')} ${mod}+Shift+↓ · ${t('app.media.faster')} ${mod}+Shift+↑`}>
          <span>{t('app.media.speed')}</span>
          <select value={rate} onChange={(e) => setRate(Number(e.target.value))} disabled={!ready} data-testid="media-rate">
            {PLAYBACK_RATES.map((r) => (
              <option key={r} value={r}>
                {r.toLocaleString(t('app.media.locale'))}×
              </option>
            ))}
          </select>
        </label>
        <div className="media-keys">
          <button
            type="button"
            className="link"
            aria-expanded={showKeys}
            onClick={() => setShowKeys((v) => !v)}
            title={keyTitle}
            data-testid="media-keys-toggle"
          >
            {t('app.media.shortcuts')}
          </button>
          {showKeys && (
            <dl className="media-keys-legend" data-testid="media-keys">
              {keys.map(([k, what]) => (
                <div key={k}>
                  <dt>
                    <kbd>{k}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
        <span className="media-file" title={fileName} data-testid="media-file">
          {fileName}
        </span>
        {linkButton(t('app.media.replace'), 'media-replace')}
        <button type="button" onClick={() => void unlink()} data-testid="media-unlink">
          {t('app.media.unlink')}
        </button>
      </div>
      {isVideo && <video ref={videoRef} className="media-video" hidden={!ready} playsInline data-testid="media-video" />}
      <div
        ref={waveRef}
        className="media-wave"
        data-testid="media-waveform"
        hidden={status !== 'ready' && status !== 'loading'}
        aria-hidden="true"
      />
      {status === 'loading' && <p className="muted media-loading">{t('app.media.loading', { file: fileName })}</p>}
      {(problem || linkError) && (
        <p className="media-error" role="alert" data-testid="media-error">
          {linkError ?? problem}
        </p>
      )}
    </section>
  );
}
