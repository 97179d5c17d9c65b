import { describe, expect, it } from 'vitest';
import { clampTime, formatClock, isMediaFile, mediaMimeType, mediaShortcut, stepRate, timedTurns, turnAtTime } from '../../../src/renderer/lib/media';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('media helpers', () => {
  it('finds the playing turn by binary search; a turn without end runs to the next start', () => {
    const turns = [
      { startTime: 0.5, endTime: 4 },
      { startTime: 4.6 }, // no end: until 14.1
      {}, // no times at all: never playing
      { startTime: 14.1, endTime: 16.6 },
      { startTime: 17.2 }, // last without end: runs on
    ];
    const timed = timedTurns(turns);
    expect(turnAtTime(timed, 0)).toBe(-1);
    expect(turnAtTime(timed, 0.5)).toBe(0);
    expect(turnAtTime(timed, 4.2)).toBe(-1); // gap between turns
    expect(turnAtTime(timed, 10)).toBe(1);
    expect(turnAtTime(timed, 14.1)).toBe(3);
    expect(turnAtTime(timed, 16.9)).toBe(-1);
    expect(turnAtTime(timed, 999)).toBe(4);
    expect(turnAtTime(timedTurns([]), 3)).toBe(-1);
  });

  it('steps the speed between 0.5× and 2×', () => {
    expect(stepRate(1, 1)).toBe(1.25);
    expect(stepRate(1, -1)).toBe(0.75);
    expect(stepRate(2, 1)).toBe(2);
    expect(stepRate(0.5, -1)).toBe(0.5);
  });

  it('maps the transcription shortcuts and nothing else', () => {
    expect(mediaShortcut(key(' ', { ctrlKey: true }))).toBe('toggle');
    expect(mediaShortcut(key(' ', { metaKey: true }))).toBe('toggle');
    expect(mediaShortcut(key('F4'))).toBe('toggle');
    expect(mediaShortcut(key('ArrowLeft', { ctrlKey: true }))).toBe('back');
    expect(mediaShortcut(key('ArrowRight', { metaKey: true }))).toBe('forward');
    expect(mediaShortcut(key('ArrowDown', { ctrlKey: true, shiftKey: true }))).toBe('slower');
    expect(mediaShortcut(key('ArrowUp', { ctrlKey: true, shiftKey: true }))).toBe('faster');
    expect(mediaShortcut(key(' '))).toBeNull();
    expect(mediaShortcut(key('ArrowLeft'))).toBeNull();
    expect(mediaShortcut(key('ArrowLeft', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('recognises media files and formats the clock', () => {
    expect(isMediaFile('a.WAV', '')).toBe(true);
    expect(isMediaFile('notes.txt', 'text/plain')).toBe(false);
    expect(mediaMimeType('a.m4a', '')).toBe('audio/mp4');
    expect(mediaMimeType('a.mp3', 'audio/mpeg')).toBe('audio/mpeg');
    expect(formatClock(65.94)).toBe('1:05.9');
    expect(formatClock(3725)).toBe('1:02:05.0');
    expect(clampTime(-3, 10)).toBe(0);
    expect(clampTime(12, 10)).toBe(10);
  });
});
