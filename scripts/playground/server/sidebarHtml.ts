/**
 * The sidebar HTML as the bundle showed it, plus a stand-in for the client side of Apps Script:
 * `google.script.run` (each call POSTs to /rpc/NAME and calls the success or failure handler, as
 * Apps Script does, asynchronously) and `google.script.host.close()` (asks the page to close the
 * sidebar). It is injected first in <head> so the sidebar's own scripts find it defined.
 */

const CLIENT = `(function () {
  'use strict';
  function post(name, args) {
    return fetch('/rpc/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args: args })
    }).then(function (res) { return res.json(); });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          post(name, args).then(
            function (answer) {
              if (answer && answer.ok) { if (success) success(answer.value, userObject); }
              else if (failure) failure(new Error(answer ? answer.message : 'no answer'), userObject);
              else console.error('google.script.run.' + name + ' failed: ' + (answer && answer.message));
            },
            function (error) {
              if (failure) failure(error instanceof Error ? error : new Error(String(error)), userObject);
            }
          );
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { window.parent.postMessage({ kbPlayground: 'close' }, location.origin); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} }
    }
  };
})();`;

export const CLIENT_SCRIPT = `<script>${CLIENT}</script>`;

export function withScriptRun(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return insertAt(html, head.index + head[0].length);
  const start = /^(\s*<!doctype[^>]*>)?(\s*<html(\s[^>]*)?>)?/i.exec(html);
  return insertAt(html, start ? start[0].length : 0);
}

function insertAt(html: string, index: number): string {
  return html.slice(0, index) + CLIENT_SCRIPT + html.slice(index);
}
