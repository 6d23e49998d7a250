/**
 * Full-text search over the lessons (with their quiz answers and explanations) and the glossary.
 * The index is Pagefind's, built after every `astro build` into `<base>pagefind/`; this island
 * loads Pagefind's own script from there only when it mounts, so no other page pays for search.
 *
 * The server renders the form hidden: without JavaScript the page's <noscript> text shows
 * instead, and a reader never meets a field that cannot work.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { isArray, isRecord } from '../logic/guards';
import { useLiveRegion } from './useLiveRegion';

/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 200;
/** Results shown at first, and added by each "Show more results". */
const PAGE_SIZE = 10;

/** The part of Pagefind's browser API this island uses. */
interface PagefindResult {
  id: string;
  data: () => Promise<unknown>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<unknown>;
  search: (term: string) => Promise<unknown>;
}

/** One result, as shown. */
export interface Hit {
  id: string;
  url: string;
  title: string;
  kind: 'Lesson' | 'Glossary' | 'Page';
  excerpt: string;
}

/** A run of excerpt text, marked where it matched the query. */
export interface Segment {
  text: string;
  marked: boolean;
}

type Status = 'loading' | 'ready' | 'error';

function isPagefind(value: unknown): value is PagefindApi {
  return (
    isRecord(value) &&
    typeof value['search'] === 'function' &&
    typeof value['options'] === 'function'
  );
}

function isResult(value: unknown): value is PagefindResult {
  return isRecord(value) && typeof value['id'] === 'string' && typeof value['data'] === 'function';
}

/** Pagefind's `{ results: [...] }`, or null when the answer has another shape. */
function resultsOf(response: unknown): PagefindResult[] | null {
  const results = isRecord(response) ? response['results'] : undefined;
  return isArray(results) ? results.filter(isResult) : null;
}

function kindOf(url: string): Hit['kind'] {
  if (url.includes('/lessons/')) return 'Lesson';
  if (url.includes('/glossary/')) return 'Glossary';
  return 'Page';
}

/** A result's loaded data as a Hit, or null when it lacks a URL. */
function hitFrom(id: string, data: unknown): Hit | null {
  if (!isRecord(data) || typeof data['url'] !== 'string') return null;
  const url = data['url'];
  const meta = data['meta'];
  const title = isRecord(meta) && typeof meta['title'] === 'string' ? meta['title'] : url;
  const excerpt = typeof data['excerpt'] === 'string' ? data['excerpt'] : '';
  return { id, url, title, kind: kindOf(url), excerpt };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with <mark> around the matches) into plain-text runs.
 * Every other tag is dropped and entities are decoded, so the runs can be rendered as text: no
 * markup from the index ever reaches the DOM as HTML.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(part)) {
      marked = true;
    } else if (/^<\/mark/i.test(part)) {
      marked = false;
    } else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, marked });
    }
  }
  return segments;
}

function countMessage(count: number, term: string): string {
  if (count === 0) return `No results for “${term}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${term}”.`;
}

function Excerpt({ text }: { text: string }) {
  return (
    <p class="search-excerpt">
      {excerptSegments(text).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </p>
  );
}

export default function Search() {
  const [mounted, setMounted] = useState(false);
  const [status, setStatus] = useState<Status>('loading');
  const [query, setQuery] = useState('');
  /** The query the shown results answer. */
  const [answered, setAnswered] = useState('');
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [hits, setHits] = useState<Hit[]>([]);
  const [shown, setShown] = useState(PAGE_SIZE);
  const pagefind = useRef<PagefindApi | null>(null);
  /** Bumped by every search, so a slow answer to an old query is thrown away. */
  const generation = useRef(0);

  // Read ?q= and load Pagefind, once.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(initial);
    setMounted(true);
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
      .then(async (module: unknown) => {
        if (!isPagefind(module)) throw new Error('pagefind.js does not look like Pagefind.');
        await module.options({ baseUrl: base });
        pagefind.current = module;
        setStatus('ready');
      })
      .catch(() => {
        setStatus('error');
      });
  }, []);

  // Search when the query settles (and once Pagefind is ready); keep ?q= in the address.
  useEffect(() => {
    if (!mounted) return;
    const term = query.trim();
    const timer = setTimeout(() => {
      const url = new URL(window.location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
      void runSearch(term);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [query, status, mounted]);

  // Load the data (URL, title, excerpt) of the results on show.
  useEffect(() => {
    const current = generation.current;
    const wanted = results.slice(0, shown);
    void Promise.all(wanted.map(async (result) => hitFrom(result.id, await result.data()))).then(
      (loaded) => {
        if (current !== generation.current) return;
        setHits(loaded.filter((hit): hit is Hit => hit !== null));
      },
      () => {
        if (current === generation.current) setStatus('error');
      },
    );
  }, [results, shown]);

  async function runSearch(term: string) {
    generation.current += 1;
    const current = generation.current;
    const api = pagefind.current;
    if (!term) {
      setResults([]);
      setHits([]);
      setAnswered('');
      return;
    }
    if (!api) return;
    try {
      const found = resultsOf(await api.search(term));
      if (current !== generation.current) return;
      if (found === null) throw new Error('Unexpected answer from Pagefind.');
      setShown(PAGE_SIZE);
      setResults(found);
      setAnswered(term);
    } catch {
      if (current === generation.current) setStatus('error');
    }
  }

  function onInput(event: TargetedEvent<HTMLInputElement>) {
    setQuery(event.currentTarget.value);
  }

  function onSubmit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    void runSearch(query.trim());
  }

  let message = '';
  // The index exists only in a build (src/integrations/pagefind.ts runs after `astro build`),
  // so under `npm run dev` the load always fails: say what to do instead of "reload".
  if (status === 'error' && import.meta.env.DEV)
    message = 'Search works on a built site: run npm start.';
  else if (status === 'error')
    message = 'Search could not load. Please reload the page to try again.';
  else if (query.trim() && status === 'loading') message = 'Loading search…';
  else if (answered && answered === query.trim()) message = countMessage(results.length, answered);
  const spoken = useLiveRegion(message, 400);

  return (
    <div class="search" hidden={!mounted}>
      <form role="search" class="search-form" onSubmit={onSubmit}>
        <label for="search-input">Search the lessons and the glossary</label>
        <input
          id="search-input"
          class="search-input"
          type="search"
          name="q"
          value={query}
          onInput={onInput}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="search-hint"
        />
        <p id="search-hint" class="search-hint">
          Results appear as you type. Quiz answers and explanations are searched too.
        </p>
      </form>
      <p class="search-status" role="status">
        {spoken}
      </p>
      {hits.length > 0 && answered && (
        <ol class="search-results" aria-label={`Results for “${answered}”`}>
          {hits.map((hit) => (
            <li key={hit.id} class="search-result">
              <p class="search-kind">{hit.kind}</p>
              <a class="search-title" href={hit.url}>
                {hit.title}
              </a>
              {hit.excerpt && <Excerpt text={hit.excerpt} />}
            </li>
          ))}
        </ol>
      )}
      {results.length > shown && (
        <button
          type="button"
          class="button secondary search-more"
          onClick={() => {
            setShown(shown + PAGE_SIZE);
          }}
        >
          Show more results
        </button>
      )}
    </div>
  );
}
