/**
 * `client:request`: hydrates an island only when the reader asks for it, by pressing a button
 * marked `data-hydrate` inside it (or pressing Enter or Space on it). Until then the island is its
 * server-rendered HTML and costs no JavaScript. Used for the lesson quizzes: a reader who only
 * reads never downloads them, and one who starts a quiz waits a fraction of a second once.
 */
import type { ClientDirective } from 'astro';

const onRequest: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async (event: Event) => {
    const target = event.target;
    if (started || !(target instanceof Element) || !target.closest('[data-hydrate]')) return;
    started = true;
    el.setAttribute('data-hydrating', '');
    const hydrate = await load();
    await hydrate();
    el.removeAttribute('data-hydrating');
  };
  el.addEventListener('click', (event) => {
    void start(event);
  });
};

export default onRequest;
