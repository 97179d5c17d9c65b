import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet } from '../../../src/shared/model/changes';
import { translate } from '../../../src/shared/i18n';
import { CommandError, linkMedia } from '../../../src/shared/project/commands';
import type { MediaLink } from '../../../src/shared/model/types';
import { D1, D2, sampleSnapshot } from './sample';

const WAV: MediaLink = { fileName: 'fragment.wav', mimeType: 'audio/wav', byteLength: 2048, blobId: 'blob-1' };

describe('linkMedia', () => {
  it('links media to one document as an undoable change set', () => {
    const before = sampleSnapshot();
    const previous = before.documents.find((d) => d.id === D1)!.media;
    const set = linkMedia(before, D1, WAV);
    expect(set.name).toBe('command.linkMedia');
    expect(set.changes).toHaveLength(1);
    const after = applyToSnapshot(before, set);
    expect(after.documents.find((d) => d.id === D1)!.media).toEqual(WAV);
    expect(after.documents.find((d) => d.id === D2)!.media).toEqual(before.documents.find((d) => d.id === D2)!.media);
    const undone = applyToSnapshot(after, invertChangeSet(set));
    expect(undone.documents.find((d) => d.id === D1)!.media).toEqual(previous);
    expect(translate('nl', set.name, set.params)).toContain('fragment.wav');
  });

  it('unlinks, replaces and ignores relinking the same media', () => {
    const linked = applyToSnapshot(sampleSnapshot(), linkMedia(sampleSnapshot(), D1, WAV));
    expect(linkMedia(linked, D1, { ...WAV }).changes).toEqual([]);
    const other: MediaLink = { fileName: 'b.mp3', mimeType: 'audio/mpeg', byteLength: 9, blobId: 'blob-2' };
    const replaced = applyToSnapshot(linked, linkMedia(linked, D1, other));
    expect(replaced.documents.find((d) => d.id === D1)!.media).toEqual(other);
    const unlink = linkMedia(replaced, D1, null);
    expect(unlink.name).toBe('command.unlinkMedia');
    expect(unlink.params).toMatchObject({ file: 'b.mp3' });
    const unlinked = applyToSnapshot(replaced, unlink);
    expect('media' in unlinked.documents.find((d) => d.id === D1)!).toBe(false);
    expect(applyToSnapshot(unlinked, invertChangeSet(unlink)).documents.find((d) => d.id === D1)!.media).toEqual(other);
    expect(linkMedia(unlinked, D1, null).changes).toEqual([]);
  });

  it('drops unknown fields and refuses unknown documents', () => {
    const set = linkMedia(sampleSnapshot(), D1, { ...WAV, extra: 1 } as MediaLink);
    const after = applyToSnapshot(sampleSnapshot(), set);
    expect(after.documents.find((d) => d.id === D1)!.media).toEqual(WAV);
    expect(() => linkMedia(sampleSnapshot(), 'nope', WAV)).toThrow(CommandError);
  });
});
