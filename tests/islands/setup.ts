import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
