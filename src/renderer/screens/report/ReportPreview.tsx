import type { Block, ReportModel } from '../../../shared/report/model';
import { translate } from '../../../shared/i18n';
import { useT } from '../../i18n';
import { openFragment } from './open-fragment';

interface TocEntry {
  id: string;
  level: number;
  text: string;
}

/** Headings get a stable anchor (their own id, or their position) for the contents list. */
function headingId(block: Extract<Block, { kind: 'heading' }>, index: number): string {
  return `report-${block.id ?? `h${index}`}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * The report as a readable page, rendered from the same model the Word and PDF writers use.
 * Every quote's attribution is a link back to the fragment in its transcript.
 */
export function ReportPreview({ model, projectId }: { model: ReportModel; projectId: string }) {
  const t = useT();
  const toc: TocEntry[] = [];
  model.blocks.forEach((b, i) => {
    if (b.kind === 'heading' && b.level <= 2) toc.push({ id: headingId(b, i), level: b.level, text: b.text });
  });

  function jump(id: string) {
    document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  return (
    <article className="report-page" lang={model.lang} aria-labelledby="report-preview-label" data-testid="report-preview">
      {model.titlePage.length > 0 && (
        <header className="report-titlepage" data-testid="report-titlepage">
          <h1>{model.title}</h1>
          {model.subtitle && <p className="report-subtitle">{model.subtitle}</p>}
          {model.titlePage.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </header>
      )}
      {model.titlePage.length === 0 && <h1 className="report-title">{model.title}</h1>}
      {model.blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1];
            return (
              <Tag key={i} id={headingId(block, i)} className={`report-h${block.level}`} data-testid="report-heading">
                {block.text}
              </Tag>
            );
          }
          case 'paragraph':
            return (
              <p key={i} className={block.style && block.style !== 'normal' ? `report-p report-p-${block.style}` : 'report-p'}>
                {block.text}
              </p>
            );
          case 'bullets':
            return (
              <ul key={i} className="report-bullets">
                {block.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            );
          case 'quote':
            return (
              <figure key={i} className="report-quote" data-testid="report-quote" data-valence={block.valence}>
                <blockquote>{block.text}</blockquote>
                <figcaption>
                  <button
                    type="button"
                    className="report-attribution"
                    onClick={() => openFragment(projectId, block.source)}
                    title={t('app.report.openFragment')}
                    data-testid="report-attribution"
                  >
                    {block.attribution}
                  </button>
                </figcaption>
              </figure>
            );
          case 'table':
            return (
              <table key={i} className="report-table">
                {block.caption && <caption>{block.caption}</caption>}
                <thead>
                  <tr>
                    {block.header.map((h, j) => (
                      <th key={j} scope="col" className={block.numericColumns?.includes(j) ? 'num' : undefined}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {block.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, j) => (
                        <td key={j} className={block.numericColumns?.includes(j) ? 'num' : undefined}>
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          case 'toc':
            return (
              <nav key={i} className="report-toc" aria-label={translate(model.lang, 'app.report.contents')} data-testid="report-toc">
                <p className="report-toc-title">{translate(model.lang, 'app.report.contents')}</p>
                <ul>
                  {toc.map((entry) => (
                    <li key={entry.id} className={`report-toc-l${entry.level}`}>
                      <a
                        href={`#${entry.id}`}
                        onClick={(e) => {
                          // The app routes on the hash: scroll instead of navigating.
                          e.preventDefault();
                          jump(entry.id);
                        }}
                      >
                        {entry.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            );
          case 'pageBreak':
            return <hr key={i} className="report-pagebreak" aria-hidden="true" />;
        }
      })}
    </article>
  );
}
