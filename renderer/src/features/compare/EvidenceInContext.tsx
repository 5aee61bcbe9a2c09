import type { Span } from '../../../../shared/model';
import { contextWindow } from './contextWindow';

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
  const { from, to } = contextWindow(text, span, CONTEXT_CHARS);
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
