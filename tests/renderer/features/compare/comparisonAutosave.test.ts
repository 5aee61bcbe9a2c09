import { describe, expect, it } from 'vitest';
import {
  ComparisonAutosave,
  type ComparisonWork,
  type SaveState,
} from '../../../../renderer/src/features/compare/comparisonAutosave';

const work = (note: string): ComparisonWork => ({
  overrides: [],
  notes: [{ rowKey: 'd:0', text: note }],
  threshold: 0.7,
  algoVersion: 1,
});

function fakeStore(options: { failTimes?: number; missing?: boolean } = {}) {
  const rows = new Map<number, ComparisonWork>();
  const writes: string[] = [];
  let failures = options.failTimes ?? 0;
  let nextId = 1;
  const maybeFail = (): void => {
    if (failures > 0) {
      failures -= 1;
      throw Object.assign(new Error('disk'), { name: 'QuotaExceededError' });
    }
  };
  return {
    rows,
    writes,
    store: {
      create: async (stored: ComparisonWork) => {
        await Promise.resolve();
        maybeFail();
        writes.push(`create ${stored.notes[0]?.text}`);
        rows.set(nextId, stored);
        return nextId++;
      },
      update: async (id: number, stored: ComparisonWork) => {
        await Promise.resolve();
        maybeFail();
        if (options.missing || !rows.has(id)) return false;
        writes.push(`update ${stored.notes[0]?.text}`);
        rows.set(id, stored);
        return true;
      },
    },
  };
}

function track(savedId: number | null, store: ReturnType<typeof fakeStore>['store']) {
  const states: SaveState['kind'][] = [];
  const created: number[] = [];
  const autosave = new ComparisonAutosave(savedId, store, {
    onState: (state) => states.push(state.kind),
    onCreated: (id) => created.push(id),
  });
  return { autosave, states, created };
}

describe('ComparisonAutosave', () => {
  it('creates the comparison on the first change, then writes only the newest state of a burst, in order', async () => {
    const { store, writes, rows } = fakeStore();
    const { autosave, states, created } = track(null, store);
    void autosave.save(work('one'));
    void autosave.save(work('two'));
    await autosave.save(work('three'));
    expect(writes).toEqual(['create one', 'update three']);
    expect(rows.get(1)?.notes[0]?.text).toBe('three');
    expect(created).toEqual([1]);
    expect(states.at(-1)).toBe('saved');
    expect(autosave.hasUnsavedWork).toBe(false);
  });

  it('keeps a failed change, says why, and stores it on retry', async () => {
    const { store, rows } = fakeStore({ failTimes: 1 });
    const { autosave, states } = track(null, store);
    await autosave.save(work('kept'));
    expect(states).toEqual(['saving', 'failed']);
    expect(autosave.hasUnsavedWork).toBe(true);
    expect(rows.size).toBe(0);
    await autosave.retry();
    expect(states.at(-1)).toBe('saved');
    expect(rows.get(1)?.notes[0]?.text).toBe('kept');
  });

  it('the failure message says storage is full and that nothing saved was lost', async () => {
    const { store } = fakeStore({ failTimes: 1 });
    const messages: string[] = [];
    const autosave = new ComparisonAutosave(null, store, {
      onState: (state) => state.kind === 'failed' && messages.push(state.message),
      onCreated: () => undefined,
    });
    await autosave.save(work('x'));
    expect(messages[0]).toMatch(/^Storage is full: nothing already saved was lost\./);
  });

  it('creates the comparison again when it was deleted elsewhere instead of dropping the work', async () => {
    const { store, rows } = fakeStore({ missing: true });
    const { autosave, created } = track(7, store);
    await autosave.save(work('after delete'));
    expect(created).toEqual([1]);
    expect(rows.get(1)?.notes[0]?.text).toBe('after delete');
    expect(autosave.savedId).toBe(1);
  });
});
