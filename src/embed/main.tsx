import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n';
import 'katex/dist/katex.min.css';
import '../app/styles.css';
import { EmbedPage } from './EmbedPage';
import { reportHeight } from './reportHeight';
import { listenToParent } from './bridge';
import { parentOriginParam } from './messages';

// /embed/<widget-id>?<widget params>&theme=light|dark&lang=en|zh&parent=<origin>
const id = /^\/embed\/([a-z0-9-]+)/.exec(window.location.pathname)?.[1] ?? '';
const theme = new URLSearchParams(window.location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
const parentOrigin = parentOriginParam(window.location.search);

// Listening before the first render: a command sent as soon as the frame loads is kept
// until the widget's code and the store (in the chunks the widget loads anyway) have arrived.
listenToParent(id, () => import('../components/state/useWidget').then((m) => m.pageWidgetStore()), parentOrigin);
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <EmbedPage widgetId={id} />
  </StrictMode>,
);
reportHeight(id, parentOrigin ?? '*');
