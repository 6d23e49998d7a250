// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import islandStyles from './src/integrations/island-styles.ts';
import pageCsp from './src/integrations/page-csp.ts';
import clientRequest from './src/integrations/client-request.ts';
import { lessonReferences } from './src/integrations/lesson-references.ts';
import buildMarker from './src/integrations/build-marker.ts';
import headInjectWarning from './src/integrations/head-inject-warning.ts';

// `SITE` and `BASE` let the same build live at a domain root or under a sub-path.
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preact(),
    // `client:request`: lesson quizzes hydrate when the reader presses "Start the quiz".
    clientRequest(),
    // Moves Astro's island <style> from the body into the head, where HTML allows it.
    islandStyles(),
    // Each page's CSP <meta> keeps only the hashes of its own inline scripts and styles.
    pageCsp(),
    // The sitemap lists the readable pages; chrome-less embeds (meant for iframes) and the 404 stay out.
    sitemap({
      filter: (page) => !/\/embed\//.test(new URL(page).pathname) && !/\/404\/?$/.test(page),
    }),
    // Full-text search: builds dist/pagefind/ after every build (see the file for what is indexed).
    pagefind(),
    // Drops the bundler's harmless warning about Astro's own "use astro:head-inject" directive
    // (see the file for why it cannot be fixed at the source).
    headInjectWarning(),
    // Last, so it runs after every other build hook: marks dist/ as a finished build, which
    // scripts/serve.mjs requires (a failed build leaves no marker and is not served).
    buildMarker(),
  ],
  markdown: {
    // Each lesson's components are checked as it compiles (a wrong id names the file and line),
    // and its figures are numbered for its list of sources.
    processor: satteri({ mdastPlugins: [lessonReferences()] }),
    // No lesson has code to highlight, and Shiki's inline styles would not pass the CSP.
    syntaxHighlight: false,
  },
  // Hash-based CSP: Astro hashes every script and style it emits into a <meta> policy.
  security: { csp: true },
  // Inline every stylesheet: one fewer round trip before first paint, which is what LCP waits on.
  build: { inlineStylesheets: 'always' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
