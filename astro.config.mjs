// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// `SITE` and `BASE` let the same build live at a domain root or under a sub-path.
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  // Hash-based CSP: Astro hashes every script and style it emits into a <meta> policy.
  security: { csp: true },
  build: { inlineStylesheets: 'auto' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
