/** Accumulates inline text into lines and paragraphs with collapsed whitespace. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private pendingBreak: 0 | 1 | 2 = 0;
  private atLineStart = true;
  private pendingSpace = false;
  private pendingPrefix = '';

  /** Ends the current line; `paragraph` leaves a blank line before the next text. */
  breakLine(paragraph = false): void {
    const level = paragraph ? 2 : 1;
    if (level > this.pendingBreak) this.pendingBreak = level;
    this.pendingSpace = false;
  }

  /** A <br>: two in a row leave a blank line, as they do on screen. */
  hardBreak(): void {
    this.pendingBreak = this.pendingBreak === 0 ? 1 : 2;
    this.pendingSpace = false;
  }

  /** Text printed before the next text on its line (a list marker). */
  setPrefix(prefix: string): void {
    this.pendingPrefix = prefix;
  }

  addText(text: string, preserveWhitespace = false): void {
    if (preserveWhitespace) {
      text.split('\n').forEach((line, index) => {
        if (index > 0) this.breakLine();
        if (line.length > 0) this.emit(line);
      });
      return;
    }
    const words = text.split(/[ \t\n\r\f]+/);
    words.forEach((word, index) => {
      if (index > 0) this.pendingSpace = true;
      if (word.length > 0) this.emit(word);
    });
  }

  /** Adds one finished line (a table row) as its own line. */
  addLine(line: string): void {
    if (line.length === 0) return;
    this.breakLine();
    this.emit(line);
    this.breakLine();
  }

  toString(): string {
    return this.parts.join('');
  }

  private emit(text: string): void {
    if (this.parts.length > 0 && this.pendingBreak > 0) {
      this.parts.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      this.atLineStart = true;
    }
    this.pendingBreak = 0;
    if (this.atLineStart) {
      this.pendingSpace = false;
      if (this.pendingPrefix) this.parts.push(this.pendingPrefix);
      this.pendingPrefix = '';
    } else if (this.pendingSpace) {
      this.parts.push(' ');
    }
    this.parts.push(text);
    this.atLineStart = false;
    this.pendingSpace = false;
  }
}
