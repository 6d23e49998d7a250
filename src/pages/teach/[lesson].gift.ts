/**
 * A lesson's question bank in GIFT, Moodle's import format, written at build time. Questions
 * GIFT cannot express are left out with a `//` comment in their place (see src/logic/gift.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { teachLessons, type TeachLesson } from '../../lib/teach';
import { bankToGift } from '../../logic/gift';

export const getStaticPaths = (async () => {
  const lessons = await teachLessons();
  return lessons.map((entry) => ({ params: { lesson: entry.lesson.id }, props: entry }));
}) satisfies GetStaticPaths;

export const GET = (({ props }) => {
  const { lesson, bank } = props;
  const { text } = bankToGift(bank, {
    lessonTitle: lesson.data.title,
    category: `trade-deficits-explained/${lesson.id}`,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}) satisfies APIRoute<TeachLesson>;
