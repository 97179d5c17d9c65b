import type { AreaMessages } from '../index';

/** Open coding: coding commands (names shown as "Undo <name>"), their errors, and text search. */
export const codingMessages: AreaMessages = {
  nl: {
    'command.applyCode': 'code "{code}" toekennen in "{document}"',
    'command.applyCodeToTurn': 'code "{code}" toekennen aan beurt van "{speaker}"',
    'command.applyCodeToHits': 'code "{code}" toekennen aan {count} zoekresultaten',
    'command.applyCodeToHits.one': 'code "{code}" toekennen aan 1 zoekresultaat',
    'command.resizeCoding': 'codering van "{code}" aanpassen',
    'command.removeCoding': 'codering van "{code}" verwijderen',
    'command.recodeCoding': 'codering omzetten van "{code}" naar "{target}"',
    'command.createCodeInVivo': 'in-vivocode "{label}" maken',
    'command.addMemo': 'memo "{title}" toevoegen',
    'command.updateMemo': 'memo "{title}" wijzigen',
    'command.deleteMemo': 'memo "{title}" verwijderen',
    'command.markDocumentDone': 'document "{document}" als klaar markeren',
    'command.markDocumentNotDone': 'document "{document}" weer als niet klaar markeren',

    'coding.error.outOfRange': 'De selectie ({start}–{end}) ligt buiten de tekst van het document ({length} tekens).',
    'coding.error.emptyRange': 'De selectie bevat geen tekst om te coderen.',
    'coding.error.splitsCharacter': 'De selectie begint of eindigt midden in een teken (positie {offset}).',
    'coding.error.duplicate': 'Deze tekst is al met code "{code}" gecodeerd.',
    'coding.error.noTurn': 'Beurt {turn} bestaat niet in dit document.',
    'coding.error.inVivoExists': 'Er bestaat al een code "{label}" op deze plek in het codeboek.',
    'coding.error.emptyLabel': 'De selectie bevat geen woorden voor een in-vivocode.',

    'search.error.invalidRegex': 'Ongeldige reguliere expressie "{pattern}": {detail}',
  },
  en: {
    'command.applyCode': 'apply code "{code}" in "{document}"',
    'command.applyCodeToTurn': 'apply code "{code}" to a turn of "{speaker}"',
    'command.applyCodeToHits': 'apply code "{code}" to {count} search hits',
    'command.applyCodeToHits.one': 'apply code "{code}" to 1 search hit',
    'command.resizeCoding': 'resize coding of "{code}"',
    'command.removeCoding': 'remove coding of "{code}"',
    'command.recodeCoding': 'change coding from "{code}" to "{target}"',
    'command.createCodeInVivo': 'create in-vivo code "{label}"',
    'command.addMemo': 'add memo "{title}"',
    'command.updateMemo': 'edit memo "{title}"',
    'command.deleteMemo': 'delete memo "{title}"',
    'command.markDocumentDone': 'mark document "{document}" as done',
    'command.markDocumentNotDone': 'mark document "{document}" as not done',

    'coding.error.outOfRange': 'The selection ({start}–{end}) lies outside the document text ({length} characters).',
    'coding.error.emptyRange': 'The selection contains no text to code.',
    'coding.error.splitsCharacter': 'The selection starts or ends inside a character (position {offset}).',
    'coding.error.duplicate': 'This text is already coded with "{code}".',
    'coding.error.noTurn': 'Turn {turn} does not exist in this document.',
    'coding.error.inVivoExists': 'A code "{label}" already exists at this place in the codebook.',
    'coding.error.emptyLabel': 'The selection contains no words for an in-vivo code.',

    'search.error.invalidRegex': 'Invalid regular expression "{pattern}": {detail}',
  },
};
