import { getCollection, type CollectionEntry } from 'astro:content';

/** Every lesson, in course order. */
export async function lessonsInOrder(): Promise<CollectionEntry<'lessons'>[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** Each lesson's title by its id, for quiz items that link back to their lesson. */
export async function lessonTitles(): Promise<Map<string, string>> {
  const lessons = await lessonsInOrder();
  return new Map(lessons.map((lesson) => [lesson.id, lesson.data.title]));
}
