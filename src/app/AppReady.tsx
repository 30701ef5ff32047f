import { useEffect } from 'react';

/**
 * Marks the page as responding (`<html data-app="ready">`) once it commits. A lesson renders
 * it after its body, inside the body's Suspense boundary: when the app hydrates prerendered
 * HTML, React hydrates that boundary in a later pass than the page around it, and until then
 * the lesson's controls look live but are not. Tools and tests wait for the mark.
 */
export function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}
