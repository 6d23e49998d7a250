/**
 * Each series file, downloadable at /data/<file>.csv, written by the build from content/data so
 * that the copy a reader downloads is the very file the charts and figures were computed from.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSeriesList, readSeriesCsv } from '../../lib/data/series-files';

export const getStaticPaths = (() =>
  loadSeriesList().map((series) => ({
    params: { file: series.id },
    props: { text: readSeriesCsv(series.id).text },
  }))) satisfies GetStaticPaths;

export const GET = (({ props }) =>
  new Response(props.text, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })) satisfies APIRoute<{ text: string }>;
