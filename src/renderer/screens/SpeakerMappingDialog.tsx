import { useMemo, useState } from 'react';
import type { ChangeSet } from '../../shared/model/changes';
import { applyToSnapshot } from '../../shared/model/changes';
import type { Id, ProjectSnapshot, SpeakerRole } from '../../shared/model/types';
import { assignSpeaker, createRespondent } from '../../shared/project/commands';
import { Modal } from '../components/Modal';
import { RoleInput } from '../components/RoleInput';
import { useT } from '../i18n';
import type { ProjectData } from '../state/useProject';
import { combineChangeSets, looksLikeInterviewer, speakerLabels, speakerRole, suggestPseudonyms } from '../lib/format';
import { LOCATION_KEY, ROUND_KEY, roleLabel } from '../lib/roles';
import { notify, reportError } from '../lib/report';

type Choice = 'unassigned' | 'interviewer' | 'new' | `r:${string}`;

interface Row {
  documentId: Id;
  documentName: string;
  label: string;
  turns: number;
  choice: Choice;
  pseudonym: string;
  role: string;
  location: string;
  round: string;
  /** The pseudonym is our suggestion (renumbered as choices change) until the user edits it. */
  autoName: boolean;
}

function roleToChoice(role: SpeakerRole): Choice | null {
  if (role.kind === 'interviewer') return 'interviewer';
  if (role.kind === 'respondent') return `r:${role.respondentId}`;
  return null;
}

/** Rows for every speaker label of the given documents, with sensible first guesses. */
function initialRows(snapshot: ProjectSnapshot, documentIds: Id[], base: string): Row[] {
  const rows: Row[] = [];
  for (const id of documentIds) {
    const doc = snapshot.documents.find((d) => d.id === id);
    if (!doc) continue;
    for (const label of speakerLabels(doc)) {
      const current = roleToChoice(speakerRole(doc, label));
      rows.push({
        documentId: doc.id,
        documentName: doc.name,
        label,
        turns: doc.turns.filter((t) => t.speaker === label).length,
        choice: current ?? (looksLikeInterviewer(label) ? 'interviewer' : 'new'),
        pseudonym: '',
        role: '',
        location: '',
        round: '',
        autoName: true,
      });
    }
  }
  return renumber(rows, snapshot.respondents.map((r) => r.pseudonym), base);
}

/** Gives every new respondent with a suggested name the next free "Respondent N", without gaps. */
function renumber(rows: Row[], existing: string[], base: string): Row[] {
  const auto = rows.filter((r) => r.choice === 'new' && r.autoName);
  const taken = [...existing, ...rows.filter((r) => r.choice === 'new' && !r.autoName).map((r) => r.pseudonym)];
  const names = suggestPseudonyms(taken, auto.length, base);
  let i = 0;
  return rows.map((r) => (r.choice === 'new' && r.autoName ? { ...r, pseudonym: names[i++] } : r));
}

/**
 * Maps each speaker label to the interviewer, an existing respondent or a new respondent. Saved as
 * one change set (one undo step). The label itself is part of the transcript and stays visible here.
 */
export function SpeakerMappingDialog({ documentIds, data, onClose }: { documentIds: Id[]; data: ProjectData; onClose: () => void }) {
  const t = useT();
  const snapshot = data.snapshot!;
  const [initial] = useState(() => data.latest() ?? snapshot);
  const [rows, setRows] = useState<Row[]>(() => initialRows(initial, documentIds, t('app.mapping.pseudonymBase')));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const respondents = useMemo(() => [...snapshot.respondents].sort((a, b) => a.pseudonym.localeCompare(b.pseudonym)), [snapshot.respondents]);
  const takenPseudonyms = new Set(snapshot.respondents.map((r) => r.pseudonym.trim().toLowerCase()));

  function rowError(row: Row): string | null {
    if (row.choice !== 'new') return null;
    if (!row.pseudonym.trim()) return t('app.mapping.pseudonymRequired');
    if (takenPseudonyms.has(row.pseudonym.trim().toLowerCase())) return t('app.mapping.pseudonymTaken', { name: row.pseudonym.trim() });
    return null;
  }

  function update(index: number, patch: Partial<Row>) {
    setRows((prev) => {
      const label = prev[index].label;
      // The same interviewer usually does every interview: choosing "Interviewer" for a label also
      // applies to that label in the other documents of this batch that still await a decision.
      const next = prev.map((r, i) =>
        i === index ? { ...r, ...patch } : patch.choice === 'interviewer' && r.label === label && r.choice === 'new' ? { ...r, choice: 'interviewer' as Choice } : r,
      );
      return renumber(next, snapshot.respondents.map((r) => r.pseudonym), t('app.mapping.pseudonymBase'));
    });
  }

  async function save() {
    setSubmitted(true);
    if (rows.some((r) => rowError(r))) return;
    let snap = data.latest() ?? snapshot;
    const sets: ChangeSet[] = [];
    const created = new Map<string, Id>();
    const ctx = { coder: snap.project.settings.coderName };
    try {
      for (const row of rows) {
        let role: SpeakerRole;
        if (row.choice === 'unassigned') role = { kind: 'unassigned' };
        else if (row.choice === 'interviewer') role = { kind: 'interviewer' };
        else if (row.choice === 'new') {
          const key = row.pseudonym.trim().toLowerCase();
          let respondentId = created.get(key);
          if (!respondentId) {
            const attributes: Record<string, string> = {};
            if (row.location.trim()) attributes[LOCATION_KEY] = row.location.trim();
            if (row.round.trim()) attributes[ROUND_KEY] = row.round.trim();
            const result = createRespondent(snap, { pseudonym: row.pseudonym.trim(), role: row.role.trim(), attributes }, ctx);
            sets.push(result.set);
            snap = applyToSnapshot(snap, result.set);
            respondentId = result.respondent.id;
            created.set(key, respondentId);
          }
          role = { kind: 'respondent', respondentId };
        } else role = { kind: 'respondent', respondentId: row.choice.slice(2) };
        const doc = snap.documents.find((d) => d.id === row.documentId);
        if (!doc) continue;
        const current = speakerRole(doc, row.label);
        if (JSON.stringify(current) === JSON.stringify(role)) continue;
        const set = assignSpeaker(snap, row.documentId, row.label, role, ctx);
        sets.push(set);
        snap = applyToSnapshot(snap, set);
      }
      if (sets.length === 0) {
        onClose();
        return;
      }
      setSaving(true);
      const combined = sets.length === 1 ? sets[0] : combineChangeSets('app.command.mapSpeakers', { count: rows.length }, sets);
      await data.apply(combined);
      notify('app.mapping.saved');
      onClose();
    } catch (error) {
      reportError(error, 'app.error.mapping');
      setSaving(false);
    }
  }

  const byDocument = new Map<Id, { name: string; indices: number[] }>();
  rows.forEach((row, index) => {
    const group = byDocument.get(row.documentId) ?? { name: row.documentName, indices: [] };
    group.indices.push(index);
    byDocument.set(row.documentId, group);
  });

  return (
    <Modal
      title={t('app.mapping.title')}
      onClose={onClose}
      dismissable={!saving}
      wide
      testId="mapping-dialog"
      footer={
        <>
          <button type="button" onClick={onClose} disabled={saving}>
            {t('app.mapping.later')}
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={saving} data-testid="mapping-save">
            {t('app.mapping.save')}
          </button>
        </>
      }
    >
      <p className="hint">{t('app.mapping.intro')}</p>
      {rows.length === 0 && <p className="muted">{t('app.mapping.noSpeakers')}</p>}
      {[...byDocument.entries()].map(([docId, group]) => (
        <section key={docId} className="mapping-doc" data-testid="mapping-document" data-document={group.name}>
          <h3>{group.name}</h3>
          <table className="table mapping-table">
            <thead>
              <tr>
                <th>{t('app.mapping.label')}</th>
                <th>{t('app.mapping.isWho')}</th>
                <th>{t('app.mapping.details')}</th>
              </tr>
            </thead>
            <tbody>
              {group.indices.map((index) => {
                const row = rows[index];
                const error = submitted ? rowError(row) : null;
                return (
                  <tr key={`${row.documentId}-${row.label}`} data-testid="mapping-row" data-label={row.label}>
                    <td>
                      <strong className="speaker-label">{row.label || t('app.speaker.none')}</strong>
                      <div className="muted small">{t('app.mapping.turnCount', { count: row.turns })}</div>
                    </td>
                    <td>
                      <select
                        value={row.choice}
                        onChange={(e) => update(index, { choice: e.target.value as Choice })}
                        aria-label={t('app.mapping.choiceFor', { label: row.label })}
                        data-testid="mapping-choice"
                      >
                        <option value="unassigned">{t('app.mapping.unassigned')}</option>
                        <option value="interviewer">{t('app.speaker.interviewer')}</option>
                        <option value="new">{t('app.mapping.newRespondent')}</option>
                        {respondents.length > 0 && (
                          <optgroup label={t('app.mapping.existing')}>
                            {respondents.map((r) => (
                              <option key={r.id} value={`r:${r.id}`}>
                                {r.pseudonym}
                                {r.role ? ` (${roleLabel(t, r.role)})` : ''}
                              </option>
                            ))}
                          </optgroup>
                        )}
                      </select>
                    </td>
                    <td>
                      {row.choice === 'new' ? (
                        <div className="new-respondent">
                          <label className="field compact">
                            <span>{t('app.respondent.pseudonym')}</span>
                            <input value={row.pseudonym} onChange={(e) => update(index, { pseudonym: e.target.value, autoName: false })} aria-invalid={!!error} data-testid="mapping-pseudonym" />
                          </label>
                          <label className="field compact">
                            <span>{t('app.respondent.role')}</span>
                            <RoleInput value={row.role} onChange={(role) => update(index, { role })} />
                          </label>
                          <label className="field compact">
                            <span>{t('app.respondent.location')}</span>
                            <input value={row.location} onChange={(e) => update(index, { location: e.target.value })} />
                          </label>
                          <label className="field compact">
                            <span>{t('app.respondent.round')}</span>
                            <input value={row.round} onChange={(e) => update(index, { round: e.target.value })} />
                          </label>
                          {error && <p className="field-error">{error}</p>}
                        </div>
                      ) : row.choice === 'interviewer' ? (
                        <span className="muted">{t('app.mapping.interviewerHint')}</span>
                      ) : row.choice === 'unassigned' ? (
                        <span className="muted">{t('app.mapping.unassignedHint')}</span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </Modal>
  );
}
