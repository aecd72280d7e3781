/** The built dist/sidebar.html is one self-contained file HtmlService can serve as is. */
import { sidebarHtml } from './harness';

const html = sidebarHtml();
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe('dist/sidebar.html', () => {
  test('has the panel placeholder once, in the head, for the server to replace', () => {
    expect(html.split('__KB_PANEL__')).toHaveLength(2);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<script>window.KB_PANEL="__KB_PANEL__";</script>');
  });

  test('inlines everything: no external script, style or font', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(scripts).toHaveLength(2);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
  });

  test('the inlined app has nothing HtmlService or the HTML parser would misread', () => {
    const app = scripts[1];
    expect(app.length).toBeGreaterThan(1000);
    expect(app).not.toMatch(/<\/script/i);
    expect(app).not.toContain('<!--');
    expect(app).not.toContain('://');
    // The escapes it carries instead still mean the same to JavaScript.
    expect(app).toContain('http:\\/\\/www.w3.org/2000/svg');
  });
});
