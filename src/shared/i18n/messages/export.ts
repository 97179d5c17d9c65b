import type { AreaMessages } from '../index';

/** Fragment exports (CSV, XLSX, DOCX), pseudonymisation and quote attributions. */
export const exportMessages: AreaMessages = {
  nl: {
    'command.setPseudonyms': 'lijst met te verbergen namen wijzigen ({count} namen)',
    'command.setPseudonyms.one': 'lijst met te verbergen namen wijzigen (1 naam)',

    'export.attribution.respondent': 'respondent',
    'export.attribution.interview': 'interview {n}',

    'export.column.document': 'Document',
    'export.column.pseudonym': 'Respondent (pseudoniem)',
    'export.column.role': 'Rol',
    'export.column.code': 'Code',
    'export.column.category': 'Categorie',
    'export.column.themes': 'Thema(\'s)',
    'export.column.valence': 'Waardering',
    'export.column.startTime': 'Begintijd',
    'export.column.endTime': 'Eindtijd',
    'export.column.text': 'Fragment',
    'export.column.memo': 'Memo',
    'export.column.coder': 'Codeur',
    'export.column.review': 'Reviewstatus',

    'export.valence.bevorderend': 'bevorderend',
    'export.valence.belemmerend': 'belemmerend',
    'export.valence.neutraal': 'neutraal',

    'export.docx.title': 'Gecodeerde fragmenten – {project}',
    'export.docx.count': '{count} fragmenten',
    'export.docx.count.one': '1 fragment',
    'export.docx.empty': 'Geen fragmenten die aan de selectie voldoen.',
    'export.docx.memo': 'Memo: {memo}',
    'export.sheet.fragments': 'Fragmenten',
  },
  en: {
    'command.setPseudonyms': 'change the list of names to hide ({count} names)',
    'command.setPseudonyms.one': 'change the list of names to hide (1 name)',

    'export.attribution.respondent': 'respondent',
    'export.attribution.interview': 'interview {n}',

    'export.column.document': 'Document',
    'export.column.pseudonym': 'Respondent (pseudonym)',
    'export.column.role': 'Role',
    'export.column.code': 'Code',
    'export.column.category': 'Category',
    'export.column.themes': 'Theme(s)',
    'export.column.valence': 'Valence',
    'export.column.startTime': 'Start time',
    'export.column.endTime': 'End time',
    'export.column.text': 'Fragment',
    'export.column.memo': 'Memo',
    'export.column.coder': 'Coder',
    'export.column.review': 'Review status',

    'export.valence.bevorderend': 'promoting',
    'export.valence.belemmerend': 'hindering',
    'export.valence.neutraal': 'neutral',

    'export.docx.title': 'Coded fragments – {project}',
    'export.docx.count': '{count} fragments',
    'export.docx.count.one': '1 fragment',
    'export.docx.empty': 'No fragments match the selection.',
    'export.docx.memo': 'Memo: {memo}',
    'export.sheet.fragments': 'Fragments',
  },
};
