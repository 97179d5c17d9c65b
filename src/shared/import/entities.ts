/**
 * Decodes HTML/WebVTT character references. Covers numeric references and the named ones that
 * occur in mammoth output and subtitle files; an unknown name stays as written, so nothing is lost.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f',
  hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', euro: '€', copy: '©', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', auml: 'ä',
  aacute: 'á', agrave: 'à', oacute: 'ó', ccedil: 'ç', Eacute: 'É', Euml: 'Ë',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}
