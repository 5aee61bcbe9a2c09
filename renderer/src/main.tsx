import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { selectHost } from './platform';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App host={selectHost()} />
  </StrictMode>,
);
