import { useState } from 'react';
import { RESPONDENT_ROLES } from '../../shared/model/types';
import { useT } from '../i18n';
import { roleLabel } from '../lib/roles';

const OTHER = '__other__';

/** A role from the model's list, or free text ("anders, namelijk…"). */
export function RoleInput({ value, onChange, id }: { value: string; onChange: (role: string) => void; id?: string }) {
  const t = useT();
  const known = (RESPONDENT_ROLES as readonly string[]).includes(value);
  const [free, setFree] = useState(!known && value !== '');
  return (
    <span className="role-input">
      <select
        id={id}
        value={free ? OTHER : value}
        aria-label={t('app.respondent.role')}
        onChange={(e) => {
          if (e.target.value === OTHER) {
            setFree(true);
            onChange('');
          } else {
            setFree(false);
            onChange(e.target.value);
          }
        }}
      >
        <option value="">{t('app.respondent.roleChoose')}</option>
        {RESPONDENT_ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(t, role)}
          </option>
        ))}
        <option value={OTHER}>{t('app.respondent.roleOther')}</option>
      </select>
      {free && (
        <input value={value} onChange={(e) => onChange(e.target.value)} placeholder={t('app.respondent.roleFree')} aria-label={t('app.respondent.roleFree')} autoFocus />
      )}
    </span>
  );
}
