/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Footnote numbers of the figures a lesson uses, set by the lesson page before it renders. */
    figureNumbers?: ReadonlyMap<string, number>;
    /** Counts <Term> tooltips on a page so that each gets a unique id. */
    termCount?: number;
    /** Counts calculators on a page so that their field ids stay unique. */
    calculatorCount?: number;
  }
}
