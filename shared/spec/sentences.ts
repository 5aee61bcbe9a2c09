import type { Span } from '../model';
import { trimSpan } from './lines';

const ABBREVIATIONS = new Set(['i.e', 'e.g', 'etc', 'no', 'st', 'dr', 'mr', 'ms', 'mrs', 'jr', 'sr', 'vs', 'approx', 'incl', 'dept', 'govt', 'min', 'max', 'ed', 'cf']);
const LIST_MARKER = /^(?:[•\-*▪◦●–·]|\(?\d{1,3}[.)]|\(?[A-Za-z][.)])\s+/;
const LIST_START = /^[ \t]*(?:[•\-*▪◦●–·]|\(?\d{1,3}[.)]|\(?[A-Za-z][.)])\s/;

function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[A-Za-z.]/.test(text[from - 1] ?? '')) from--;
  const word = text.slice(from, dot);
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$|^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

function isSentenceEnd(text: string, at: number): boolean {
  const mark = text[at];
  if (mark !== '.' && mark !== '?' && mark !== '!') return false;
  const next = text[at + 1];
  if (next !== ' ' && next !== '\n' && next !== '\t') return false;
  let after = at + 1;
  while (after < text.length && /\s/.test(text[after] ?? '')) after++;
  const following = text[after] ?? '';
  if (!/[\p{Lu}\p{N}("“]/u.test(following)) return false;
  return mark !== '.' || !isAbbreviation(text, at);
}

// Sentence spans in [start, end): split at sentence ends, blank lines and list items; white space trimmed.
export function splitSentences(text: string, range: Span): Span[] {
  const sentences: Span[] = [];
  let from = range.start;
  const push = (to: number): void => {
    const { start, end } = trimSpan(text, from, to);
    const marker = LIST_MARKER.exec(text.slice(start, Math.min(end, start + 8)));
    const sentenceStart = marker ? start + marker[0].length : start;
    if (end > sentenceStart) sentences.push({ start: sentenceStart, end });
    from = to;
  };
  for (let i = range.start; i < range.end; i++) {
    const code = text.charCodeAt(i);
    // Only a line feed or a full stop, question or exclamation mark can end a sentence.
    if (code !== 10 && code !== 46 && code !== 63 && code !== 33) continue;
    if (code === 10) {
      const rest = text.slice(i + 1, Math.min(range.end, i + 12));
      if (/^[ \t]*\n/.test(rest) || LIST_START.test(rest)) push(i + 1);
    } else if (isSentenceEnd(text, i)) {
      push(i + 1);
    }
  }
  push(range.end);
  return sentences;
}
