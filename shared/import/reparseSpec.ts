import type { ClassSpec } from '../model';
import { specFromText } from './importDocument';

/**
 * A stored record read again by the current parser from its own text. Extraction ran once, at import: its
 * warnings (code "extract") are kept; the parser's own warnings are produced afresh.
 */
export function reparseSpec(spec: ClassSpec): ClassSpec {
  return specFromText(
    spec.text,
    spec.warnings.filter((warning) => warning.code === 'extract'),
  );
}
