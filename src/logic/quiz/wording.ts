/**
 * Puts an option's text in quotation marks inside a feedback sentence, without its own closing
 * full stop: “A German tourist pays for a hotel in New York” is one of the right answers.
 */
export function quoted(text: string): string {
  return `“${text.trim().replace(/[.;:]+$/, '')}”`;
}
