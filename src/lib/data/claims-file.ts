/**
 * Reads `content/data/claims.yaml` at build time and checks each claim against the series held
 * (see src/logic/data/claims.ts). `<Claim>` in a lesson, the content tests and
 * `npm run data:update` all check claims through here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Catalog } from '../../logic/data/catalog';
import { checkClaim, type ClaimResult } from '../../logic/data/claims';
import { ComputeError, type FigureLookup } from '../../logic/data/compute';
import { claimListSchema, type Claim } from '../../schemas/claim';
import type { Figure } from '../../schemas/figure';
import { loadFigures } from './figures-file';
import { DATA_DIR, loadCatalog } from './series-files';

export const CLAIMS_FILE = 'content/data/claims.yaml';

/** Every claim in the file, checked against its schema; a wrong entry is an error naming it. */
export function readClaims(text: string): Claim[] {
  const result = claimListSchema.safeParse(parseYaml(text));
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  - entry ${issue.path.map(String).join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`${CLAIMS_FILE} does not match its schema:\n${problems}`);
  }
  const ids = result.data.map((claim) => claim.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) throw new Error(`${CLAIMS_FILE}: the claim "${twice}" appears twice`);
  return result.data;
}

/** Looks figures up by id for the checks, as computations see them. */
export function lookupIn(figures: readonly Figure[]): FigureLookup {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return (id) => {
    const figure = byId.get(id);
    if (!figure) throw new ComputeError(`there is no figure "${id}"`);
    return {
      value: figure.value,
      unit: figure.unit,
      period: figure.period,
      seriesIds: figure.computed?.seriesIds ?? [],
      columns: figure.computed?.columns ?? [],
      description: figure.label,
    };
  };
}

/** Each claim with the result of its check against the given series and figures. */
export function checkClaims(
  claims: readonly Claim[],
  catalog: Catalog,
  figures: readonly Figure[],
): { claim: Claim; result: ClaimResult }[] {
  const lookup = lookupIn(figures);
  return claims.map((claim) => ({ claim, result: checkClaim(claim.check, catalog, lookup) }));
}

let cached: ReadonlyMap<string, { claim: Claim; result: ClaimResult }> | undefined;

/** The site's claims checked against the site's own data, by id (read once per process). */
export function siteClaims(): ReadonlyMap<string, { claim: Claim; result: ClaimResult }> {
  cached ??= new Map(
    checkClaims(
      readClaims(readFileSync(resolve(DATA_DIR, 'claims.yaml'), 'utf8')),
      loadCatalog(),
      loadFigures(),
    ).map((checked) => [checked.claim.id, checked]),
  );
  return cached;
}

/** The claims of a claims file that do not hold against these series and figures. */
export function falseClaims(
  text: string,
  catalog: Catalog,
  figures: readonly Figure[],
): { id: string; says: string; reason: string }[] {
  return checkClaims(readClaims(text), catalog, figures).flatMap(({ claim, result }) =>
    result.ok ? [] : [{ id: claim.id, says: claim.says, reason: result.reason }],
  );
}
