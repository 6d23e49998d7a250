import { getCollection, type CollectionEntry } from 'astro:content';

/** Every lesson, in course order. */
export async function lessonsInOrder(): Promise<CollectionEntry<'lessons'>[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order);
}
