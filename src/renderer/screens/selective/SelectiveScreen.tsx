import { useMemo, useState } from 'react';
import type { Id, ProjectSnapshot, Theme } from '../../../shared/model/types';
import { SUGGESTED_LAYERS, addLayer, addTheme, deleteTheme, moveTheme, removeLayer, setStoryline } from '../../../shared/selective/commands';
import type { ProjectData } from '../../state/useProject';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui-store';
import { reportError } from '../../lib/report';
import { PromptDialog } from '../../components/PromptDialog';
import { useDraft } from './hooks';
import { useRunCommand } from '../../state/run-command';
import { boardLayers, keyboardThemeMove, themesInLayer } from './layers';
import { CreateThemeDialog, type NewTheme } from './CreateThemeDialog';
import { ThemeDetail } from './ThemeDetail';
import './selective.css';

const DRAG_TYPE = 'application/x-werkbank-theme';

/** Selective coding: core themes in layers, their key quotes and summaries, and the storyline. */
export function SelectiveScreen({ snapshot, data }: { snapshot: ProjectSnapshot; data: ProjectData }) {
  const t = useT();
  const pushToast = useUi((s) => s.pushToast);
  const run = useRunCommand(data, snapshot);
  const themes = snapshot.themes;
  const [selectedId, setSelectedId] = useState<Id | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const [addingLayer, setAddingLayer] = useState(false);
  const [dropAt, setDropAt] = useState<{ layer: string; index: number } | null>(null);

  const added = snapshot.project.layers;
  const layers = useMemo(() => boardLayers(SUGGESTED_LAYERS, themes, added ?? []), [themes, added]);
  const selected = themes.find((th) => th.id === selectedId) ?? null;

  function focusTheme(id: Id) {
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-theme-id="${id}"]`)?.focus());
  }

  async function create(input: NewTheme) {
    setCreating(null);
    let createdId: Id | null = null;
    const ok = await run((snap, ctx) => {
      const { set, theme } = addTheme(snap, input, ctx);
      createdId = theme.id;
      return set;
    });
    if (ok && createdId) {
      setSelectedId(createdId);
      focusTheme(createdId);
    }
  }

  async function move(id: Id, index: number, layer: string) {
    const ok = await run((snap) => moveTheme(snap, id, index, layer));
    if (ok) {
      setSelectedId(id);
      focusTheme(id);
    }
  }

  async function remove(theme: Theme) {
    const ok = await run((snap) => deleteTheme(snap, theme.id));
    if (!ok) return;
    if (selectedId === theme.id) setSelectedId(null);
    pushToast({
      kind: 'success',
      text: t('app.selective.deleted', { label: theme.label }),
      action: { label: t('app.history.undo'), run: () => void data.undo().catch((error) => reportError(error, 'app.error.undo')) },
    });
  }

  function onCardKey(e: React.KeyboardEvent, theme: Theme) {
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const dir = ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[e.key as 'ArrowUp'];
      if (!dir) return;
      e.preventDefault();
      const target = keyboardThemeMove(themes, layers, theme.id, dir);
      if (target) void move(theme.id, target.index, target.layer);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Delete') {
      e.preventDefault();
      void remove(theme);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      // Move focus between the cards of a layer.
      const cards = Array.from(e.currentTarget.closest('.theme-layer')?.querySelectorAll<HTMLElement>('[data-theme-id]') ?? []);
      const at = cards.indexOf(e.currentTarget as HTMLElement);
      const next = cards[e.key === 'ArrowDown' ? at + 1 : at - 1];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  }

  function dropIndex(e: React.DragEvent, layer: string): number {
    const list = themesInLayer(themes, layer);
    const cards = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-theme-id]'));
    for (let i = 0; i < cards.length; i++) {
      const r = cards[i]!.getBoundingClientRect();
      if (e.clientY < r.top + r.height / 2) return i;
    }
    return list.length;
  }

  function onDrop(e: React.DragEvent, layer: string) {
    const id = e.dataTransfer.getData(DRAG_TYPE);
    setDropAt(null);
    if (!id) return;
    e.preventDefault();
    let index = dropIndex(e, layer);
    const theme = themes.find((th) => th.id === id);
    if (theme && theme.layer === layer) {
      const from = themesInLayer(themes, layer).findIndex((th) => th.id === id);
      if (from >= 0 && from < index) index -= 1;
    }
    void move(id, index, layer);
  }

  return (
    <section className="selective-screen" data-testid="selective-screen" aria-labelledby="selective-title">
      <div className="selective-head">
        <div>
          <h2 id="selective-title">{t('app.selective.title')}</h2>
          <p className="hint">{t('app.selective.lead')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => setCreating(layers[0] ?? '')} data-testid="theme-new">
            {t('app.selective.newTheme')}
          </button>
          <button type="button" onClick={() => setAddingLayer(true)} data-testid="layer-new">
            {t('app.selective.newLayer')}
          </button>
        </div>
      </div>

      <StorylineEditor snapshot={snapshot} run={run} />

      <div className="selective-body">
        <div className="theme-board" role="list" aria-label={t('app.selective.board')} data-testid="theme-board">
          {layers.map((layer) => {
            const list = themesInLayer(themes, layer);
            return (
              <section
                key={layer}
                role="listitem"
                className={dropAt?.layer === layer ? 'theme-layer drop-target' : 'theme-layer'}
                data-testid="theme-layer"
                data-layer={layer}
                aria-label={t('app.selective.layerLabel', { layer: layer || t('app.selective.noLayer') })}
                onDragOver={(e) => {
                  if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  const index = dropIndex(e, layer);
                  if (dropAt?.layer !== layer || dropAt.index !== index) setDropAt({ layer, index });
                }}
                onDragLeave={(e) => {
                  if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropAt(null);
                }}
                onDrop={(e) => onDrop(e, layer)}
              >
                <header className="theme-layer-head">
                  <h3>{layer || t('app.selective.noLayer')}</h3>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => setCreating(layer)}
                    aria-label={t('app.selective.newThemeIn', { layer: layer || t('app.selective.noLayer') })}
                    title={t('app.selective.newThemeIn', { layer: layer || t('app.selective.noLayer') })}
                  >
                    +
                  </button>
                  {list.length === 0 && added?.includes(layer) && (
                    <button
                      type="button"
                      className="icon-button"
                      onClick={() => void run((snap, ctx) => removeLayer(snap, layer, ctx))}
                      aria-label={t('app.selective.removeLayer', { layer })}
                      title={t('app.selective.removeLayer', { layer })}
                      data-testid="layer-remove"
                    >
                      ×
                    </button>
                  )}
                </header>
                {list.length === 0 && <p className="hint theme-layer-empty">{t('app.selective.layerEmpty')}</p>}
                <ul className="theme-cards">
                  {list.map((theme, i) => (
                    <li key={theme.id} className={dropAt?.layer === layer && dropAt.index === i ? 'drop-before' : undefined}>
                      <button
                        type="button"
                        className="theme-card"
                        aria-pressed={theme.id === selectedId}
                        data-theme-id={theme.id}
                        data-testid="theme-card"
                        draggable
                        onDragStart={(e) => {
                          e.dataTransfer.setData(DRAG_TYPE, theme.id);
                          e.dataTransfer.effectAllowed = 'move';
                        }}
                        onDragEnd={() => setDropAt(null)}
                        onClick={() => setSelectedId(theme.id)}
                        onKeyDown={(e) => onCardKey(e, theme)}
                        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Delete"
                        title={t('app.selective.cardHelp')}
                        style={{ borderLeftColor: theme.color }}
                      >
                        <span className="theme-card-label">{theme.label}</span>
                        <span className="theme-card-meta">
                          {t('app.selective.cardMeta', { categories: theme.categoryIds.length, quotes: theme.keyQuoteIds.length })}
                        </span>
                      </button>
                    </li>
                  ))}
                  {dropAt?.layer === layer && dropAt.index === list.length && list.length > 0 && <li className="drop-end" aria-hidden="true" />}
                </ul>
              </section>
            );
          })}
        </div>
        <div className="theme-detail-pane">
          {selected ? (
            <ThemeDetail key={selected.id} theme={selected} snapshot={snapshot} data={data} run={run} layers={layers} onDelete={() => void remove(selected)} />
          ) : (
            <div className="empty-state" data-testid="theme-none">
              {themes.length ? t('app.selective.pickTheme') : t('app.selective.noThemes')}
            </div>
          )}
        </div>
      </div>

      {creating !== null && (
        <CreateThemeDialog snapshot={snapshot} layers={layers} initialLayer={creating} onCancel={() => setCreating(null)} onCreate={(input) => void create(input)} />
      )}
      {addingLayer && (
        <PromptDialog
          title={t('app.selective.newLayer')}
          label={t('app.selective.layerName')}
          initial=""
          confirmLabel={t('app.selective.addLayer')}
          onCancel={() => setAddingLayer(false)}
          onConfirm={(name) => {
            setAddingLayer(false);
            void run((snap, ctx) => addLayer(snap, name, ctx));
          }}
        />
      )}
    </section>
  );
}

/** The project's storyline memo: how the core themes hang together (saved on blur and when leaving). */
function StorylineEditor({ snapshot, run }: { snapshot: ProjectSnapshot; run: ReturnType<typeof useRunCommand> }) {
  const t = useT();
  const { draft, onChange, flush } = useDraft(snapshot.project.storyline ?? '', (text) => {
    void run((snap) => setStoryline(snap, text));
  });
  return (
    <details className="panel storyline" open>
      <summary>
        <h3>{t('app.selective.storyline')}</h3>
      </summary>
      <label className="field">
        <span className="hint">{t('app.selective.storylineHint')}</span>
        <textarea value={draft} rows={4} onChange={(e) => onChange(e.target.value)} onBlur={flush} data-testid="storyline" aria-label={t('app.selective.storyline')} />
      </label>
    </details>
  );
}
