import type { HtmlOutput } from '../../src/gas/services';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';

export class FakeHtmlOutput implements HtmlOutput {
  private title = '';

  constructor(
    readonly calls: CallLog,
    private readonly content: string,
  ) {}

  getContent(): string {
    return this.content;
  }

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }

  /** Not counted: for the sidebar record. */
  currentTitle(): string {
    return this.title;
  }

  currentContent(): string {
    return this.content;
  }
}

instrument(FakeHtmlOutput.prototype, 'HtmlOutput', methodsOf<HtmlOutput>()('getContent', 'setTitle'));

/** HtmlService over the project's HTML files, given by name ('sidebar' or 'sidebar.html'). */
export class FakeHtmlService {
  constructor(
    readonly calls: CallLog,
    private readonly files: Record<string, string>,
  ) {}

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const content = this.files[filename] ?? this.files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.calls, content);
  }

  createHtmlOutput(html: string): HtmlOutput {
    return new FakeHtmlOutput(this.calls, html);
  }
}

instrument(FakeHtmlService.prototype, 'HtmlService', ['createHtmlOutputFromFile', 'createHtmlOutput']);
