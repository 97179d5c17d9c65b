import { useMemo, useRef, useState } from 'react';
import type { Id, ProjectSnapshot, RelationType } from '../../../shared/model/types';
import { RELATION_TYPES } from '../../../shared/model/types';
import { treeOrder } from '../../../shared/codebook/project-tree';
import { addRelation, deleteRelation, updateRelation } from '../../../shared/axial/commands';
import { useT } from '../../i18n';
import { platform } from '../../services';
import type { ProjectData } from '../../state/useProject';
import { exportFileName } from '../../lib/format';
import { notify, reportError } from '../../lib/report';
import { useUi } from '../../state/ui-store';
import { circleLayout } from './network-layout';
import { subtreeIds } from './categories';
import { useRunCommand } from '../../state/run-command';

interface NetworkViewProps {
  data: ProjectData;
  snapshot: ProjectSnapshot;
  categoryIds: Id[];
  counts: ReadonlyMap<Id, number>;
}

const EDGE_COLOR: Record<RelationType, string> = {
  isPartOf: '#4a5360',
  causes: '#1f4e79',
  promotes: '#1e6b3a',
  hinders: '#a4262c',
  isAssociatedWith: '#6b5b95',
  contradicts: '#b35c00',
};

/** Typed relations between codes and categories: a form, an editable list and an SVG network. */
export function NetworkView({ data, snapshot, categoryIds, counts }: NetworkViewProps) {
  const t = useT();
  const run = useRunCommand(data, snapshot);
  const svgRef = useRef<SVGSVGElement>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [type, setType] = useState<RelationType>('isAssociatedWith');
  const [note, setNote] = useState('');

  const ordered = useMemo(() => treeOrder(snapshot.codes), [snapshot.codes]);
  const labelOf = (id: Id) => snapshot.codes.find((c) => c.id === id)?.label ?? '?';
  const relations = useMemo(
    () => [...snapshot.relations].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    [snapshot.relations],
  );

  const layout = useMemo(() => {
    const cats = new Set(categoryIds);
    const involved = new Set<Id>(cats);
    for (const r of snapshot.relations) {
      involved.add(r.fromCodeId);
      involved.add(r.toCodeId);
    }
    const nodes = ordered.map((row) => row.code).filter((c) => involved.has(c.id));
    const size = (id: Id) => {
      if (!cats.has(id)) return counts.get(id) ?? 0;
      let sum = 0;
      for (const sub of subtreeIds(snapshot.codes, id)) sum += counts.get(sub) ?? 0;
      return sum;
    };
    return circleLayout(nodes, snapshot.relations, size, (id) => cats.has(id));
  }, [categoryIds, ordered, snapshot.relations, snapshot.codes, counts]);

  function add(e: React.FormEvent) {
    e.preventDefault();
    if (!from || !to) return;
    if (from === to) {
      useUi.getState().pushToast({ kind: 'error', text: t('app.network.sameCode') });
      return;
    }
    void run((s, ctx) => addRelation(s, { fromCodeId: from, toCodeId: to, type, note: note.trim() }, ctx).set).then((ok) => {
      if (ok) setNote('');
    });
  }

  function serialize(): string {
    const svg = svgRef.current;
    if (!svg) return '';
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.removeAttribute('class');
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  }

  const stem = `${snapshot.project.name} ${t('app.network.fileName')}`;

  async function exportSvg() {
    try {
      const saved = await platform.saveFile(exportFileName(stem, 'svg'), new TextEncoder().encode(serialize()), 'svg');
      if (saved) notify('app.network.exported', { file: saved });
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  }

  async function exportPng() {
    try {
      const url = URL.createObjectURL(new Blob([serialize()], { type: 'image/svg+xml' }));
      try {
        const img = new Image();
        img.src = url;
        await img.decode();
        const scale = 2;
        const canvas = document.createElement('canvas');
        canvas.width = layout.width * scale;
        canvas.height = layout.height * scale;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('canvas unavailable');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0, layout.width, layout.height);
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
        if (!blob) throw new Error('PNG encoding failed');
        const saved = await platform.saveFile(exportFileName(stem, 'png'), new Uint8Array(await blob.arrayBuffer()), 'png');
        if (saved) notify('app.network.exported', { file: saved });
      } finally {
        URL.revokeObjectURL(url);
      }
    } catch (error) {
      reportError(error, 'app.error.generic');
    }
  }

  const codeOptions = ordered.map(({ code, depth }) => (
    <option key={code.id} value={code.id}>
      {'\u00a0\u00a0'.repeat(depth)}
      {code.label}
    </option>
  ));

  return (
    <div className="network-view" data-testid="network-view">
      <p className="muted">{t('app.network.intro')}</p>
      <form className="relation-form" onSubmit={add} data-testid="relation-form">
        <label>
          <span>{t('app.network.from')}</span>
          <select value={from} onChange={(e) => setFrom(e.target.value)} required data-testid="relation-from">
            <option value="">{t('app.network.choose')}</option>
            {codeOptions}
          </select>
        </label>
        <label>
          <span>{t('app.network.type')}</span>
          <select value={type} onChange={(e) => setType(e.target.value as RelationType)} data-testid="relation-type">
            {RELATION_TYPES.map((rt) => (
              <option key={rt} value={rt}>
                {t(`app.relation.${rt}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('app.network.to')}</span>
          <select value={to} onChange={(e) => setTo(e.target.value)} required data-testid="relation-to">
            <option value="">{t('app.network.choose')}</option>
            {codeOptions}
          </select>
        </label>
        <label className="grow">
          <span>{t('app.network.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="relation-note" />
        </label>
        <button type="submit" className="primary" disabled={!from || !to} data-testid="relation-add">
          {t('app.network.add')}
        </button>
      </form>

      <h3>{t('app.network.list')}</h3>
      {relations.length === 0 ? (
        <p className="muted">{t('app.network.none')}</p>
      ) : (
        <table className="relation-table" data-testid="relation-list">
          <thead>
            <tr>
              <th>{t('app.network.from')}</th>
              <th>{t('app.network.type')}</th>
              <th>{t('app.network.to')}</th>
              <th>{t('app.network.note')}</th>
              <th>
                <span className="sr-only">{t('app.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {relations.map((r) => (
              <tr key={r.id} data-testid="relation-row" data-from={labelOf(r.fromCodeId)} data-to={labelOf(r.toCodeId)} data-type={r.type}>
                <td>{labelOf(r.fromCodeId)}</td>
                <td>
                  <select
                    value={r.type}
                    aria-label={t('app.network.type')}
                    onChange={(e) => void run((s, ctx) => updateRelation(s, r.id, { type: e.target.value as RelationType }, ctx))}
                  >
                    {RELATION_TYPES.map((rt) => (
                      <option key={rt} value={rt}>
                        {t(`app.relation.${rt}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{labelOf(r.toCodeId)}</td>
                <td>
                  <NoteInput key={`${r.id}:${r.note}`} value={r.note} label={t('app.network.note')} onCommit={(v) => void run((s, ctx) => updateRelation(s, r.id, { note: v }, ctx))} />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => void run((s, ctx) => deleteRelation(s, r.id, ctx))}
                    aria-label={t('app.network.deleteLabel', { from: labelOf(r.fromCodeId), type: t(`app.relation.${r.type}`), to: labelOf(r.toCodeId) })}
                    data-testid="relation-delete"
                  >
                    {t('app.network.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="network-actions">
        <button type="button" onClick={() => void exportSvg()} disabled={layout.nodes.length === 0} data-testid="network-export-svg">
          {t('app.network.exportSvg')}
        </button>
        <button type="button" onClick={() => void exportPng()} disabled={layout.nodes.length === 0} data-testid="network-export-png">
          {t('app.network.exportPng')}
        </button>
      </div>
      {layout.nodes.length === 0 ? (
        <p className="muted">{t('app.network.empty')}</p>
      ) : (
        <div className="network-canvas">
          <svg
            ref={svgRef}
            className="network-svg"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={t('app.network.figure')}
            fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
            fontSize="12"
            data-testid="network-svg"
          >
            <title>{t('app.network.figure')}</title>
            <rect x="0" y="0" width={layout.width} height={layout.height} fill="#ffffff" />
            <defs>
              {RELATION_TYPES.map((rt) => (
                <marker key={rt} id={`arrow-${rt}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M 0 0 L 10 5 L 0 10 z" fill={EDGE_COLOR[rt]} />
                </marker>
              ))}
            </defs>
            <g>
              {layout.edges.map((e) => (
                <line
                  key={e.relation.id}
                  x1={e.x1}
                  y1={e.y1}
                  x2={e.x2}
                  y2={e.y2}
                  stroke={EDGE_COLOR[e.relation.type]}
                  strokeWidth="1.6"
                  strokeDasharray={e.relation.type === 'contradicts' ? '5 3' : undefined}
                  markerEnd={`url(#arrow-${e.relation.type})`}
                />
              ))}
            </g>
            <g>
              {layout.nodes.map((node) => (
                <g key={node.code.id} data-testid="network-node" data-label={node.code.label}>
                  <title>{`${node.code.label}`}</title>
                  <circle cx={node.x} cy={node.y} r={node.r} fill={node.code.color} fillOpacity={node.category ? 0.9 : 0.55} stroke="#1d232b" strokeWidth={node.category ? 2 : 1} />
                  <text x={node.lx} y={node.ly} textAnchor={node.anchor} fill="#1d232b" fontWeight={node.category ? 700 : 400}>
                    {node.label}
                  </text>
                </g>
              ))}
            </g>
            <g>
              {layout.edges.map((e) => (
                <text
                  key={e.relation.id}
                  x={e.lx}
                  y={e.ly}
                  textAnchor="middle"
                  fontSize="11"
                  fontStyle="italic"
                  fill={EDGE_COLOR[e.relation.type]}
                  stroke="#ffffff"
                  strokeWidth="3"
                  paintOrder="stroke"
                  data-testid="network-edge-label"
                >
                  {t(`app.relation.${e.relation.type}`)}
                </text>
              ))}
            </g>
          </svg>
        </div>
      )}
    </div>
  );
}

function NoteInput({ value, label, onCommit }: { value: string; label: string; onCommit: (v: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <input
      value={draft}
      aria-label={label}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(value);
      }}
      onBlur={() => {
        if (draft.trim() !== value) onCommit(draft.trim());
      }}
    />
  );
}
