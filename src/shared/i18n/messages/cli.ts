import type { AreaMessages } from '../index';

/** Messages of the `werkbank` command line. */
export const cliMessages: AreaMessages = {
  nl: {
    'cli.codebook.emptyCodebook': '{file}: het codeboek is leeg; er is niets te exporteren.',
    'cli.help.main': `werkbank {version} — interviews coderen volgens Baarda (open → axiaal → selectief)

Gebruik:
  werkbank import <bestanden of mappen…> --project <project.werkbank> [--dir-recursive]
  werkbank info <project.werkbank> [--json] [--with-text]
  werkbank codebook list | export | validate   (zie werkbank codebook --help)
  werkbank import-qdpx <project.qdpx> --project <project.werkbank> [--force]
  werkbank export-qdpx <project.werkbank> --out <project.qdpx>
  werkbank stats <project.werkbank> [--format json|csv] [--table …] [--out <bestand>]
  werkbank report <project.werkbank> --format docx|pdf --out <bestand> [--lang nl|en]
  werkbank export <project.werkbank> --format csv|xlsx|docx --out <bestand> [--code <code> …]
  werkbank agreement <project.werkbank> --coders A,B [--codes LABEL,…] [--level character|segment] [--include-uncoded] [--json]
  werkbank merge <basis.werkbank> <kopie.werkbank> --out <samengevoegd.werkbank>
  werkbank <opdracht> --help
  werkbank --version

Algemene opties:
  --lang nl|en   taal van de meldingen (standaard volgens LC_ALL/LANG)

Afsluitcode: 0 gelukt, 1 een bestand kon niet worden gelezen of geïmporteerd, 2 verkeerd gebruik.`,
    'cli.help.import': `werkbank import <bestanden of mappen…> --project <project.werkbank> [--dir-recursive]
                [--codebook ID] [--coder NAAM]

Importeert transcripten (.txt, .docx, .vtt, .srt) in een projectbestand. Bestaat het project nog
niet, dan wordt het gemaakt (naam = bestandsnaam), met --codebook met een voorgedefinieerd
codeboek (ID of nummer uit "werkbank codebook list", bv. 000) en met --coder als naam van de codeur. Mappen leveren hun ondersteunde bestanden;
met --dir-recursive ook die in submappen. Een bestand dat niet lukt, wordt met de reden genoemd en
verandert niets; bestanden die al in het project staan (zelfde inhoud) worden overgeslagen.
Het projectbestand wordt alleen (en in één keer) geschreven als er iets is geïmporteerd.

Afsluitcode: 0 alles geïmporteerd, 1 een of meer bestanden mislukt, 2 verkeerd gebruik.`,
    'cli.help.info': `werkbank info <project.werkbank> [--json] [--with-text]

Toont een overzicht van een projectbestand: documenten (formaat, beurten, woorden, sprekers),
respondenten en aantallen codes en coderingen. Met --json als JSON-object met de lijsten
project, documents, respondents, codes, codings en memos; --with-text voegt de tekst en de
beurten van elk document toe.`,
    'cli.usage.unknownCommand': 'Onbekende opdracht "{command}".',
    'cli.usage.seeHelp': 'Zie "werkbank --help".',
    'cli.usage.seeCommandHelp': 'Zie "werkbank {command} --help".',
    'cli.usage.unknownOption': 'Onbekende optie "{option}".',
    'cli.usage.missingValue': 'De optie {option} heeft een waarde nodig.',
    'cli.usage.badLang': 'Onbekende taal "{lang}"; kies nl of en.',
    'cli.usage.projectRequired': 'Geef het projectbestand op met --project <project.werkbank>.',
    'cli.usage.filesRequired': 'Geef een of meer bestanden of mappen om te importeren.',
    'cli.usage.oneProject': 'Geef precies één projectbestand op.',
    'cli.error.cannotRead': '{file}: kan het bestand niet lezen ({detail}).',
    'cli.error.cannotWrite': '{file}: kan het projectbestand niet schrijven ({detail}); er is niets gewijzigd.',
    'cli.error.unexpected': 'Onverwachte fout: {detail}',
    'cli.import.notFound': '{file}: bestand of map bestaat niet.',
    'cli.import.emptyDirectory': '{dir}: geen .txt-, .docx-, .vtt- of .srt-bestanden in deze map.',
    'cli.import.imported': '{file}: geïmporteerd ({format}, {turns} beurten, {speakers} sprekers).',
    'cli.import.warning': 'let op: {message}',
    'cli.import.duplicate': '{file}: staat al in het project als "{document}"; overgeslagen.',
    'cli.import.summary':
      '{project}: {imported} geïmporteerd, {duplicates} overgeslagen (al aanwezig), {failed} mislukt; nu {documents} documenten.',
    'cli.import.unknownCodebook': 'Onbekend codeboek "{id}". Zie "werkbank codebook list".',
    'cli.import.codebookOnlyNew.one': '{file} bestaat al en heeft een codeboek ({count} code); --codebook geldt alleen voor een nieuw of leeg project.',
    'cli.import.codebookOnlyNew': '{file} bestaat al en heeft een codeboek ({count} codes); --codebook geldt alleen voor een nieuw of leeg project.',
    'cli.import.codebookApplied.one': 'Codeboek "{title}" toegepast: {count} code.',
    'cli.import.codebookApplied': 'Codeboek "{title}" toegepast: {count} codes.',
    'cli.import.summaryCreated':
      '{project}: nieuw project gemaakt; {imported} geïmporteerd, {duplicates} overgeslagen (al aanwezig), {failed} mislukt; nu {documents} documenten.',
    'cli.import.summaryUnchanged':
      '{project}: niets geïmporteerd ({duplicates} overgeslagen, {failed} mislukt); het projectbestand is niet gewijzigd ({documents} documenten).',
    'cli.info.project': 'Project: {name} ({id})',
    'cli.info.description': 'Beschrijving: {description}',
    'cli.info.dates': 'Gemaakt: {created}; gewijzigd: {updated}',
    'cli.info.documents': 'Documenten: {count}',
    'cli.info.document': '{name} — {format}, {turns} beurten, {words} woorden',
    'cli.info.speakers': 'sprekers: {speakers}',
    'cli.info.role.interviewer': 'interviewer',
    'cli.info.role.unassigned': 'niet toegewezen',
    'cli.info.respondents': 'Respondenten: {count}',
    'cli.info.counts': "Codes: {codes}; coderingen: {codings}; memo's: {memos}",
    'cli.help.codebook': `werkbank codebook list [--json]
werkbank codebook export <project.werkbank> --format docx|csv|qdc --out <bestand> [--lang nl|en]
                         [--separator ';'|','] [--with-definitions] [--with-counts]
werkbank codebook validate <codeboek.json|codeboek.qdc> [--schema Codebook.xsd]

list: de meegeleverde codeboeken (id, titel, versie, codes per niveau, bron).
export: de codelijst van een project als Word-bijlage (docx), CSV of REFI-QDA-codeboek (qdc).
validate: controleert een Werkbank-codeboek (.json) of een REFI-QDA-codeboek (.qdc; met --schema
ook met xmllint tegen de XSD) en noemt elke fout met zijn plaats.

Afsluitcode: 0 gelukt of geldig, 1 ongeldig of niet te lezen, 2 verkeerd gebruik.`,
    'cli.codebook.levels.one': '{count} code: {levels}',
    'cli.codebook.levels': '{count} codes: {levels}',
    'cli.codebook.exported.one': '{count} code geëxporteerd naar {file}.',
    'cli.codebook.exported': '{count} codes geëxporteerd naar {file}.',
    'cli.codebook.valid.one': '{file} is geldig ({count} code).',
    'cli.codebook.valid': '{file} is geldig ({count} codes).',
    'cli.codebook.badFormat': 'Onbekend formaat "{format}"; kies --format docx, csv of qdc.',
    'cli.codebook.needOut': 'Geef met --out aan waar de export moet komen.',
    'cli.codebook.badSeparator': 'Ongeldig scheidingsteken "{separator}"; kies ";" of ",".',
    'cli.codebook.oneFile': 'Geef precies één codeboekbestand op.',
    'cli.codebook.unknownSub': 'Onbekende opdracht "codebook {sub}"; kies list, export of validate.',
    'cli.codebook.noXmllint': 'xmllint is niet geïnstalleerd; de controle tegen het schema is overgeslagen.',
    'cli.help.importQdpx': `werkbank import-qdpx <project.qdpx> --project <project.werkbank> [--force]

Maakt een nieuw Werkbank-project van een REFI-QDA-project (.qdpx) uit ATLAS.ti, NVivo, MAXQDA,
QualCoder of Werkbank: documenten, codeboom, coderingen, memo's, cases (respondenten) en codeurs.
Toont daarna wat is overgenomen, hoe de posities zijn gelezen en wat niet kon worden overgenomen.
Een bestaand projectbestand wordt alleen overschreven met --force. Er wordt niets geschreven als
het bestand niet gelezen kan worden.

Afsluitcode: 0 gelukt, 1 niet te lezen of niet te schrijven, 2 verkeerd gebruik.`,
    'cli.help.exportQdpx': `werkbank export-qdpx <project.werkbank> --out <project.qdpx>

Schrijft het project als REFI-QDA-project (.qdpx) voor ATLAS.ti, NVivo, MAXQDA of QualCoder:
documenten als tekstbronnen, de codeboom, alle coderingen (posities in Unicode-codepunten),
memo's als notities en respondenten als cases met hun rol en kenmerken als variabelen.

Afsluitcode: 0 gelukt, 1 niet te lezen of niet te schrijven, 2 verkeerd gebruik.`,
    'cli.qdpx.oneFile': 'Geef precies één bestand op.',
    'cli.qdpx.needOut': 'Geef met --out aan waar het .qdpx-bestand moet komen.',
    'cli.qdpx.exists': '{file} bestaat al; kies een andere naam of gebruik --force om het te overschrijven.',
    'cli.help.stats': `werkbank stats <project.werkbank> [--format json|csv] [--table frequencies|cooccurrence|crosstab]
  [--mode overlap|turn] [--columns role|document|attr:NAAM] [--measure fragments|respondents]
  [--separator ';'] [--out BESTAND]

Analysetabellen van een project: codefrequenties (fragmenten, documenten, respondenten, per rol),
co-occurrentie van codes (--mode overlap: overlappende fragmenten; turn: in dezelfde beurt) en een
kruistabel van codes tegen rol, document of een kenmerk van respondenten (--columns attr:locatie),
met als maat fragmenten of respondenten. JSON (standaard) bevat alle drie de tabellen met de namen
van de codes; CSV één tabel (--table, standaard frequencies), met --separator ';' voor Excel in het
Nederlands. Zonder --out naar de standaarduitvoer.

Afsluitcode: 0 gelukt, 1 niet te lezen of niet te schrijven, 2 verkeerd gebruik.`,
    'cli.stats.badValue': 'Ongeldige waarde "{value}" voor {option}; kies uit {allowed}.',
    'cli.stats.written': '{file}: tabel geschreven.',
    'cli.help.agreement': `werkbank agreement <project.werkbank> --coders A,B [--codes LABEL,…] [--level character|segment]
  [--overlap 0.5] [--include-uncoded] [--json]

Overeenstemming tussen twee codeurs (interbeoordelaarsbetrouwbaarheid), per code en in totaal:
percentage overeenstemming, Cohens kappa en Krippendorffs alfa (nominaal). Vergeleken worden de
documenten die beide codeurs codeerden. --level character (standaard): elk teken van de
respondententekst is een eenheid; segment: fragmenten komen overeen als overlap / vereniging
(Jaccard) ≥ --overlap (standaard 0,5). Zonder --include-uncoded telt tekst die geen van beiden
codeerde niet mee (strenger dan NVivo); met de optie wel. --codes beperkt tot codes met die namen.
De regel die gold, staat onder de tabel; --json geeft alles als JSON.

Afsluitcode: 0 gelukt, 1 niet te lezen of een codeur zonder coderingen, 2 verkeerd gebruik.`,
    'cli.help.merge': `werkbank merge <basis.werkbank> <kopie.werkbank> --out <samengevoegd.werkbank>

Voegt een kopie van het project (bijvoorbeeld die van een tweede codeur) samen met het basisproject.
Het werk van beide codeurs blijft bewaard; niets van het basisproject wordt overschreven. Coderingen,
memo's, codes en documenten die alleen in de kopie staan, worden toegevoegd. Is hetzelfde onderdeel in
beide kopieën anders gewijzigd, dan blijft de versie van het basisproject staan; een codering of memo
uit de kopie komt er dan als nieuwe bij, andere verschillen worden als conflict gemeld. De
invoerbestanden worden alleen gelezen.

Afsluitcode: 0 gelukt, 1 niet te lezen of niet te schrijven, 2 verkeerd gebruik.`,
    'cli.qdpx.created': '{file}: nieuw project gemaakt.',
    'cli.help.report': `werkbank report <project.werkbank> --format docx|pdf --out <bestand> [--lang nl|en]
  [--title <titel>] [--author <auteur>]

Schrijft het themarapport (hetzelfde als de voorvertoning in de app) als Word- of PDF-bestand:
titelpagina, kernthema's met kerncitaten, frequentietabellen, methode en bijlagen. Alle tekst is
gepseudonimiseerd: de namen op de lijst van het project worden vervangen en citaten worden alleen
met rol, interviewnummer en tijd aangeduid. De taal van het rapport is --lang, anders volgens
LC_ALL/LANG.

Afsluitcode: 0 gelukt, 1 niet te lezen of niet te schrijven, 2 verkeerd gebruik.`,
    'cli.help.export': `werkbank export <project.werkbank> --format csv|xlsx|docx --out <bestand>
  [--separator ';'|','] [--code <label of id> …] [--lang nl|en]

Exporteert de gecodeerde fragmenten: als tabel (csv, xlsx) met per fragment document, pseudoniem
en rol van de respondent, kenmerken, code, categorie, thema('s), waardering, tijden, tekst, memo
en codeur; of als Word-document (docx) met per code de fragmenten als citaat met bronvermelding.
--code (herhaalbaar) beperkt tot die codes en hun subcodes. Alle tekst is gepseudonimiseerd met de
namenlijst van het project; respondenten staan er alleen met pseudoniem en rol in. CSV is UTF-8
met BOM, standaard met ';' voor Excel in het Nederlands; zonder --out gaat CSV naar de
standaarduitvoer.

Afsluitcode: 0 gelukt, 1 niet te lezen of niet te schrijven, 2 verkeerd gebruik.`,
    'cli.report.badFormat': 'Onbekend formaat "{format}"; kies docx of pdf.',
    'cli.report.needOut': 'Geef met --out aan waar het rapport moet komen.',
    'cli.report.written': '{file}: rapport geschreven.',
    'cli.export.badFormat': 'Onbekend formaat "{format}"; kies uit {allowed}.',
    'cli.export.needOut': 'Geef met --out aan waar het bestand moet komen.',
    'cli.export.unknownCode': 'Onbekende code "{code}" (geef het label of de id).',
    'cli.export.written': '{file}: {count} fragmenten geschreven.',
    'cli.export.written.one': '{file}: 1 fragment geschreven.',
    'cli.error.cannotWriteFile': '{file}: kan het bestand niet schrijven ({detail}).',
  },
  en: {
    'cli.help.report': `werkbank report <project.werkbank> --format docx|pdf --out <file> [--lang nl|en]
  [--title <title>] [--author <author>]

Writes the theme report (the same as the preview in the app) as a Word or PDF file: title page,
core themes with key quotes, frequency tables, method and appendices. All text is pseudonymised:
the names on the project's list are replaced and quotes are attributed by role, interview number
and time only. The report's language is --lang, else from LC_ALL/LANG.

Exit code: 0 success, 1 cannot read or write, 2 wrong usage.`,
    'cli.help.export': `werkbank export <project.werkbank> --format csv|xlsx|docx --out <file>
  [--separator ';'|','] [--code <label or id> …] [--lang nl|en]

Exports the coded fragments: as a table (csv, xlsx) with, per fragment, the document, the
respondent's pseudonym and role, attributes, code, category, theme(s), valence, times, text, memo
and coder; or as a Word document (docx) with the fragments per code as quotes with attribution.
--code (repeatable) limits the export to those codes and their subcodes. All text is pseudonymised
with the project's list of names; respondents appear by pseudonym and role only. CSV is UTF-8 with
a BOM, by default with ';' for Excel in Dutch; without --out CSV goes to standard output.

Exit code: 0 success, 1 cannot read or write, 2 wrong usage.`,
    'cli.report.badFormat': 'Unknown format "{format}"; choose docx or pdf.',
    'cli.report.needOut': 'Use --out to say where the report should go.',
    'cli.report.written': '{file}: report written.',
    'cli.export.badFormat': 'Unknown format "{format}"; choose from {allowed}.',
    'cli.export.needOut': 'Use --out to say where the file should go.',
    'cli.export.unknownCode': 'Unknown code "{code}" (give its label or id).',
    'cli.export.written': '{file}: {count} fragments written.',
    'cli.export.written.one': '{file}: 1 fragment written.',
    'cli.error.cannotWriteFile': '{file}: cannot write the file ({detail}).',
    'cli.help.stats': `werkbank stats <project.werkbank> [--format json|csv] [--table frequencies|cooccurrence|crosstab]
  [--mode overlap|turn] [--columns role|document|attr:NAME] [--measure fragments|respondents]
  [--separator ';'] [--out FILE]

Analysis tables of a project: code frequencies (fragments, documents, respondents, by role), code
co-occurrence (--mode overlap: overlapping fragments; turn: in the same speaker turn) and a
crosstab of codes against role, document or a respondent attribute (--columns attr:location),
measured in fragments or respondents. JSON (default) holds all three tables with code labels; CSV
one table (--table, default frequencies), with --separator ';' for Excel in Dutch. Without --out
the result goes to standard output.

Exit code: 0 success, 1 cannot read or write, 2 wrong usage.`,
    'cli.stats.badValue': 'Invalid value "{value}" for {option}; choose from {allowed}.',
    'cli.stats.written': '{file}: table written.',
    'cli.help.agreement': `werkbank agreement <project.werkbank> --coders A,B [--codes LABEL,…] [--level character|segment]
  [--overlap 0.5] [--include-uncoded] [--json]

Agreement between two coders (inter-rater reliability), per code and overall: percent agreement,
Cohen's kappa and Krippendorff's alpha (nominal). Compared are the documents both coders coded.
--level character (default): every character of the respondents' text is a unit; segment:
segments match when overlap / union (Jaccard) ≥ --overlap (default 0.5). Without
--include-uncoded text neither coder coded does not count (stricter than NVivo); with it, it does.
--codes restricts to the codes with those labels. The rule in force is printed below the table;
--json gives everything as JSON.

Exit code: 0 success, 1 unreadable or a coder without codings, 2 wrong usage.`,
    'cli.help.merge': `werkbank merge <base.werkbank> <copy.werkbank> --out <merged.werkbank>

Merges a copy of the project (for instance a second coder's) with the base project. Both coders'
work is kept; nothing of the base project is overwritten. Codings, memos, codes and documents only
in the copy are added. When the same item was changed differently in both copies, the base
project's version stays; a coding or memo from the copy is then added as a new one, other
differences are reported as conflicts. The input files are only read.

Exit code: 0 success, 1 cannot read or write, 2 wrong usage.`,
    'cli.help.importQdpx': `werkbank import-qdpx <project.qdpx> --project <project.werkbank> [--force]

Creates a new Werkbank project from a REFI-QDA project (.qdpx) made with ATLAS.ti, NVivo, MAXQDA,
QualCoder or Werkbank: documents, code tree, codings, memos, cases (respondents) and coders.
Then shows what was carried over, how positions were read and what could not be carried over.
An existing project file is only overwritten with --force. Nothing is written when the file
cannot be read.

Exit code: 0 success, 1 unreadable or not writable, 2 wrong usage.`,
    'cli.help.exportQdpx': `werkbank export-qdpx <project.werkbank> --out <project.qdpx>

Writes the project as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA or QualCoder:
documents as text sources, the code tree, every coding (positions in Unicode code points), memos
as notes and respondents as cases with their role and attributes as variables.

Exit code: 0 success, 1 unreadable or not writable, 2 wrong usage.`,
    'cli.qdpx.oneFile': 'Give exactly one file.',
    'cli.qdpx.needOut': 'Use --out to say where the .qdpx file should go.',
    'cli.qdpx.exists': '{file} already exists; choose another name or use --force to overwrite it.',
    'cli.qdpx.created': '{file}: new project created.',
    'cli.codebook.emptyCodebook': '{file}: the codebook is empty; there is nothing to export.',
    'cli.help.main': `werkbank {version} — coding interviews with Baarda's method (open → axial → selective)

Usage:
  werkbank import <files or folders…> --project <project.werkbank> [--dir-recursive]
  werkbank info <project.werkbank> [--json] [--with-text]
  werkbank codebook list | export | validate   (see werkbank codebook --help)
  werkbank import-qdpx <project.qdpx> --project <project.werkbank> [--force]
  werkbank export-qdpx <project.werkbank> --out <project.qdpx>
  werkbank stats <project.werkbank> [--format json|csv] [--table …] [--out <file>]
  werkbank report <project.werkbank> --format docx|pdf --out <file> [--lang nl|en]
  werkbank export <project.werkbank> --format csv|xlsx|docx --out <file> [--code <code> …]
  werkbank agreement <project.werkbank> --coders A,B [--codes LABEL,…] [--level character|segment] [--include-uncoded] [--json]
  werkbank merge <base.werkbank> <copy.werkbank> --out <merged.werkbank>
  werkbank <command> --help
  werkbank --version

General options:
  --lang nl|en   language of the messages (default from LC_ALL/LANG)

Exit code: 0 success, 1 a file could not be read or imported, 2 wrong usage.`,
    'cli.help.import': `werkbank import <files or folders…> --project <project.werkbank> [--dir-recursive]
                [--codebook ID] [--coder NAME]

Imports transcripts (.txt, .docx, .vtt, .srt) into a project file. When the project does not
exist yet it is created (name = file name), with --codebook with a predefined codebook (its id or
number from "werkbank codebook list", e.g. 000) and with --coder as the coder's name. Folders contribute their supported files; with
--dir-recursive also those in subfolders. A file that fails is named with the reason and changes
nothing; files already in the project (same content) are skipped. The project file is written
(in one go) only when something was imported.

Exit code: 0 all imported, 1 one or more files failed, 2 wrong usage.`,
    'cli.help.info': `werkbank info <project.werkbank> [--json] [--with-text]

Shows a summary of a project file: documents (format, turns, words, speakers), respondents and
the numbers of codes and codings. With --json as a JSON object with the lists project,
documents, respondents, codes, codings and memos; --with-text adds each document's text and
turns.`,
    'cli.usage.unknownCommand': 'Unknown command "{command}".',
    'cli.usage.seeHelp': 'See "werkbank --help".',
    'cli.usage.seeCommandHelp': 'See "werkbank {command} --help".',
    'cli.usage.unknownOption': 'Unknown option "{option}".',
    'cli.usage.missingValue': 'The option {option} needs a value.',
    'cli.usage.badLang': 'Unknown language "{lang}"; choose nl or en.',
    'cli.usage.projectRequired': 'Name the project file with --project <project.werkbank>.',
    'cli.usage.filesRequired': 'Name one or more files or folders to import.',
    'cli.usage.oneProject': 'Name exactly one project file.',
    'cli.error.cannotRead': '{file}: cannot read the file ({detail}).',
    'cli.error.cannotWrite': '{file}: cannot write the project file ({detail}); nothing was changed.',
    'cli.error.unexpected': 'Unexpected error: {detail}',
    'cli.import.notFound': '{file}: no such file or folder.',
    'cli.import.emptyDirectory': '{dir}: no .txt, .docx, .vtt or .srt files in this folder.',
    'cli.import.imported': '{file}: imported ({format}, {turns} turns, {speakers} speakers).',
    'cli.import.warning': 'note: {message}',
    'cli.import.duplicate': '{file}: already in the project as "{document}"; skipped.',
    'cli.import.summary':
      '{project}: {imported} imported, {duplicates} skipped (already present), {failed} failed; now {documents} documents.',
    'cli.import.unknownCodebook': 'Unknown codebook "{id}". See "werkbank codebook list".',
    'cli.import.codebookOnlyNew.one': '{file} already exists and has a codebook ({count} code); --codebook is only for a new or empty project.',
    'cli.import.codebookOnlyNew': '{file} already exists and has a codebook ({count} codes); --codebook is only for a new or empty project.',
    'cli.import.codebookApplied.one': 'Codebook "{title}" applied: {count} code.',
    'cli.import.codebookApplied': 'Codebook "{title}" applied: {count} codes.',
    'cli.import.summaryCreated':
      '{project}: new project created; {imported} imported, {duplicates} skipped (already present), {failed} failed; now {documents} documents.',
    'cli.import.summaryUnchanged':
      '{project}: nothing imported ({duplicates} skipped, {failed} failed); the project file was not changed ({documents} documents).',
    'cli.info.project': 'Project: {name} ({id})',
    'cli.info.description': 'Description: {description}',
    'cli.info.dates': 'Created: {created}; changed: {updated}',
    'cli.info.documents': 'Documents: {count}',
    'cli.info.document': '{name} — {format}, {turns} turns, {words} words',
    'cli.info.speakers': 'speakers: {speakers}',
    'cli.info.role.interviewer': 'interviewer',
    'cli.info.role.unassigned': 'unassigned',
    'cli.info.respondents': 'Respondents: {count}',
    'cli.info.counts': 'Codes: {codes}; codings: {codings}; memos: {memos}',
    'cli.help.codebook': `werkbank codebook list [--json]
werkbank codebook export <project.werkbank> --format docx|csv|qdc --out <file> [--lang nl|en]
                         [--separator ';'|','] [--with-definitions] [--with-counts]
werkbank codebook validate <codebook.json|codebook.qdc> [--schema Codebook.xsd]

list: the shipped codebooks (id, title, version, codes per level, source).
export: a project's code list as a Word appendix (docx), CSV or REFI-QDA codebook (qdc).
validate: checks a Werkbank codebook (.json) or a REFI-QDA codebook (.qdc; with --schema also
with xmllint against the XSD) and names every error with its place.

Exit code: 0 success or valid, 1 invalid or unreadable, 2 wrong usage.`,
    'cli.codebook.levels.one': '{count} code: {levels}',
    'cli.codebook.levels': '{count} codes: {levels}',
    'cli.codebook.exported.one': '{count} code exported to {file}.',
    'cli.codebook.exported': 'Exported {count} codes to {file}.',
    'cli.codebook.valid.one': '{file} is valid ({count} code).',
    'cli.codebook.valid': '{file} is valid ({count} codes).',
    'cli.codebook.badFormat': 'Unknown format "{format}"; choose --format docx, csv or qdc.',
    'cli.codebook.needOut': 'Say with --out where the export should go.',
    'cli.codebook.badSeparator': 'Invalid separator "{separator}"; choose ";" or ",".',
    'cli.codebook.oneFile': 'Give exactly one codebook file.',
    'cli.codebook.unknownSub': 'Unknown command "codebook {sub}"; choose list, export or validate.',
    'cli.codebook.noXmllint': 'xmllint is not installed; the schema check was skipped.',
  },
};
