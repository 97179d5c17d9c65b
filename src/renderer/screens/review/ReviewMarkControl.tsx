/**
 * A supervisor's or research assistant's verdict on one thing (a theme, a key quote): the current
 * mark with its reviewer and comment, and accept / flag with a comment / clear. The same marks as
 * the review queue, so a theme comment travels in a `.werkbank` copy and merges back.
 */
import { useId, useState } from 'react';
import type { ReviewMark } from '../../../shared/model/types';
import type { ReviewInput } from '../../../shared/review/commands';
import { useT } from '../../i18n';

export function ReviewMarkControl({
  mark,
  onChange,
  testId,
  compact = false,
}: {
  mark: ReviewMark | undefined;
  onChange: (next: ReviewInput | null) => void;
  testId: string;
  compact?: boolean;
}) {
  const t = useT();
  const commentId = useId();
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState('');

  const startFlag = () => {
    setComment(mark?.status === 'flagged' ? mark.comment : '');
    setEditing(true);
  };
  const saveFlag = () => {
    onChange({ status: 'flagged', comment });
    setEditing(false);
  };

  return (
    // Keys typed here must not reach the surrounding list (Delete removes a key quote there).
    <div
      className={compact ? 'review-mark-control compact' : 'review-mark-control'}
      data-testid={testId}
      data-status={mark?.status ?? 'open'}
      onKeyDown={(e) => e.stopPropagation()}
    >
      {mark && (
        <p className={`fragment-review fragment-review-${mark.status}`} data-testid={`${testId}-mark`}>
          {mark.status === 'flagged' ? '⚑ ' : '✓ '}
          {t(mark.status === 'flagged' ? 'app.review.flaggedBy' : 'app.review.acceptedBy', { reviewer: mark.reviewer || '—' })}
          {mark.comment && `: ${mark.comment}`}
        </p>
      )}
      {editing ? (
        <div className="review-mark-edit">
          <label htmlFor={commentId} className="sr-only">
            {t('app.review.comment')}
          </label>
          <input
            id={commentId}
            type="text"
            value={comment}
            placeholder={t('app.review.comment')}
            onChange={(e) => setComment(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') saveFlag();
              if (e.key === 'Escape') setEditing(false);
            }}
            autoFocus
            data-testid={`${testId}-comment`}
          />
          <button type="button" className="primary" onClick={saveFlag} data-testid={`${testId}-save`}>
            {t('app.review.flag')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('app.review.cancel')}
          </button>
        </div>
      ) : (
        <div className="review-mark-actions">
          <button type="button" className="subtle" onClick={() => onChange({ status: 'accepted' })} disabled={mark?.status === 'accepted'} data-testid={`${testId}-accept`}>
            ✓ {t('app.review.accept')}
          </button>
          <button type="button" className="subtle" onClick={startFlag} data-testid={`${testId}-flag`}>
            ⚑ {t('app.review.flag')}
          </button>
          {mark && (
            <button type="button" className="subtle" onClick={() => onChange(null)} data-testid={`${testId}-clear`}>
              {t('app.review.clear')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
