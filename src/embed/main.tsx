import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n';
import 'katex/dist/katex.min.css';
import '../app/styles.css';
import { EmbedPage } from './EmbedPage';
import { reportHeight } from './reportHeight';

// /embed/<widget-id>?<widget params>&theme=light|dark&lang=en|zh
const id = /^\/embed\/([a-z0-9-]+)/.exec(window.location.pathname)?.[1] ?? '';
const theme = new URLSearchParams(window.location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <EmbedPage widgetId={id} />
  </StrictMode>,
);
reportHeight(id);
