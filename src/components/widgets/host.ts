import { createContext, useContext } from 'react';

/**
 * Where a widget is shown, asked in one place: on a lesson page of the site, alone in an
 * iframe (/embed/<id>, its state in that page's URL) or inside a `<logit-lab-widget>` element
 * on someone else's page (its state in the element's params; the host's URL is not ours to
 * copy or write). The frame's actions depend on it.
 */
export type WidgetHost = 'site' | 'iframe' | 'element';

export const WidgetHostContext = createContext<WidgetHost>('site');

export const useWidgetHost = () => useContext(WidgetHostContext);
