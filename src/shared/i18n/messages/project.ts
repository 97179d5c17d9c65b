import type { AreaMessages } from '../index';

/**
 * Project commands (names shown as "Undo <name>"), the data layer and `.werkbank` files.
 * Every `project.file.error.*` message names the file ({file}); most also the JSON path ({path}).
 */
export const projectMessages: AreaMessages = {
  nl: {
    'command.importDocuments.one': '{count} document importeren',
    'command.importDocuments': '{count} document(en) importeren',
    'command.renameDocument': 'document "{from}" hernoemen naar "{name}"',
    'command.deleteDocument': 'document "{name}" verwijderen',
    'command.linkMedia': 'media "{file}" koppelen aan "{document}"',
    'command.unlinkMedia': 'media "{file}" ontkoppelen van "{document}"',
    'command.assignSpeaker': 'spreker "{label}" toewijzen in "{document}"',
    'command.createRespondent': 'respondent "{pseudonym}" toevoegen',
    'command.updateRespondent': 'respondent "{pseudonym}" wijzigen',
    'command.deleteRespondent': 'respondent "{pseudonym}" verwijderen',
    'command.updateProject': 'projectgegevens van "{name}" wijzigen',
    'command.addCode': 'code "{label}" toevoegen',
    'command.renameCode': 'code "{label}" hernoemen naar "{target}"',
    'command.recolorCode': 'kleur van code "{label}" wijzigen',
    'command.editCode': 'code "{label}" bewerken',
    'command.moveCode': 'code "{label}" verplaatsen naar "{target}"',
    'command.mergeCodes': 'code "{label}" samenvoegen met "{target}"',
    'command.deleteCode': 'code "{label}" verwijderen',
    'command.applyCodebook': '{count} codes overnemen uit "{target}"',
    'command.applyCodebook.one': '1 code overnemen uit "{target}"',

    'project.error.notFound': 'Niet gevonden: {kind} "{id}".',
    'project.error.stale':
      'De gegevens zijn intussen gewijzigd (bijvoorbeeld in een ander venster). De wijziging is niet opgeslagen; bekijk de actuele gegevens en probeer het opnieuw.',
    'project.error.projectMissing': 'Het project "{id}" bestaat niet (meer).',
    'project.error.foreignEntity': 'De wijziging hoort bij een ander project ({table} "{id}").',

    'project.file.error.empty': '{file}: het projectbestand is leeg.',
    'project.file.error.gzipCorrupt': '{file}: het gecomprimeerde projectbestand is beschadigd ({detail}).',
    'project.file.error.notUtf8': '{file}: het projectbestand is geen geldige UTF-8-tekst.',
    'project.file.error.notJson': '{file}: het projectbestand is geen geldige JSON ({detail}).',
    'project.file.error.notWerkbank':
      '{file}: dit is geen Werkbank-projectbestand (veld "format" is {found}, verwacht "werkbank-project").',
    'project.file.error.badVersion': '{file}: {path} is ongeldig ({found}); verwacht een geheel getal vanaf 1.',
    'project.file.error.newerVersion':
      '{file}: gemaakt met een nieuwere Werkbank (bestandsversie {version}; deze versie leest t/m {supported}). Werk Werkbank bij om dit project te openen.',
    'project.file.error.missingField': '{file}: {path} ontbreekt.',
    'project.file.error.wrongType': '{file}: {path} moet van het type {expected} zijn, maar is {found}.',
    'project.file.error.badValue': '{file}: {path} heeft een ongeldige waarde {value} (toegestaan: {detail}).',
    'project.file.error.emptyValue': '{file}: {path} mag niet leeg zijn.',
    'project.file.error.negativeNumber': '{file}: {path} mag niet negatief zijn ({value}).',
    'project.file.error.duplicateLabel': '{file}: {path}: spreker "{label}" staat dubbel in de lijst.',
    'project.file.error.duplicateId': '{file}: {path}: id "{id}" komt dubbel voor (ook in {other}).',
    'project.file.error.wrongProject':
      '{file}: {path} is "{found}", maar het project in dit bestand heeft id "{expected}".',
    'project.file.error.danglingDocument': '{file}: {path} verwijst naar document "{id}", dat niet in het bestand staat.',
    'project.file.error.danglingCode': '{file}: {path} verwijst naar code "{id}", die niet in het bestand staat.',
    'project.file.error.danglingCoding': '{file}: {path} verwijst naar codering "{id}", die niet in het bestand staat.',
    'project.file.error.danglingRespondent':
      '{file}: {path} verwijst naar respondent "{id}", die niet in het bestand staat.',
    'project.file.error.codeCycle': '{file}: {path}: de codeboom bevat een kring ({detail}).',
    'project.file.error.startAfterEnd': '{file}: {path}: het begin ({start}) ligt na het einde ({end}).',
    'project.file.error.offsetOutOfRange':
      '{file}: {path}: positie {offset} ligt buiten de tekst van het document ({length} tekens).',
    'project.file.error.unexpected': '{file}: onverwachte fout bij het lezen van het projectbestand ({detail}).',
  },
  en: {
    'command.importDocuments.one': 'import {count} document',
    'command.importDocuments': 'import {count} document(s)',
    'command.renameDocument': 'rename document "{from}" to "{name}"',
    'command.deleteDocument': 'delete document "{name}"',
    'command.linkMedia': 'link media "{file}" to "{document}"',
    'command.unlinkMedia': 'unlink media "{file}" from "{document}"',
    'command.assignSpeaker': 'assign speaker "{label}" in "{document}"',
    'command.createRespondent': 'add respondent "{pseudonym}"',
    'command.updateRespondent': 'edit respondent "{pseudonym}"',
    'command.deleteRespondent': 'delete respondent "{pseudonym}"',
    'command.updateProject': 'edit project details of "{name}"',
    'command.addCode': 'add code "{label}"',
    'command.renameCode': 'rename code "{label}" to "{target}"',
    'command.recolorCode': 'change the colour of code "{label}"',
    'command.editCode': 'edit code "{label}"',
    'command.moveCode': 'move code "{label}" to "{target}"',
    'command.mergeCodes': 'merge code "{label}" into "{target}"',
    'command.deleteCode': 'delete code "{label}"',
    'command.applyCodebook': 'adopt {count} codes from "{target}"',
    'command.applyCodebook.one': 'adopt 1 code from "{target}"',

    'project.error.notFound': 'Not found: {kind} "{id}".',
    'project.error.stale':
      'The data has changed in the meantime (for example in another window). The change was not saved; look at the current data and try again.',
    'project.error.projectMissing': 'Project "{id}" does not exist (any more).',
    'project.error.foreignEntity': 'The change belongs to another project ({table} "{id}").',

    'project.file.error.empty': '{file}: the project file is empty.',
    'project.file.error.gzipCorrupt': '{file}: the compressed project file is damaged ({detail}).',
    'project.file.error.notUtf8': '{file}: the project file is not valid UTF-8 text.',
    'project.file.error.notJson': '{file}: the project file is not valid JSON ({detail}).',
    'project.file.error.notWerkbank':
      '{file}: this is not a Werkbank project file (field "format" is {found}, expected "werkbank-project").',
    'project.file.error.badVersion': '{file}: {path} is invalid ({found}); expected a whole number from 1.',
    'project.file.error.newerVersion':
      '{file}: made with a newer Werkbank (file version {version}; this version reads up to {supported}). Update Werkbank to open this project.',
    'project.file.error.missingField': '{file}: {path} is missing.',
    'project.file.error.wrongType': '{file}: {path} must be of type {expected}, but is {found}.',
    'project.file.error.badValue': '{file}: {path} has an invalid value {value} (allowed: {detail}).',
    'project.file.error.emptyValue': '{file}: {path} must not be empty.',
    'project.file.error.negativeNumber': '{file}: {path} must not be negative ({value}).',
    'project.file.error.duplicateLabel': '{file}: {path}: speaker "{label}" is listed twice.',
    'project.file.error.duplicateId': '{file}: {path}: id "{id}" occurs twice (also in {other}).',
    'project.file.error.wrongProject': '{file}: {path} is "{found}", but the project in this file has id "{expected}".',
    'project.file.error.danglingDocument': '{file}: {path} refers to document "{id}", which is not in the file.',
    'project.file.error.danglingCode': '{file}: {path} refers to code "{id}", which is not in the file.',
    'project.file.error.danglingCoding': '{file}: {path} refers to coding "{id}", which is not in the file.',
    'project.file.error.danglingRespondent': '{file}: {path} refers to respondent "{id}", which is not in the file.',
    'project.file.error.codeCycle': '{file}: {path}: the code tree contains a cycle ({detail}).',
    'project.file.error.startAfterEnd': '{file}: {path}: the start ({start}) lies after the end ({end}).',
    'project.file.error.offsetOutOfRange':
      '{file}: {path}: position {offset} lies outside the document text ({length} characters).',
    'project.file.error.unexpected': '{file}: unexpected error while reading the project file ({detail}).',
  },
};
