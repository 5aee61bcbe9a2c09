import { useEffect, useState } from 'react';
import { reparseOutdatedSpecs, type ReparseBatch, type ReparseProgress } from '../db';
import { createSpecReparser, type SpecReparser } from '../platform';

export type ParserUpgrade =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'running' | 'finished' } & ReparseProgress>
  | Readonly<{ kind: 'failed'; message: string }>;

/** On start, re-reads specs an older parser read, in the background (a worker is only started when there are any). */
export function useParserUpgrade(): readonly [ParserUpgrade, () => void] {
  const [upgrade, setUpgrade] = useState<ParserUpgrade>({ kind: 'idle' });
  useEffect(() => {
    let isStopped = false;
    let reparser: SpecReparser | null = null;
    const reparse: ReparseBatch = (specs) => (reparser ??= createSpecReparser()).reparse(specs);
    reparseOutdatedSpecs(reparse, (progress) => {
      if (!isStopped) setUpgrade({ kind: 'running', ...progress });
    })
      .then((progress) => {
        if (!isStopped && progress.total > 0) setUpgrade({ kind: 'finished', ...progress });
      })
      .catch((error: unknown) => {
        if (!isStopped) setUpgrade({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => reparser?.close());
    return () => {
      isStopped = true;
      reparser?.close();
    };
  }, []);
  return [upgrade, () => setUpgrade({ kind: 'idle' })];
}
