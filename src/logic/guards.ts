/**
 * Small checks for reading JSON-shaped values of unknown origin: saved progress, imported files,
 * quiz files fetched from the site and the search library's answers. They are written by hand
 * rather than taken from a schema library because this module runs in the browser, where such a
 * library would cost more than the page's whole script budget. They live here, outside any one
 * feature, so that the quiz reader does not have to load the progress code to use them.
 */

/** Whether a value is an object whose fields can be read: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is an array, typed so that each item must be checked before it is used. */
export function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/**
 * A field the object holds itself, or undefined. A field inherited from a prototype is never
 * read, so a polluted `Object.prototype` cannot fill in a field that saved data lacks.
 */
export function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Whether a value is a plain data object, as an object literal or `JSON.parse` makes, and so
 * may be read as a map from keys to values. Dates, Maps, arrays and class instances are not.
 * The test looks at the constructor's prototype instead of comparing with this window's
 * `Object.prototype`, so an object with no prototype, or made in another window, still counts;
 * it is the same test the schema library applied before, so nothing accepted then is refused.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  // A JSON field named "constructor" shadows the real one; such an object is still plain data.
  const constructor = value['constructor'];
  if (typeof constructor !== 'function') return true;
  const prototype: unknown = constructor.prototype;
  return isRecord(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

/**
 * The key–value pairs of a plain data object, in the object's own key order, or null if the
 * value is not one (see `isPlainRecord`). Inherited and non-enumerable keys are left out, as
 * `Object.entries` would. A `__proto__` key (which `JSON.parse` creates as an ordinary own
 * key) is skipped rather than refused: copying it into a new object would replace that
 * object's prototype, and skipping it is what the schema library did before. A symbol key
 * makes the whole value unreadable, because it cannot come from JSON or name a question.
 */
export function ownEntries(value: unknown): Array<[string, unknown]> | null {
  if (!isPlainRecord(value)) return null;
  const entries: Array<[string, unknown]> = [];
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key === 'symbol') return null;
    entries.push([key, value[key]]);
  }
  return entries;
}

/**
 * The site's slug rule, as `slugSchema` states it for the content collections: lower-case
 * letters, digits and single hyphens, like `trade-balance-2024`. It is copied here rather than
 * imported because `slugSchema` brings the schema library with it; a unit test checks that the
 * two rules agree.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a value is a slug, the only form a question id takes. Keys such as `__proto__` and
 * `Constructor` fail it, so they never become entries of the saved record.
 */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}
