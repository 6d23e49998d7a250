import { useEffect, useState } from 'preact/hooks';

/**
 * Text for a polite live region that settles before it speaks: while a reader is still typing,
 * screen readers are not interrupted with every intermediate result.
 */
export function useLiveRegion(message: string, delayMs = 700): string {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setSpoken(message);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [message, delayMs]);
  return spoken;
}
