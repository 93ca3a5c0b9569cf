/**
 * One tenant concept for the three API families: a tenant id is a short string — what seed 002
 * calls OrganisationId, Zitadel's resourceOwner, and (when it is a positive int) the partner
 * API's FileId. Every row the factor features write carries it, and every read filters on it.
 */
const TENANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isTenantId(value: unknown): value is string {
  return typeof value === 'string' && TENANT_ID.test(value);
}

/** The FileId that addresses this tenant, when it has one (seed 001's FileId is an int). */
export function fileIdOf(tenantId: string): number | undefined {
  if (!/^[1-9][0-9]{0,9}$/.test(tenantId)) return undefined;
  const n = Number(tenantId);
  return n <= 2 ** 31 - 1 ? n : undefined;
}

export function tenantOfFile(fileId: number): string {
  return String(fileId);
}
