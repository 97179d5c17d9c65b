/**
 * The fonts embedded in PDF exports: DejaVu Sans (covers ë, é, ï, –, “ ” and more), bundled by Vite
 * as asset URLs and fetched on first use. The bytes are cached for the session, so a second PDF
 * export does not fetch them again.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic?: Uint8Array;
}

let cached: Promise<PdfFonts> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url} could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** DejaVu Sans regular, bold and oblique, loaded once per session. */
export function loadPdfFonts(): Promise<PdfFonts> {
  if (!cached) {
    cached = Promise.all([fetchFont(regularUrl), fetchFont(boldUrl), fetchFont(italicUrl)]).then(([regular, bold, italic]) => ({
      regular,
      bold,
      italic,
    }));
    // A failed fetch (offline dev server, …) must not poison the cache: try again next time.
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
