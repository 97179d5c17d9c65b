import type { AreaMessages } from '../index';

/** Messages of transcript import. Every error names the file: "{file}" is always given. */
export const importMessages: AreaMessages = {
  nl: {
    'import.error.empty': '{file}: het bestand is leeg.',
    'import.error.tooLarge': '{file}: het bestand is te groot ({size} MB; maximaal {max} MB).',
    'import.error.binary': '{file}: dit is geen tekstbestand (het bevat binaire gegevens).',
    'import.error.unknownExtension':
      '{file}: onbekend bestandstype "{ext}". Werkbank leest .txt, .docx, .vtt en .srt.',
    'import.error.undecodable': '{file}: de tekencodering is niet te herkennen.',
    'import.error.docxCorrupt': '{file}: het Word-bestand is beschadigd en kan niet worden gelezen ({detail}).',
    'import.error.docxEncrypted':
      '{file}: het Word-bestand is met een wachtwoord beveiligd. Sla het zonder wachtwoord op en importeer opnieuw.',
    'import.error.docxLegacyDoc':
      '{file}: dit is een oud Word-bestand (.doc). Sla het op als .docx en importeer opnieuw.',
    'import.error.vttMalformed': '{file}: geen geldig WebVTT-bestand (regel {line}: {detail}).',
    'import.error.srtMalformed': '{file}: geen geldig SRT-ondertitelbestand (regel {line}: {detail}).',
    'import.error.noText': '{file}: het bestand bevat geen tekst.',
    'import.error.unexpected': '{file}: onverwachte fout bij het lezen ({detail}).',
    'import.warning.noSpeakers': 'Geen sprekers herkend; de tekst is als één beurt geïmporteerd.',
    'import.warning.cuesWithoutSpeaker.one': '{count} fragment zonder spreker.',
    'import.warning.cuesWithoutSpeaker': '{count} fragmenten zonder spreker.',
    'import.warning.skippedCues.one': '{count} onleesbaar fragment overgeslagen (op regel {line}).',
    'import.warning.skippedCues': '{count} onleesbare fragmenten overgeslagen (eerste op regel {line}).',
    'import.warning.decodedAs': 'Gelezen als {encoding}.',
  },
  en: {
    'import.error.empty': '{file}: the file is empty.',
    'import.error.tooLarge': '{file}: the file is too large ({size} MB; at most {max} MB).',
    'import.error.binary': '{file}: this is not a text file (it contains binary data).',
    'import.error.unknownExtension':
      '{file}: unknown file type "{ext}". Werkbank reads .txt, .docx, .vtt and .srt.',
    'import.error.undecodable': '{file}: the character encoding cannot be recognised.',
    'import.error.docxCorrupt': '{file}: the Word file is damaged and cannot be read ({detail}).',
    'import.error.docxEncrypted':
      '{file}: the Word file is password-protected. Save it without a password and import it again.',
    'import.error.docxLegacyDoc':
      '{file}: this is an old Word file (.doc). Save it as .docx and import it again.',
    'import.error.vttMalformed': '{file}: not a valid WebVTT file (line {line}: {detail}).',
    'import.error.srtMalformed': '{file}: not a valid SRT subtitle file (line {line}: {detail}).',
    'import.error.noText': '{file}: the file contains no text.',
    'import.error.unexpected': '{file}: unexpected error while reading ({detail}).',
    'import.warning.noSpeakers': 'No speakers recognised; the text was imported as one turn.',
    'import.warning.cuesWithoutSpeaker.one': '{count} cue without a speaker.',
    'import.warning.cuesWithoutSpeaker': '{count} cues without a speaker.',
    'import.warning.skippedCues.one': '{count} unreadable cue skipped (at line {line}).',
    'import.warning.skippedCues': '{count} unreadable cues skipped (first at line {line}).',
    'import.warning.decodedAs': 'Read as {encoding}.',
  },
};
