import { describeStorageError, type ComparisonRow } from '../../db';

/** The analyst's work on one comparison: everything that is stored as it is made. */
export type ComparisonWork = Pick<
  ComparisonRow,
  'overrides' | 'notes' | 'threshold' | 'algoVersion' | 'preparer' | 'caseNumber'
>;

export type SaveState =
  | Readonly<{ kind: 'unsaved' }>
  | Readonly<{ kind: 'saving' }>
  | Readonly<{ kind: 'saved'; at: number }>
  | Readonly<{ kind: 'failed'; message: string }>;

export type ComparisonStore = Readonly<{
  /** Stores the work as a new saved comparison; returns its id. */
  create: (work: ComparisonWork) => Promise<number>;
  /** Stores the work into an existing comparison; false when that comparison no longer exists. */
  update: (id: number, work: ComparisonWork) => Promise<boolean>;
}>;

type Listeners = Readonly<{ onState: (state: SaveState) => void; onCreated: (id: number) => void }>;

/**
 * Writes comparison work one write at a time, always the newest state, so a burst of changes
 * never lands out of order; a failed write keeps that state for "retry" instead of dropping it.
 */
export class ComparisonAutosave {
  private id: number | null;
  private waiting: ComparisonWork | null = null;
  private failed: ComparisonWork | null = null;
  private draining: Promise<void> | null = null;

  constructor(
    savedId: number | null,
    private readonly store: ComparisonStore,
    private readonly listeners: Listeners,
  ) {
    this.id = savedId;
  }

  get savedId(): number | null {
    return this.id;
  }

  /** True while a change is not yet stored (being written, waiting, or failed). */
  get hasUnsavedWork(): boolean {
    return this.draining !== null || this.waiting !== null || this.failed !== null;
  }

  /** Stores the newest work; resolves once it (or a newer state) is written or the write failed. */
  save(work: ComparisonWork): Promise<void> {
    this.waiting = work;
    this.failed = null;
    this.draining ??= this.drain();
    return this.draining;
  }

  /** Writes again the work whose write failed. */
  retry(): Promise<void> {
    return this.failed ? this.save(this.failed) : Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.waiting) {
      const work = this.waiting;
      this.waiting = null;
      this.listeners.onState({ kind: 'saving' });
      try {
        await this.write(work);
      } catch (error) {
        // A newer change waiting behind the failed one holds everything the failed one did.
        this.failed = this.waiting ?? work;
        this.waiting = null;
        this.draining = null;
        this.listeners.onState({ kind: 'failed', message: describeStorageError(error, 'choose Retry') });
        return;
      }
    }
    this.draining = null;
    this.listeners.onState({ kind: 'saved', at: Date.now() });
  }

  private async write(work: ComparisonWork): Promise<void> {
    // A comparison deleted elsewhere (another window, the saved list) is created again rather than losing this work.
    if (this.id !== null && (await this.store.update(this.id, work))) return;
    this.id = await this.store.create(work);
    this.listeners.onCreated(this.id);
  }
}
