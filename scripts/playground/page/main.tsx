/** Entry of the playground page (bundled by scripts/playground/build.mjs, with style.css beside it as app.css). */
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
