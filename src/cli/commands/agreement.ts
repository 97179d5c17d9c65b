/**
 * `werkbank agreement P.werkbank --coders A,B [--codes LABEL,…] [--level character|segment]
 * [--overlap 0.5] [--include-uncoded] [--json]`: inter-coder agreement per code and overall (see
 * src/shared/agreement/agreement.ts for the rules). Exit 1 when a coder has no codings.
 */
import { agreement, agreementRule, DEFAULT_OVERLAP_THRESHOLD, type AgreementFigures, type AgreementLevel } from '../../shared/agreement/agreement';
import { agreementTable } from '../../shared/agreement/table';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject } from '../project-file';

export const agreementSpec = { values: ['coders', 'codes', 'level', 'overlap', 'lang'], flags: ['help', 'include-uncoded', 'json'] };

const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');

/** NaN → null so JSON stays valid. */
const num = (x: number) => (Number.isFinite(x) ? x : null);

export async function runAgreement(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, agreementSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.agreement'));
    return 0;
  }
  if (args.positional.length !== 1) throw new UsageError('cli.usage.oneProject');
  const coders = list(args.values.coders);
  if (coders.length !== 2 || coders[0] === coders[1]) throw new UsageError('cli.agreement.needCoders');
  const level = (args.values.level ?? 'character') as AgreementLevel;
  if (level !== 'character' && level !== 'segment') throw new UsageError('cli.stats.badValue', { option: '--level', value: level, allowed: 'character, segment' });
  const overlap = args.values.overlap === undefined ? DEFAULT_OVERLAP_THRESHOLD : Number(args.values.overlap.replace(',', '.'));
  if (!(overlap > 0 && overlap <= 1)) throw new UsageError('cli.stats.badValue', { option: '--overlap', value: args.values.overlap ?? '', allowed: '0 < x ≤ 1' });

  const projectArg = args.positional[0];
  const snapshot = await loadProject(cli, projectArg);
  if (!snapshot) return 1;
  let codeIds: string[] | undefined;
  if (args.values.codes !== undefined) {
    codeIds = [];
    for (const label of list(args.values.codes)) {
      const found = snapshot.codes.filter((c) => c.label === label || c.id === label);
      if (found.length === 0) throw new UsageError('cli.agreement.unknownCode', { label });
      codeIds.push(...found.map((c) => c.id));
    }
  }
  const present = [...new Set(snapshot.codings.map((c) => c.coder))].sort();
  for (const coder of coders) {
    if (!present.includes(coder)) {
      cli.err(cli.t('cli.agreement.noCodings', { file: projectArg, coder, coders: present.join(', ') || '—' }));
      return 1;
    }
  }
  const options = { coders: [coders[0], coders[1]] as [string, string], codeIds, includeUncoded: args.flags.has('include-uncoded'), level, overlapThreshold: overlap };
  const result = agreement(snapshot, options);
  const label = new Map(snapshot.codes.map((c) => [c.id, c.label]));
  const rules = agreementRule(options);

  if (args.flags.has('json')) {
    const fig = (f: AgreementFigures) => ({ n: f.n, percent: num(f.percent), kappa: num(f.kappa), alpha: num(f.alpha), both: f.both, onlyA: f.onlyA, onlyB: f.onlyB, neither: f.neither });
    const json = {
      project: { id: snapshot.project.id, name: snapshot.project.name },
      coders,
      level,
      includeUncoded: options.includeUncoded,
      ...(level === 'segment' ? { overlapThreshold: overlap } : {}),
      rule: rules.map((r) => cli.t(r.key, r.params)).join(' '),
      documentIds: result.documentIds,
      perCode: result.perCode.map((c) => ({ codeId: c.codeId, label: label.get(c.codeId) ?? c.codeId, ...fig(c) })),
      overall: fig(result.overall),
    };
    cli.out(JSON.stringify(json, null, 2));
    return 0;
  }

  if (result.documentIds.length === 0) cli.err(cli.t('cli.agreement.noDocuments'));
  const table = agreementTable(snapshot, result, options, cli.lang, 'text');
  const rows = [table.header, ...table.rows.map((r) => r.map(String))];
  const widths = table.header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  cli.out(cli.t('cli.agreement.header', { project: snapshot.project.name, a: coders[0], b: coders[1], level, documents: result.documentIds.length }));
  cli.out();
  rows.forEach((r, k) => {
    cli.out(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
    if (k === 0 || k === rows.length - 2) cli.out(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  cli.out();
  for (const sentence of table.rule) cli.out(sentence);
  return 0;
}
