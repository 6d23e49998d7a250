/**
 * The web app manifest, linked from every page as a data: URL rather than a file.
 *
 * Why inline: Chrome fetches a page's manifest as soon as the page has loaded, to check whether it
 * can be installed. On a fast connection that fetch ends before the first paint is presented, and
 * Lighthouse's simulated phone then adds that request's round trip to the largest paint, about
 * 0.1 s on every page. Inside the page it is one ~300-byte attribute and no request, which is
 * also why the icon travels as a data: URL (see Base.astro).
 *
 * A data: manifest has no address of its own, so relative URLs in it could not resolve: it names
 * no start_url or scope (a home-screen shortcut opens the page it was added from, which is what a
 * reader adding a lesson expects) and no icons, so browsers use the page's own inline icon; an
 * icon inside would be the same SVG encoded twice, 166 more compressed bytes on every page. Nor
 * a description, which only install dialogs show and a `display: browser` manifest never gets;
 * the page's own meta description says it.
 */
export interface WebManifest {
  name: string;
  short_name: string;
  display: 'browser';
  lang: string;
  theme_color: string;
  background_color: string;
}

export function webManifest(siteName: string): WebManifest {
  return {
    name: siteName,
    short_name: 'Trade Deficits',
    display: 'browser',
    lang: 'en',
    theme_color: '#0b5cad',
    background_color: '#ffffff',
  };
}

/** The manifest as a data: URL for `<link rel="manifest">`. */
export function manifestDataUri(manifest: WebManifest): string {
  return `data:application/manifest+json,${encodeURIComponent(JSON.stringify(manifest))}`;
}
