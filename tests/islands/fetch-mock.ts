import { afterEach, beforeEach, vi, type Mock } from 'vitest';

/**
 * Replaces `fetch` with a mock for every test of the calling file, reset before each, so an
 * island's requests can be answered (or failed) by the test.
 */
export function mockFetch(): Mock<typeof fetch> {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return fetchMock;
}
