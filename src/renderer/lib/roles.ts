import { RESPONDENT_ROLES } from '../../shared/model/types';

/** Known roles show in the UI language; free-text roles as typed. */
export function roleLabel(t: (key: string) => string, role: string): string {
  if (!role) return '';
  return (RESPONDENT_ROLES as readonly string[]).includes(role) ? t(`app.role.${role.replace(/\s+/g, '-')}`) : role;
}

/** Attribute keys the app suggests for respondents. */
export const LOCATION_KEY = 'locatie';
export const ROUND_KEY = 'interviewronde';
