/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Counts <Term> tooltips on a page so that each gets a unique id. */
    termCount?: number;
    /** Counts calculators on a page so that their field ids stay unique. */
    calculatorCount?: number;
  }
}
