import { useAppServices, useImportProgress } from '../../services';
import { SEARCH_INPUT_ID } from './focusSearch';

type LibraryToolbarProps = Readonly<{
  query: string;
  onQueryChange: (query: string) => void;
  onSubmit: () => void;
  onArrowDown: () => void;
}>;

export function LibraryToolbar({ query, onQueryChange, onSubmit, onArrowDown }: LibraryToolbarProps) {
  const { imports } = useAppServices();
  const { isRunning } = useImportProgress();
  return (
    <div className="library-toolbar">
      <search className="library-toolbar__search">
        <label htmlFor={SEARCH_INPUT_ID}>Search classes</label>
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          value={query}
          placeholder="Title, code, duties or any word (Ctrl+F)"
          autoComplete="off"
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onSubmit();
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              onArrowDown();
            }
          }}
        />
      </search>
      <div className="library-toolbar__actions">
        <button
          type="button"
          disabled={isRunning}
          onClick={() => void imports.importFiles()}
          aria-keyshortcuts="Control+O"
        >
          Import files…
        </button>
        <button type="button" disabled={isRunning} onClick={() => void imports.importFolder()}>
          Import folder…
        </button>
        <button type="button" disabled={isRunning} onClick={() => void imports.importSeeds()}>
          Restore sample specs
        </button>
      </div>
    </div>
  );
}
