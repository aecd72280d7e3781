import { render } from 'preact';
import type { Panel } from '../src/shared/endpoints';
import { App, PANELS } from './app';

// The server writes the panel to open into window.KB_PANEL; anything else opens the first one.
const asked = (window as unknown as { KB_PANEL?: unknown }).KB_PANEL;
const requested: Panel = PANELS.find((p) => p === asked) ?? 'newJournal';

render(<App requested={requested} />, document.getElementById('app') ?? document.body);
