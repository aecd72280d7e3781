// `npm start`: builds the playground page and server, then serves the sample school on
// http://127.0.0.1:$PORT/ (default 8080). `npm start` runs `npm run build` first, so the
// playground always drives the current dist/Code.js and dist/sidebar.html.
import { pathToFileURL } from 'node:url';
import { buildPage, buildServer, PAGE_DIR, ROOT, SERVER_FILE } from './build.mjs';

await buildPage();
await buildServer();
const { startPlayground } = await import(pathToFileURL(SERVER_FILE).href);
const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
const playground = await startPlayground({ port, root: ROOT, pageDir: PAGE_DIR });
console.log(`KB Sheets playground: ${playground.url}`);
