/** Accumulates inline text into lines and paragraphs with collapsed whitespace. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private pendingBreak: 0 | 1 | 2 = 0;
  private atLineStart = true;
  private pendingSpace = false;
  private pendingPrefix = '';
  // Index in `parts` of the current line's first text (after its line break and list marker).
  private lineTextStart = 0;

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

  /** Text joined to the previous word with no space between ("Grade" + ":"). */
  attach(text: string): void {
    if (this.atLineStart || this.parts[this.parts.length - 1]?.endsWith(text)) return;
    this.pendingSpace = false;
    this.emit(text);
  }

  /** A space before the next text, on the same line. */
  space(): void {
    this.pendingBreak = 0;
    this.pendingSpace = true;
  }

  /** Where the next text will go: pass it to `wrapSince` to mark what is written after it. */
  mark(): number {
    return this.parts.length;
  }

  /** Encloses the text written since `mark` in `marker` ("**" for a bold paragraph) when it is one line and nothing else is on that line. */
  wrapSince(mark: number, marker: string): boolean {
    if (this.lineTextStart < mark || this.parts.length <= this.lineTextStart) return false;
    for (let index = this.lineTextStart; index < this.parts.length; index += 1)
      if (this.parts[index]?.includes('\n')) return false;
    // A no-break space before the bold text ("<p>&nbsp;<strong>…") stays outside the marks, which must touch the words.
    let start = this.lineTextStart;
    while (start < this.parts.length - 1 && (this.parts[start] ?? '').trim().length === 0) start += 1;
    this.parts.splice(this.lineTextStart, start - this.lineTextStart);
    this.parts.splice(this.lineTextStart, 0, marker);
    this.parts.push(marker);
    return true;
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
      this.lineTextStart = this.parts.length;
    } else if (this.pendingSpace) {
      this.parts.push(' ');
    }
    this.parts.push(text);
    this.atLineStart = false;
    this.pendingSpace = false;
  }
}
