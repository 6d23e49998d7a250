/**
 * Where each chart picture is published: one SVG file per panel under /charts/, named after its
 * chart (and numbered when the chart has two panels). Chart.astro points its `<img>` here and the
 * /charts/ endpoint writes the files from the same list, so the two cannot disagree.
 */
import { CAPTIONED_CHART_ALT } from './captioned-alt';
import { CHART_IDS, type ChartSpec } from './chart-spec';
import { withImageStyle } from './image-style';
import { buildChart } from './index';

/** The file name of a panel's picture, without `.svg`: "debt-and-deficits-2". */
export function chartImageName(chart: ChartSpec, panelIndex: number): string {
  return chart.panels.length === 1 ? chart.id : `${chart.id}-${String(panelIndex + 1)}`;
}

/** The site path of a panel's picture, before the base is added: "/charts/vintages-2024.svg". */
export function chartImagePath(chart: ChartSpec, panelIndex: number): string {
  return `/charts/${chartImageName(chart, panelIndex)}.svg`;
}

/**
 * The `<img>` alt text of a panel. A one-panel chart's caption already holds its title and
 * summary, which is what the picture shows; saying it again in the alt would make a screen reader
 * read it twice, so the alt only says where the words and numbers are. A panel of a two-panel
 * chart gets its own description. The SVG's <title> keeps the full text either way, for the file
 * opened on its own.
 */
export function chartImageAlt(chart: ChartSpec, panelIndex: number): string {
  const panel = chart.panels[panelIndex];
  if (chart.panels.length > 1 && panel) return panel.alt;
  return CAPTIONED_CHART_ALT;
}

/** Every chart picture the build writes, with the SVG document each file holds. */
export function chartImageFiles(): { name: string; svg: string }[] {
  return CHART_IDS.flatMap((id) => {
    const chart = buildChart(id);
    return chart.panels.map((panel, index) => ({
      name: chartImageName(chart, index),
      svg: withImageStyle(panel.svg),
    }));
  });
}
