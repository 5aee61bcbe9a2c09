/**
 * The printout of the view on screen, when it has one (comparison, series): the menu's Print and Ctrl/Cmd+P print it
 * instead of the screen. Views register a builder so the HTML is only produced when someone prints.
 */
export class PrintoutRegistry {
  private build: (() => string) | null = null;

  register(build: () => string): () => void {
    this.build = build;
    return () => {
      if (this.build === build) this.build = null;
    };
  }

  /** The current view's printout HTML, or null when it prints as it is on screen. */
  currentHtml(): string | null {
    return this.build ? this.build() : null;
  }
}
