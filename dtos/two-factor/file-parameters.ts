/**
 * The partner API's action signature (seed 001): `(int FileId, [FromBody] … request, string
 * WsAccessKey = null)`. FileId is required, so a request without it selects no action (Web API's
 * 404); the legacy WsAccessKey is optional (the X-WsAccessKey header is the preferred place).
 */
import type { WebApiActionOptions } from '../../src/index.js';

export const FILE_PARAMETERS: WebApiActionOptions = {
  body: 'request',
  uri: { FileId: 'int', WsAccessKey: { type: 'string', default: null } },
};
