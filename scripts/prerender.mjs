#!/usr/bin/env node
// Build-time HTML for every lesson page (issue 20: a phone paints the words before the
// JavaScript arrives). Run by scripts/build.mjs after the site build: renders each
// /lessons/<slug> with src/prerender/renderPage.tsx through Vite's SSR loader (the same
// plugins as the site: MDX, KaTeX at build time, the lesson index) and writes the HTML into
// <outDir>/lessons/<slug>/index.html's #root, marked with the path and language it is for,
// with the page's title and the lesson's stylesheets.
// src/main.tsx hydrates it when the browser would render the same; otherwise renders anew.
// `node scripts/prerender.mjs [outDir]`
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT_TAG = '<div id="root"></div>';
// React hoists a preload for the first images of a render; the page's head already has what
// it needs, and #root must hold only what the app renders into it.
const stripHoisted = (html) => html.replace(/^(<link [^>]*\/>)+/, '');

/**
 * The lesson's styles, from Vite's manifest (the CSS of the lesson's chunk and of every chunk
 * it imports), linked in the page's head so the prerendered words are styled from the first
 * paint instead of restyling when the lesson's code arrives. Its scripts are not preloaded:
 * measured with Lighthouse's mobile run (slow 4G), modulepreloading the lesson's ~30 chunks
 * pushed LCP from 1.9–2.4 s to 3.6–4.1 s on why-nonlinear and overflow — they compete with
 * the page's own CSS and code for the connection.
 */
function lessonStyles(outDir, slug) {
  const manifest = JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8'));
  const css = new Set();
  const seen = new Set();
  const visit = (k) => {
    const chunk = manifest[k];
    if (!chunk || chunk.isEntry || seen.has(k)) return;
    seen.add(k);
    (chunk.css ?? []).forEach((c) => css.add(c));
    (chunk.imports ?? []).forEach(visit);
  };
  visit(`src/lessons/${slug}/Lesson.tsx`);
  return [...css];
}

// Not preloaded either: KaTeX's fonts. Preloading the faces a page's formulas use removed a
// 0.086 layout shift on why-nonlinear at phone size (delimiters reflowing when KaTeX_Size1
// arrives), but in 24 alternating Lighthouse mobile runs over four lessons it also made LCP
// bimodal (4.5–4.8 s in 4 of 12 runs, against ≤ 2.9 s in all 12 without). Measured again with
// only KaTeX_Main and KaTeX_Math's italic preloaded (CLS 0.086 → 0 on why-nonlinear): LCP
// 4.4–5.0 s on 5 of the 14 lessons in one run over all of them — still not worth it.
function headLinks(page, css) {
  const links = css.filter((f) => !page.includes(`/${f}"`)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`);
  return links.length ? `  ${links.join('\n    ')}\n  </head>` : '</head>';
}

export async function prerenderLessons(outDir = 'dist') {
  const server = await createServer({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'warn',
  });
  try {
    const { renderPage, pageTitle, prerenderedPaths } = await server.ssrLoadModule('/src/prerender/renderPage.tsx');
    for (const path of prerenderedPaths()) {
      const file = `${outDir}${path}/index.html`;
      if (!existsSync(file)) throw new Error(`${file} is missing: the site build writes one page per lesson`);
      const page = readFileSync(file, 'utf8');
      if (!page.includes(ROOT_TAG)) throw new Error(`${file} has no empty ${ROOT_TAG}`);
      const body = stripHoisted(await renderPage(path));
      const title = pageTitle(path);
      const out = page
        .replace('</head>', headLinks(page, lessonStyles(outDir, path.split('/').pop())))
        .replace(ROOT_TAG, `<div id="root" data-prerendered="${path}" data-lang="en">${body}</div>`)
        .replace(/<title>[^<]*<\/title>/, `<title>${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>`);
      writeFileSync(file, out);
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = Date.now();
  prerenderLessons(process.argv[2] ?? 'dist').then(
    () => console.log(`✓ lesson pages prerendered in ${((Date.now() - t0) / 1000).toFixed(1)} s`),
    (e) => {
      console.error('✗ prerender failed:', e);
      process.exit(1);
    },
  );
}
