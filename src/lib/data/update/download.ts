/**
 * Downloads one CSV over HTTP with Node's fetch, within a time limit that covers the whole body,
 * and turns every way it can fail into one sentence: no answer in time, no connection, an error
 * status, a web page where a CSV was expected, a body cut short.
 */
import { failure, success, type Outcome } from '../../../logic/data/update/result';

/** The code Node gives a network failure (ECONNREFUSED, ENOTFOUND…), found on the error's cause. */
function networkCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 4; depth += 1) {
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
    cause = cause.cause;
  }
  return undefined;
}

function failureSentence(error: unknown, url: string, service: string, seconds: number): string {
  const host = new URL(url).host;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `${service} did not answer ${url} within ${seconds} seconds; try again later, or download the file by hand and use --from.`;
  }
  switch (networkCode(error)) {
    case 'ECONNREFUSED':
      return `Could not connect to ${host}: the connection was refused.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not find the server ${host}: is this machine online?`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `The download of ${url} was cut short: the connection closed before the end.`;
    default:
      return `Could not download ${url}: ${error instanceof Error ? error.message : String(error)}.`;
  }
}

/** The body of `url` as text, or the sentence that says why there is none. */
export async function downloadCsv(
  url: string,
  options: { readonly timeoutMs: number; readonly service: string },
): Promise<Outcome<string>> {
  const seconds = options.timeoutMs / 1000;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { accept: 'text/csv, text/plain;q=0.9' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failure(
        response.status === 404
          ? `${options.service} answered ${status} for ${url}: it has no such series (check the id).`
          : `${options.service} answered ${status} for ${url}; try again later.`,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    if (/html/i.test(type) || /^\s*</.test(text)) {
      return failure(
        `${options.service} answered ${url} with a web page, not a CSV file: perhaps an error or maintenance page.`,
      );
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(length) && Buffer.byteLength(text) < length) {
      return failure(`The download of ${url} was cut short: fewer bytes arrived than announced.`);
    }
    return success(text);
  } catch (error) {
    return failure(failureSentence(error, url, options.service, seconds));
  }
}
