/**
 * Joins a site path to the configured base, so the same build works at a domain's root or under a
 * sub-path such as /trade/. Paths are written from the site root: url('/glossary/').
 */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
