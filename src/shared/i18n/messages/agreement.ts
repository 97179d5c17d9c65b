import type { AreaMessages } from '../index';

/** Inter-coder agreement (rules, table headers), merging copies of a project, and their CLI commands. */
export const agreementMessages: AreaMessages = {
  nl: {
    'agreement.rule.character.include':
      'Eenheid: elk teken (zonder witruimte) van de respondententekst in de vergeleken documenten; per code telt of codeur A en codeur B het teken codeerden. Tekst die geen van beiden codeerde, telt mee als overeenstemming.',
    'agreement.rule.character.exclude':
      'Eenheid: elk teken (zonder witruimte) van de respondententekst dat minstens één van beide codeurs met de code codeerde; tekst die geen van beiden codeerde, telt niet mee.',
    'agreement.rule.segment':
      'Eenheid: gecodeerd fragment. Een fragment van codeur A en een van codeur B met dezelfde code komen overeen als overlap / vereniging (Jaccard) ≥ {threshold}; elk fragment telt hooguit één keer, beste overlap eerst. Fragmenten zonder tegenhanger zijn onenigheid.',
    'agreement.rule.segment.include':
      '"Geen van beiden" = respondentbeurten die geen fragment van een van beide codeurs met die code raken.',
    'agreement.rule.segment.exclude': '"Geen van beiden" telt niet mee (0).',
    'agreement.column.code': 'Code',
    'agreement.column.n': 'n',
    'agreement.column.percent': '% overeenstemming',
    'agreement.column.kappa': 'kappa',
    'agreement.column.alpha': 'alfa',
    'agreement.column.both': 'beiden',
    'agreement.column.onlyA': 'alleen {coder}',
    'agreement.column.onlyB': 'alleen {coder}',
    'agreement.column.neither': 'geen van beiden',
    'agreement.overall': 'Totaal',
    'agreement.undefined': '—',
    'merge.conflict.kept': '{table} {id} ("{label}"): in beide kopieën verschillend gewijzigd; de versie van het basisproject is gehouden.',
    'merge.conflict.copied': '{table} {id}: in beide kopieën verschillend gewijzigd; de andere versie is toegevoegd als {newId}.',
    'cli.agreement.needCoders': 'Geef twee verschillende codeurs op met --coders A,B.',
    'cli.agreement.noCodings': '{file}: codeur "{coder}" heeft geen coderingen in dit project (codeurs: {coders}).',
    'cli.agreement.unknownCode': 'Onbekende code "{label}".',
    'cli.agreement.noDocuments': 'Geen documenten die beide codeurs codeerden; er valt niets te vergelijken.',
    'cli.agreement.header': '{project}: overeenstemming tussen {a} en {b} ({level}), {documents} documenten.',
    'cli.merge.needOut': 'Geef met --out aan waar het samengevoegde project moet komen.',
    'cli.merge.twoFiles': 'Geef precies twee projectbestanden op: het basisproject en de kopie.',
    'cli.merge.summary':
      '{file}: samengevoegd; {codings} coderingen, {memos} memo\'s, {codes} codes en {documents} documenten toegevoegd, {conflicts} conflicten.',
    'cli.merge.conflict': 'conflict: {message}',
  },
  en: {
    'agreement.rule.character.include':
      "Unit: every character (not counting white space) of the respondents' text in the compared documents; per code it counts whether coder A and coder B coded the character. Text neither coded counts as agreement.",
    'agreement.rule.character.exclude':
      "Unit: every character (not counting white space) of the respondents' text that at least one of the two coders coded with the code; text neither coded does not count.",
    'agreement.rule.segment':
      'Unit: coded segment. A segment of coder A and one of coder B with the same code match when overlap / union (Jaccard) ≥ {threshold}; each segment counts at most once, best overlap first. Segments without a match are disagreements.',
    'agreement.rule.segment.include': '"Neither" = respondent turns that no segment of either coder with that code touches.',
    'agreement.rule.segment.exclude': '"Neither" is not counted (0).',
    'agreement.column.code': 'Code',
    'agreement.column.n': 'n',
    'agreement.column.percent': '% agreement',
    'agreement.column.kappa': 'kappa',
    'agreement.column.alpha': 'alpha',
    'agreement.column.both': 'both',
    'agreement.column.onlyA': 'only {coder}',
    'agreement.column.onlyB': 'only {coder}',
    'agreement.column.neither': 'neither',
    'agreement.overall': 'Overall',
    'agreement.undefined': '—',
    'merge.conflict.kept': '{table} {id} ("{label}"): changed differently in both copies; the base project\'s version was kept.',
    'merge.conflict.copied': '{table} {id}: changed differently in both copies; the other version was added as {newId}.',
    'cli.agreement.needCoders': 'Name two different coders with --coders A,B.',
    'cli.agreement.noCodings': '{file}: coder "{coder}" has no codings in this project (coders: {coders}).',
    'cli.agreement.unknownCode': 'Unknown code "{label}".',
    'cli.agreement.noDocuments': 'No documents that both coders coded; there is nothing to compare.',
    'cli.agreement.header': '{project}: agreement between {a} and {b} ({level}), {documents} documents.',
    'cli.merge.needOut': 'Use --out to say where the merged project should go.',
    'cli.merge.twoFiles': 'Give exactly two project files: the base project and the copy.',
    'cli.merge.summary': '{file}: merged; added {codings} codings, {memos} memos, {codes} codes and {documents} documents, {conflicts} conflicts.',
    'cli.merge.conflict': 'conflict: {message}',
  },
};
