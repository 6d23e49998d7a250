/**
 * A lesson's question bank as JSON, written at build time: the questions as validated by the
 * schema (defaults filled in), for teachers who want to reuse them in their own tools.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { teachLessons, type TeachLesson } from '../../lib/teach';

export const getStaticPaths = (async () => {
  const lessons = await teachLessons();
  return lessons.map((entry) => ({ params: { lesson: entry.lesson.id }, props: entry }));
}) satisfies GetStaticPaths;

export const GET = (({ props }) => {
  const { lesson, bank } = props;
  const body = {
    lesson: lesson.id,
    lessonTitle: lesson.data.title,
    units:
      'Numeric money answers, tolerances and known mistakes are in millions of dollars ' +
      '(negative for a deficit balance); percent answers are in percent.',
    ...bank,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute<TeachLesson>;
