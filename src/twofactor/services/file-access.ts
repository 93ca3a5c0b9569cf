/**
 * The partner API's URI parameters: FileId (required) and the legacy WsAccessKey. The key is also
 * accepted — and preferred — in an `X-WsAccessKey` header, so it need not sit in URLs (and so in
 * proxy and access logs); a bearer token works too. Checking them is the framework's authenticate
 * step, configured in auth/two-factor-auth.ts: a key that does not exist, is revoked or belongs to
 * another file gets the same 401.
 */
import { InvalidOperationException, parseCSharpType, type Operation, type ServiceContext } from '../../index.js';

/**
 * The FileId the request named: bound before any filter runs (FILE_PARAMETERS declares it on the
 * partner API's DTOs), so a missing one has already answered Web API's 404 and a bad one its 400.
 */
export function requireFileId(ctx: ServiceContext): number {
  const fileId = ctx.parameters?.get('FileId');
  if (typeof fileId !== 'number') throw new InvalidOperationException('FileId is bound only for the partner API operations');
  return fileId;
}

/** The URI parameters above, as the Help pages describe them (seed 001's wording). */
export const FILE_URI_PARAMETERS = [
  {
    name: 'WsAccessKey', type: parseCSharpType('string'),
    description: 'The Web Service access key for this user and file which allows access to the API for the associated file (found in File - Settings). Using OAuth authentication mechanism is the preferred method to allow API access.',
    annotations: ['Optional. Legacy authentication method and only required if not using OAuth. OAuth is preferred.'],
  },
  { name: 'FileId', type: parseCSharpType('int'), description: 'Specifies the file id of the file to perform the operation upon.', annotations: ['Required'] },
] as const;

/** The operations that take FileId and WsAccessKey: the partner API's (seed 001). */
export const takesFileParameters = (op: Operation): boolean => op.meta.namespace === 'PartnerApi.Models';
