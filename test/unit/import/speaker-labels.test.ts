import { describe, expect, it } from 'vitest';
import { classifyLabel } from '../../../src/shared/import/speaker-labels';
import { parseClockTime } from '../../../src/shared/import/timestamps';

describe('classifyLabel', () => {
  it.each([
    ['Interviewer', 'known'],
    ['INTERVIEWSTER', 'known'],
    ['R', 'known'],
    ['R12', 'known'],
    ['Respondent 2', 'known'],
    ['Respondent B', 'known'],
    ['Geïnterviewde (ouder)', 'known'],
    ['Spreker 3', 'known'],
    ['Anouk', 'name'],
    ['Marieke van den Heuvel', 'name'],
    ["Sjoerd in 't Veld", 'name'],
    ['Anne-Fleur de Boer (IB-er)', 'name'],
    ['Leerkracht 2', 'name'],
    ['Juf Özlem', 'name'],
  ] as const)('%s → %s', (label, expected) => {
    expect(classifyLabel(label)).toBe(expected);
  });

  it.each(['Let op', 'Datum', 'NB', 'de leerkracht', 'Wat vond je ervan', 'Een heel lange zin die Duidelijk Geen Naam Is Meer', 'https', ''])(
    'rejects "%s"',
    (label) => {
      expect(classifyLabel(label)).toBeNull();
    },
  );
});

describe('parseClockTime', () => {
  it('reads h:mm:ss, mm:ss and fractions after "." or ","', () => {
    expect(parseClockTime('1:02:03')).toBe(3723);
    expect(parseClockTime('01:23')).toBe(83);
    expect(parseClockTime('00:00:01,250')).toBe(1.25);
    expect(parseClockTime('00:00:01.5')).toBe(1.5);
  });

  it('rejects impossible times', () => {
    expect(parseClockTime('12:75')).toBeUndefined();
    expect(parseClockTime('1:60:00')).toBeUndefined();
    expect(parseClockTime('ongeveer tien uur')).toBeUndefined();
  });
});
