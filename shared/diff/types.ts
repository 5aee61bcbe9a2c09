/** One run of a word-level diff. */
export type TextChange = Readonly<{ kind: 'same' | 'added' | 'removed'; text: string }>;

/** A diff plus how it was made: `words` normally; `lines` or `whole` when the texts were too different to diff word by word in time. */
export type TextDiff = Readonly<{ granularity: 'words' | 'lines' | 'whole'; changes: readonly TextChange[] }>;
