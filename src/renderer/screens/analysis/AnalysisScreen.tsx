import { useRef, useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/model/types';
import type { ProjectData } from '../../state/useProject';
import { useT } from '../../i18n';
import { FrequencyView } from './FrequencyView';
import { CoOccurrenceView } from './CoOccurrenceView';
import { CrosstabView } from './CrosstabView';
import './analysis.css';

const TABS = ['frequencies', 'cooccurrence', 'crosstab'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEYS: Record<Tab, string> = {
  frequencies: 'app.analysis.tabFrequencies',
  cooccurrence: 'app.analysis.tabCooccurrence',
  crosstab: 'app.analysis.tabCrosstab',
};

/** Analysis views: code frequencies, co-occurrence and crosstabs; every table copies and exports. */
export function AnalysisScreen({ snapshot }: { snapshot: ProjectSnapshot; data: ProjectData }) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('frequencies');
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  function onTabKey(e: React.KeyboardEvent) {
    const at = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(at + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(at + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <section className="analysis-screen" data-testid="analysis-screen" aria-labelledby="analysis-title">
      <h2 id="analysis-title">{t('app.analysis.title')}</h2>
      <div className="analysis-tabs" role="tablist" aria-labelledby="analysis-title" onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`analysis-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`analysis-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="analysis-tab"
            onClick={() => setTab(id)}
            data-testid={`analysis-tab-${id}`}
          >
            {t(TAB_KEYS[id])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`analysis-panel-${tab}`} aria-labelledby={`analysis-tab-${tab}`} className="analysis-panel">
        {tab === 'frequencies' && <FrequencyView snapshot={snapshot} />}
        {tab === 'cooccurrence' && <CoOccurrenceView snapshot={snapshot} />}
        {tab === 'crosstab' && <CrosstabView snapshot={snapshot} />}
      </div>
    </section>
  );
}
