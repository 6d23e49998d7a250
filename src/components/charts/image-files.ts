/**
 * Where each chart picture is published: one SVG file per panel under /charts/, named after its
 * chart (and numbered when the chart has two panels). Chart.astro points its `<img>` here and the
 * /charts/ endpoint writes the files from the same list, so the two cannot disagree.
 */
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
