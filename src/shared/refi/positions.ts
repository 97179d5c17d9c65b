/**
 * REFI-QDA selection positions ↔ Werkbank offsets.
 *
 * Werkbank offsets are UTF-16 code units into the newline-normalised text (`\n` only), end
 * exclusive. REFI-QDA positions (§10.2 of the standard) are Unicode code points into the source
 * file's text, end exclusive. Some exporters deviate: NVivo for Windows counts UTF-16 code units of
 * the text after its byte order mark, with CR and LF counted separately.
 *
 * Positions are always applied to the *raw* source text (line ends as in the file), and only then
 * mapped through the newline normalisation. Normalising first would shift every selection after
 * the first CRLF by one position per line.
 */
import { OffsetMap } from '../text/offsets';

/** How a source's selection positions count characters. */
export type PositionModel = 'codepoints' | 'utf16';

/** Line-end style of a raw source text, for the import report. */
export type LineEnds = 'none' | 'lf' | 'crlf' | 'cr' | 'mixed';

/**
 * One source's raw text (byte order mark already removed) with its normalised form and the
 * conversions from REFI-QDA positions to offsets into the normalised text.
 */
export class SourceText {
  /** The text with "\r\n" and lone "\r" turned into "\n": what Werkbank stores. */
  readonly text: string;
  readonly lineEnds: LineEnds;
  private readonly rawMap: OffsetMap;
  /** UTF-16 offsets (in the raw text) of every "\r" that is followed by "\n", ascending. */
  private readonly crlf: Int32Array;

  constructor(readonly raw: string) {
    this.rawMap = new OffsetMap(raw);
    const crlf: number[] = [];
    let lf = 0;
    let cr = 0;
    if (raw.includes('\r')) {
      for (let i = raw.indexOf('\r'); i >= 0; i = raw.indexOf('\r', i + 1)) {
        if (raw.charCodeAt(i + 1) === 10) crlf.push(i);
        else cr++;
      }
    }
    for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) lf++;
    lf -= crlf.length;
    this.crlf = Int32Array.from(crlf);
    const kinds = [lf > 0, crlf.length > 0, cr > 0].filter(Boolean).length;
    this.lineEnds = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lf > 0 ? 'lf' : crlf.length > 0 ? 'crlf' : 'cr';
    this.text = crlf.length || cr ? raw.replaceAll('\r\n', '\n').replaceAll('\r', '\n') : raw;
  }

  /** Length of the raw text in the given position model. */
  lengthIn(model: PositionModel): number {
    return model === 'utf16' ? this.rawMap.utf16Length : this.rawMap.codePointLength;
  }

  /**
   * Offset into `text` (normalised, UTF-16) of a REFI-QDA position, or null when the position is
   * not an integer within the source.
   */
  toOffset(position: number, model: PositionModel): number | null {
    if (!Number.isInteger(position) || position < 0 || position > this.lengthIn(model)) return null;
    let raw = model === 'utf16' ? position : this.rawMap.toUtf16(position);
    // A UTF-16 position inside a surrogate pair (only possible with the utf16 model) snaps to its start.
    if (model === 'utf16') raw = this.rawMap.toUtf16(this.rawMap.toCodePoint(raw));
    return raw - countBelow(this.crlf, raw);
  }
}

/** Number of values in the ascending array that are < x. */
function countBelow(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Code point positions for many offsets into one text (export direction). */
export function codePointPositions(text: string): (offset: number) => number {
  const map = new OffsetMap(text);
  return (offset) => map.toCodePoint(offset);
}
