/**
 * Each chart picture as an SVG file of its own (see src/lib/charts/image-files.ts). Lessons
 * show them with `<img loading="lazy">`, so a chart adds nothing to the HTML a lesson's first
 * paint waits for.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartImageFiles } from '../../lib/charts/image-files';

export const getStaticPaths = (() =>
  chartImageFiles().map((file) => ({
    params: { file: file.name },
    props: { svg: file.svg },
  }))) satisfies GetStaticPaths;

export const GET = (({ props }) =>
  new Response(props.svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  })) satisfies APIRoute<{ svg: string }>;
