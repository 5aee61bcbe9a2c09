import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { version } from '../../package.json';
import { App } from './app';
import { checkLibraryAccess, db, type LibraryAccess } from './db';
import { backupBeforeUpgrade } from './features/durability';
import { selectHost } from './platform';
import './styles.css';
import './views.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const root = createRoot(container);
const host = selectHost();
// The library's version is checked before anything reads or writes it (a newer app's library opens read-only).
void checkLibraryAccess(db, version, backupBeforeUpgrade(host))
  .catch((): LibraryAccess => ({ kind: 'read-write' }))
  .then((access) =>
    root.render(
      <StrictMode>
        <App host={host} access={access} />
      </StrictMode>,
    ),
  );
