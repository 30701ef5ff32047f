import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import 'katex/dist/katex.min.css';
import './app/styles.css';
import { App } from './app/App';
import { registerServiceWorker } from './app/offline/register';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
