/** The alt text of a one-panel chart's picture, whose caption already says what it shows. */
export const CAPTIONED_CHART_ALT =
  'Chart, described in the caption above; every number it draws is in the data table below.';
