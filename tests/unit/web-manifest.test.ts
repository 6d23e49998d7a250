import { describe, expect, it } from 'vitest';
import { manifestDataUri, webManifest } from '../../src/lib/web-manifest';

describe('the inline web app manifest', () => {
  const manifest = webManifest('Trade Deficits, Explained');
  const href = manifestDataUri(manifest);

  it('is a data: URL that decodes back to the same manifest', () => {
    expect(href.startsWith('data:application/manifest+json,')).toBe(true);
    const json = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(JSON.parse(json)).toEqual(manifest);
  });

  it('names no URL that would need the manifest to have an address of its own', () => {
    expect(manifest).not.toHaveProperty('start_url');
    expect(manifest).not.toHaveProperty('scope');
    expect(manifest).not.toHaveProperty('icons');
  });

  it('needs no quoting inside an HTML attribute', () => {
    expect(href).not.toMatch(/["'<>&\s]/);
  });
});
