/** W3C Web Annotation TextQuoteSelector over a spec's normalized text (`ClassSpec.text`). */
export type TextQuoteSelector = Readonly<{ exact: string; prefix: string; suffix: string }>;

/** W3C Web Annotation TextPositionSelector: [start, end) in the same text. */
export type TextPositionSelector = Readonly<{ start: number; end: number }>;

/** Where an annotation sits in one version of a spec, and how to find it again in another. */
export type AnchorTarget = Readonly<{
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Hash of the whole normalized text the selectors were made on (see `textHash`). */
  textHash: string;
}>;

/** How an annotation was found on the new text, strongest first. */
export type AnchorMethod = 'unchanged' | 'diff' | 'exact' | 'fuzzy';

export type AnchorResult =
  | Readonly<{ status: 'anchored'; start: number; end: number; quote: string; score: number; method: AnchorMethod }>
  | Readonly<{ status: 'orphaned'; score: number }>;
