import { useState } from 'react';
import type { ProjectSnapshot, Respondent } from '../../shared/model/types';
import { createRespondent, deleteRespondent, updateRespondent } from '../../shared/project/commands';
import { useT } from '../i18n';
import type { ProjectData } from '../state/useProject';
import { suggestPseudonyms } from '../lib/format';
import { LOCATION_KEY, ROUND_KEY, roleLabel } from '../lib/roles';
import { reportError } from '../lib/report';
import { RoleInput } from '../components/RoleInput';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Modal } from '../components/Modal';

interface Draft {
  pseudonym: string;
  role: string;
  attributes: [string, string][];
}

function toDraft(r: Respondent | null, pseudonym: string): Draft {
  if (!r) return { pseudonym, role: '', attributes: [[LOCATION_KEY, ''], [ROUND_KEY, '']] };
  return { pseudonym: r.pseudonym, role: r.role, attributes: Object.entries(r.attributes) };
}

/** Respondents: pseudonym, role and free attributes ("locatie", "interviewronde", ...). */
export function RespondentsPanel({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const [editing, setEditing] = useState<{ respondent: Respondent | null; draft: Draft } | null>(null);
  const [deleting, setDeleting] = useState<Respondent | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const respondents = [...snapshot.respondents].sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, undefined, { numeric: true }));

  function usage(r: Respondent): number {
    return snapshot.documents.filter((d) => d.speakers.some((s) => s.role.kind === 'respondent' && s.role.respondentId === r.id)).length;
  }

  function draftError(draft: Draft, self: Respondent | null): string | null {
    const name = draft.pseudonym.trim();
    if (!name) return t('app.mapping.pseudonymRequired');
    if (snapshot.respondents.some((r) => r.id !== self?.id && r.pseudonym.trim().toLowerCase() === name.toLowerCase())) {
      return t('app.mapping.pseudonymTaken', { name });
    }
    return null;
  }

  async function save() {
    if (!editing) return;
    setSubmitted(true);
    const { respondent, draft } = editing;
    if (draftError(draft, respondent)) return;
    const attributes: Record<string, string> = {};
    for (const [k, v] of draft.attributes) if (k.trim() && v.trim()) attributes[k.trim()] = v.trim();
    const snap = data.latest() ?? snapshot;
    const ctx = { coder: snap.project.settings.coderName };
    try {
      if (respondent) {
        await data.apply(updateRespondent(snap, respondent.id, { pseudonym: draft.pseudonym.trim(), role: draft.role.trim(), attributes }, ctx));
      } else {
        await data.apply(createRespondent(snap, { pseudonym: draft.pseudonym.trim(), role: draft.role.trim(), attributes }, ctx).set);
      }
      setEditing(null);
      setSubmitted(false);
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  }

  async function remove(r: Respondent) {
    setDeleting(null);
    try {
      const snap = data.latest() ?? snapshot;
      await data.apply(deleteRespondent(snap, r.id, { coder: snap.project.settings.coderName }));
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  }

  const draft = editing?.draft;
  const setDraft = (patch: Partial<Draft>) => setEditing((e) => (e ? { ...e, draft: { ...e.draft, ...patch } } : e));
  const error = editing && submitted ? draftError(editing.draft, editing.respondent) : null;

  return (
    <section className="panel" aria-labelledby="respondents-title">
      <div className="panel-head">
        <h2 id="respondents-title">{t('app.respondents.title')}</h2>
        <button
          type="button"
          onClick={() => {
            setSubmitted(false);
            setEditing({ respondent: null, draft: toDraft(null, suggestPseudonyms(snapshot.respondents.map((r) => r.pseudonym), 1, t('app.mapping.pseudonymBase'))[0]) });
          }}
          data-testid="add-respondent"
        >
          {t('app.respondents.add')}
        </button>
      </div>
      <p className="hint">{t('app.respondents.privacy')}</p>
      {respondents.length === 0 ? (
        <p className="muted empty">{t('app.respondents.empty')}</p>
      ) : (
        <table className="table" data-testid="respondents-table">
          <thead>
            <tr>
              <th>{t('app.respondent.pseudonym')}</th>
              <th>{t('app.respondent.role')}</th>
              <th>{t('app.respondent.attributes')}</th>
              <th className="num">{t('app.respondents.documents')}</th>
              <th>
                <span className="sr-only">{t('app.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {respondents.map((r) => (
              <tr key={r.id} data-testid="respondent-row" data-pseudonym={r.pseudonym}>
                <td>
                  <strong>{r.pseudonym}</strong>
                </td>
                <td data-testid="respondent-role">{roleLabel(t, r.role) || <span className="muted">—</span>}</td>
                <td>
                  {Object.keys(r.attributes).length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <dl className="attributes">
                      {Object.entries(r.attributes).map(([k, v]) => (
                        <div key={k}>
                          <dt>{k}</dt>
                          <dd>{v}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
                <td className="num">{usage(r)}</td>
                <td className="actions">
                  <button type="button" onClick={() => { setSubmitted(false); setEditing({ respondent: r, draft: toDraft(r, r.pseudonym) }); }}>
                    {t('app.action.edit')}
                  </button>
                  <button type="button" className="danger subtle" onClick={() => setDeleting(r)}>
                    {t('app.action.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {editing && draft && (
        <Modal
          title={editing.respondent ? t('app.respondents.editTitle', { name: editing.respondent.pseudonym }) : t('app.respondents.addTitle')}
          onClose={() => setEditing(null)}
          testId="respondent-dialog"
          footer={
            <>
              <button type="button" onClick={() => setEditing(null)}>
                {t('app.action.cancel')}
              </button>
              <button type="button" className="primary" onClick={() => void save()}>
                {t('app.action.save')}
              </button>
            </>
          }
        >
          <label className="field">
            <span>{t('app.respondent.pseudonym')}</span>
            <input value={draft.pseudonym} onChange={(e) => setDraft({ pseudonym: e.target.value })} autoFocus aria-invalid={!!error} />
            <small className="hint">{t('app.respondent.pseudonymHint')}</small>
          </label>
          {error && <p className="field-error">{error}</p>}
          <label className="field">
            <span>{t('app.respondent.role')}</span>
            <RoleInput value={draft.role} onChange={(role) => setDraft({ role })} />
          </label>
          <fieldset className="attributes-edit">
            <legend>{t('app.respondent.attributes')}</legend>
            {draft.attributes.map(([k, v], i) => (
              <div className="attribute-row" key={i}>
                <input
                  value={k}
                  placeholder={t('app.respondent.attributeKey')}
                  aria-label={t('app.respondent.attributeKey')}
                  onChange={(e) => setDraft({ attributes: draft.attributes.map((a, j) => (j === i ? [e.target.value, a[1]] : a)) })}
                />
                <input
                  value={v}
                  placeholder={t('app.respondent.attributeValue')}
                  aria-label={t('app.respondent.attributeValueFor', { key: k || '…' })}
                  onChange={(e) => setDraft({ attributes: draft.attributes.map((a, j) => (j === i ? [a[0], e.target.value] : a)) })}
                />
                <button type="button" className="icon" aria-label={t('app.respondent.attributeRemove', { key: k || '…' })} onClick={() => setDraft({ attributes: draft.attributes.filter((_, j) => j !== i) })}>
                  ×
                </button>
              </div>
            ))}
            <button type="button" className="link" onClick={() => setDraft({ attributes: [...draft.attributes, ['', '']] })}>
              {t('app.respondent.attributeAdd')}
            </button>
          </fieldset>
        </Modal>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('app.respondents.deleteTitle')}
          message={usage(deleting) > 0 ? t('app.respondents.deleteUsed', { name: deleting.pseudonym, count: usage(deleting) }) : t('app.respondents.deleteMessage', { name: deleting.pseudonym })}
          confirmLabel={t('app.action.delete')}
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
