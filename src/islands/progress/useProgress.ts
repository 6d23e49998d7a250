import { useEffect, useState } from 'preact/hooks';
import { progressState, subscribe, type ProgressState } from './store';

/**
 * The saved progress, read after the island wakes up (storage does not exist on the server) and
 * kept current when any island on the page records an answer. Null until it has been read.
 */
export function useProgress(): ProgressState | null {
  const [state, setState] = useState<ProgressState | null>(null);
  useEffect(() => {
    setState(progressState());
    return subscribe(setState);
  }, []);
  return state;
}
