/** The two coders and the level an agreement table compares (review tab and report options). */
import type { AgreementLevel } from '../../../shared/agreement/agreement';
import { useT } from '../../i18n';
import { LabeledSelect, plainOptions } from '../../components/LabeledSelect';

export function AgreementPickers({
  coders,
  a,
  b,
  level,
  onA,
  onB,
  onLevel,
  testIds,
}: {
  coders: readonly string[];
  a: string;
  b: string;
  level: AgreementLevel;
  onA: (coder: string) => void;
  onB: (coder: string) => void;
  onLevel: (level: AgreementLevel) => void;
  testIds: { a: string; b: string; level: string };
}) {
  const t = useT();
  return (
    <>
      <LabeledSelect label={t('app.review.coderA')} value={a} onChange={onA} options={plainOptions(coders)} testId={testIds.a} />
      <LabeledSelect label={t('app.review.coderB')} value={b} onChange={onB} options={plainOptions(coders)} testId={testIds.b} />
      <LabeledSelect
        label={t('app.review.level')}
        value={level}
        onChange={(v) => onLevel(v as AgreementLevel)}
        options={[
          { value: 'character', label: t('app.review.levelCharacter') },
          { value: 'segment', label: t('app.review.levelSegment') },
        ]}
        testId={testIds.level}
      />
    </>
  );
}
