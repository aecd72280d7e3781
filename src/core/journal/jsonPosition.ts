/**
 * Where a text stops being JSON. JSON.parse's messages differ between engines and often carry no
 * position, and an import error must say where the file is broken, in the user's language.
 */

/** Index of the first character at which `text` is not valid JSON (text.length: it ends too early); -1 if valid. */
export function jsonErrorAt(text: string): number {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return -1;
  } catch (e) {
    if (e instanceof Stop) return Math.min(e.at, text.length);
    return 0; // nested too deep to scan: point at the start
  }
}

/** 1-based line and column of an index. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: index - lastBreak };
}

class Stop {
  constructor(readonly at: number) {}
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Scanner {
  private i = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.space();
    if (this.i < this.text.length) this.stop();
  }

  private stop(at = this.i): never {
    throw new Stop(at);
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
  }

  private value(): void {
    this.space();
    const c = this.text[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.i)) {
        this.i += literal.length;
        return;
      }
    }
    this.stop();
  }

  private object(): void {
    this.i++;
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') this.stop();
      this.string();
      this.space();
      if (this.text[this.i] !== ':') this.stop();
      this.i++;
      this.value();
      if (this.close('}')) return;
    }
  }

  private array(): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      if (this.close(']')) return;
    }
  }

  /** After a member: true at the closing bracket, false after a comma, a stop otherwise. */
  private close(bracket: string): boolean {
    this.space();
    const c = this.text[this.i];
    if (c === ',' || c === bracket) {
      this.i++;
      return c === bracket;
    }
    return this.stop();
  }

  private string(): void {
    this.i++;
    for (;;) {
      if (this.i >= this.text.length) this.stop();
      const c = this.text[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        const next = this.text[this.i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) this.i += 2;
        else if (next === 'u' && HEX4.test(this.text.slice(this.i + 2, this.i + 6))) this.i += 6;
        else this.stop();
      } else if (c.charCodeAt(0) < 0x20) this.stop();
      else this.i++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) this.stop();
    this.i += m[0].length;
  }
}
