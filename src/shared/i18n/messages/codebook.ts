import type { AreaMessages } from '../index';

/**
 * Messages of predefined codebooks and their validation. Every error names the file ("{file}")
 * and the JSON path ("{path}", e.g. "codes[12].label"; "$" is the document itself).
 */
export const codebookMessages: AreaMessages = {
  nl: {
    'codebook.error.json': '{file}: geen geldige JSON op regel {line}, kolom {column} ({detail}).',
    'codebook.error.jsonNoPosition': '{file}: geen geldige JSON ({detail}).',
    'codebook.error.format': '{file}, {path}: dit is geen Werkbank-codeboek (verwacht "{expected}", gevonden "{found}").',
    'codebook.error.formatVersion':
      '{file}, {path}: het bestand heeft formaatversie {version}; deze versie van Werkbank leest tot en met versie {supported}. Werk Werkbank bij.',
    'codebook.error.missing': '{file}, {path}: het verplichte veld "{field}" ontbreekt.',
    'codebook.error.type': '{file}, {path}: verwacht {expected}, gevonden {found}.',
    'codebook.error.empty': '{file}, {path}: het veld "{field}" is leeg.',
    'codebook.error.emptyLabel': '{file}, {path}: het label is leeg.',
    'codebook.error.emptyList': '{file}, {path}: de lijst "{field}" is leeg.',
    'codebook.error.invalidValue': '{file}, {path}: ongeldige waarde "{value}" (toegestaan: {allowed}).',
    'codebook.error.duplicateId': '{file}, {path}: de id "{id}" komt dubbel voor (eerder bij {first}).',
    'codebook.error.missingParent': '{file}, {path}: de bovenliggende code "{id}" bestaat niet.',
    'codebook.error.cycle': '{file}, {path}: de code "{id}" ligt in een kring van bovenliggende codes ({cycle}).',
    'codebook.error.unknownPair': '{file}, {path}: de gepaarde code "{id}" bestaat niet.',
    'codebook.error.selfPair': '{file}, {path}: de code "{id}" is aan zichzelf gepaard.',
    'codebook.error.pairMismatch': '{file}, {path}: de code "{id}" is gepaard met "{other}" en niet met deze code.',
    'codebook.error.unknownMappingCode': '{file}, {path}: de koppeling verwijst naar de onbekende code "{id}".',
    'codebook.error.unknownCrosswalkCode': '{file}, {path}: de code "{id}" staat in geen enkel codeboek.',
    'codebook.error.color': '{file}, {path}: ongeldige kleur "{value}" (verwacht #rrggbb).',
    'codebook.error.unknownLevel': '{file}, {path}: het niveau "{level}" staat niet in de lijst "levels".',
  },
  en: {
    'codebook.error.json': '{file}: invalid JSON at line {line}, column {column} ({detail}).',
    'codebook.error.jsonNoPosition': '{file}: invalid JSON ({detail}).',
    'codebook.error.format': '{file}, {path}: this is not a Werkbank codebook (expected "{expected}", found "{found}").',
    'codebook.error.formatVersion':
      '{file}, {path}: the file has format version {version}; this version of Werkbank reads up to version {supported}. Please update Werkbank.',
    'codebook.error.missing': '{file}, {path}: the required field "{field}" is missing.',
    'codebook.error.type': '{file}, {path}: expected {expected}, found {found}.',
    'codebook.error.empty': '{file}, {path}: the field "{field}" is empty.',
    'codebook.error.emptyLabel': '{file}, {path}: the label is empty.',
    'codebook.error.emptyList': '{file}, {path}: the list "{field}" is empty.',
    'codebook.error.invalidValue': '{file}, {path}: invalid value "{value}" (allowed: {allowed}).',
    'codebook.error.duplicateId': '{file}, {path}: the id "{id}" occurs twice (first at {first}).',
    'codebook.error.missingParent': '{file}, {path}: the parent code "{id}" does not exist.',
    'codebook.error.cycle': '{file}, {path}: the code "{id}" is part of a cycle of parent codes ({cycle}).',
    'codebook.error.unknownPair': '{file}, {path}: the paired code "{id}" does not exist.',
    'codebook.error.selfPair': '{file}, {path}: the code "{id}" is paired with itself.',
    'codebook.error.pairMismatch': '{file}, {path}: the code "{id}" is paired with "{other}", not with this code.',
    'codebook.error.unknownMappingCode': '{file}, {path}: the mapping refers to the unknown code "{id}".',
    'codebook.error.unknownCrosswalkCode': '{file}, {path}: the code "{id}" is not in any codebook.',
    'codebook.error.color': '{file}, {path}: invalid colour "{value}" (expected #rrggbb).',
    'codebook.error.unknownLevel': '{file}, {path}: the level "{level}" is not in the "levels" list.',
  },
};
