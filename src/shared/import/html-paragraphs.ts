import { decodeEntities } from './entities';

/** One paragraph of mammoth's HTML as plain text. */
export interface HtmlParagraph {
  text: string;
  /** Length of the bold run that opens the paragraph (after leading whitespace), if any. */
  leadingBoldLength?: number;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'blockquote']);
const BOLD = new Set(['strong', 'b']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<!--[\s\S]*?-->|([^<]+)|</g;

/**
 * A small tolerant tokenizer for the limited HTML mammoth writes (no DOM in src/shared): block
 * elements end paragraphs, `<br>` is a line break, bold at a paragraph's start is remembered for
 * speaker labels, every other tag is dropped. Empty paragraphs are dropped.
 */
export function paragraphsFromHtml(html: string): HtmlParagraph[] {
  const paragraphs: HtmlParagraph[] = [];
  let text = '';
  let boldDepth = 0;
  let leadingBold: 'open' | 'done' | 'none' | undefined;
  let leadingBoldLength = 0;

  const flush = () => {
    if (text.trim() !== '') {
      const paragraph: HtmlParagraph = { text };
      if (leadingBold === 'done' || leadingBold === 'open') paragraph.leadingBoldLength = leadingBoldLength;
      paragraphs.push(paragraph);
    }
    text = '';
    leadingBold = undefined;
    leadingBoldLength = 0;
  };
  const append = (chunk: string) => {
    if (leadingBold === undefined && chunk.trim() === '') {
      text += chunk;
      return;
    }
    if (leadingBold === undefined) leadingBold = boldDepth > 0 ? 'open' : 'none';
    if (leadingBold === 'open' && boldDepth > 0) leadingBoldLength = text.trimStart().length + chunk.length;
    else if (leadingBold === 'open') leadingBold = 'done';
    text += chunk;
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, chars] = match;
    if (chars !== undefined) {
      append(decodeEntities(chars));
      continue;
    }
    if (rawName === undefined) {
      if (match[0] === '<') append('<');
      continue;
    }
    const name = rawName.toLowerCase();
    if (BLOCKS.has(name)) flush();
    else if (name === 'br') append('\n');
    else if (BOLD.has(name)) {
      boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
      if (closing && leadingBold === 'open' && boldDepth === 0) leadingBold = 'done';
    }
  }
  flush();
  return paragraphs;
}
