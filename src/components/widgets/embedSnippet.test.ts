import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet } from './embedSnippet';

describe('embed snippet', () => {
  it('keeps only the widget’s own parameters and the language', () => {
    expect(embedUrl('https://x.org', 'gallery', '?gallery.eps=0.001&other.t=3&lang=zh')).toBe('https://x.org/embed/gallery?gallery.eps=0.001&lang=zh');
    expect(embedUrl('https://x.org', 'gallery', '')).toBe('https://x.org/embed/gallery');
  });
  it('escapes the title and sizes from postMessage', () => {
    const s = iframeSnippet('https://x.org/embed/gallery', 'A "quoted" <b>');
    expect(s).toContain('title="A &quot;quoted&quot; &lt;b&gt; — Logit Lab"');
    expect(s).toContain("e.data.type !== 'logit-lab:height'");
  });
});
