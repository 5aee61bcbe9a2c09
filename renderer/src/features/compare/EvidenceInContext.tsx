import type { Span } from '../../../../shared/spec/types';

type EvidenceInContextProps = Readonly<{ title: string; text: string; span: Span | null }>;

const CONTEXT_CHARS = 240;

/** The sentence a factor level was read from, highlighted inside the text around it. */
export function EvidenceInContext({ title, text, span }: EvidenceInContextProps) {
  if (!span || span.end <= span.start) {
    return (
      <figure className="evidence">
        <figcaption>{title}</figcaption>
        <p className="muted">This class does not state the factor.</p>
      </figure>
    );
  }
  const from = Math.max(0, text.lastIndexOf('\n\n', Math.max(0, span.start - CONTEXT_CHARS)) + 1, span.start - CONTEXT_CHARS);
  const to = Math.min(text.length, span.end + CONTEXT_CHARS);
  return (
    <figure className="evidence">
      <figcaption>{title}</figcaption>
      <blockquote>
        {from > 0 && '… '}
        {text.slice(from, span.start)}
        <mark>{text.slice(span.start, span.end)}</mark>
        {text.slice(span.end, to)}
        {to < text.length && ' …'}
      </blockquote>
    </figure>
  );
}
