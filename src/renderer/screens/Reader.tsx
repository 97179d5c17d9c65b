import type { Document, ProjectSnapshot } from '../../shared/model/types';
import { documentWordCount } from '../../shared/project/commands';
import { useLanguage, useT } from '../i18n';
import { documentRespondents, formatBytes, formatDateTime, formatTimestamp, formatWarning, shortChecksum, speakerRole } from '../lib/format';
import { roleLabel } from '../lib/roles';

interface ReaderProps {
  snapshot: ProjectSnapshot;
  document: Document;
  onBack: () => void;
  onMapSpeakers: () => void;
  onCode: () => void;
}

/** The transcript as imported: one block per speaker turn, interviewer turns set apart. */
export function Reader({ snapshot, document: doc, onBack, onMapSpeakers, onCode }: ReaderProps) {
  const t = useT();
  const lang = useLanguage();
  const respondentsById = new Map(snapshot.respondents.map((r) => [r.id, r]));
  const respondents = documentRespondents(doc, snapshot.respondents);

  function who(label: string): { text: string; interviewer: boolean; unassigned: boolean } {
    // Unlabelled text (a title or date line before the first turn) is nobody's speech.
    if (label === '' && !doc.speakers.some((s) => s.label === '')) return { text: t('app.speaker.none'), interviewer: false, unassigned: false };
    const role = speakerRole(doc, label);
    if (role.kind === 'interviewer') return { text: t('app.speaker.interviewer'), interviewer: true, unassigned: false };
    if (role.kind === 'respondent') {
      const r = respondentsById.get(role.respondentId);
      if (r) return { text: r.role ? `${r.pseudonym} · ${roleLabel(t, r.role)}` : r.pseudonym, interviewer: false, unassigned: false };
    }
    return { text: t('app.speaker.unassigned'), interviewer: false, unassigned: true };
  }

  return (
    <article className="reader" data-testid="reader">
      <div className="reader-nav">
        <button type="button" onClick={onBack} data-testid="reader-back">
          ← {t('app.reader.back')}
        </button>
        <button type="button" onClick={onMapSpeakers}>
          {t('app.documents.speakers')}
        </button>
        <button type="button" className="primary" onClick={onCode} data-testid="reader-code">
          {t('app.coding.open')}
        </button>
      </div>
      <header className="reader-header">
        <h2 data-testid="reader-title">{doc.name}</h2>
        <dl className="meta-grid">
          <div>
            <dt>{t('app.documents.format')}</dt>
            <dd>{t(`app.format.${doc.format}`)}</dd>
          </div>
          <div>
            <dt>{t('app.reader.source')}</dt>
            <dd>{doc.sourceFileName}</dd>
          </div>
          <div>
            <dt>{t('app.reader.encoding')}</dt>
            <dd>{doc.encoding}</dd>
          </div>
          <div>
            <dt>{t('app.reader.imported')}</dt>
            <dd>{formatDateTime(lang, doc.importedAt)}</dd>
          </div>
          <div>
            <dt>{t('app.reader.checksum')}</dt>
            <dd>
              <code title={doc.checksum}>{shortChecksum(doc.checksum)}</code> · {formatBytes(lang, doc.byteLength)}
            </dd>
          </div>
          <div>
            <dt>{t('app.documents.respondents')}</dt>
            <dd>
              {respondents.length
                ? respondents.map((r) => (r.role ? `${r.pseudonym} (${roleLabel(t, r.role)})` : r.pseudonym)).join(', ')
                : t('app.reader.noRespondent')}
            </dd>
          </div>
          <div>
            <dt>{t('app.documents.turns')}</dt>
            <dd data-testid="reader-turn-count">{doc.turns.length}</dd>
          </div>
          <div>
            <dt>{t('app.documents.words')}</dt>
            <dd>{documentWordCount(doc, true).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</dd>
          </div>
        </dl>
        {doc.importWarnings.length > 0 && (
          <ul className="warnings">
            {doc.importWarnings.map((w, i) => (
              <li key={i} className="warning-text">
                {formatWarning(lang, w)}
              </li>
            ))}
          </ul>
        )}
      </header>
      <ol className="turns" data-testid="turns">
        {doc.turns.map((turn, i) => {
          const speaker = who(turn.speaker);
          return (
            <li key={i} className={speaker.interviewer ? 'turn turn-interviewer' : 'turn'} data-testid="turn">
              <div className="turn-speaker">
                <span className="speaker-label">{turn.speaker}</span>
                <span className={speaker.unassigned ? 'speaker-who unassigned' : 'speaker-who'}>{speaker.text}</span>
                {turn.startTime !== undefined && <time className="timestamp">{formatTimestamp(turn.startTime)}</time>}
              </div>
              <p className="turn-text" data-testid="turn-text">
                {doc.text.slice(turn.start, turn.end)}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
