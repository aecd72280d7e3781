/** Sheet tabs at the bottom; clicking one activates that sheet on the server. */
import type { JSX } from 'preact';
import type { TabView } from '../shared/state';

export function Tabs(props: {
  tabs: TabView[];
  active: string;
  onActivate(name: string): void;
}): JSX.Element {
  return (
    <div class="tabs" role="tablist">
      <span class="tab-button" title="Add sheet">
        +
      </span>
      <span class="tab-button" title="All sheets">
        ≡
      </span>
      {props.tabs.map((tab) => (
        <button
          key={tab.name}
          type="button"
          role="tab"
          aria-selected={tab.name === props.active}
          class={`tab${tab.name === props.active ? ' active' : ''}`}
          data-testid={`tab-${tab.name}`}
          style={tab.tabColor ? { borderBottomColor: tab.tabColor } : undefined}
          onClick={() => props.onActivate(tab.name)}
        >
          {tab.name}
        </button>
      ))}
    </div>
  );
}
