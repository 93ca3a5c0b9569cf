import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusOf } from '../../../src/framework/errors/error-status.js';
import * as ex from '../../../src/framework/errors/exceptions.js';

describe('statusOf (ServiceStack ToStatusCode table)', () => {
  const cases: [unknown, number][] = [
    [new ex.NotImplementedException('x'), 405], [new ex.NotSupportedException('x'), 405],
    [new ex.ArgumentException('x'), 400], [new ex.ArgumentNullException('p'), 400], [new ex.ArgumentOutOfRangeException('x'), 400],
    [new ex.SerializationException('x'), 400], [new ex.FormatException('x'), 400], [new ex.ValidationError([]), 400],
    [new ex.AuthenticationException('x'), 401], [new ex.UnauthorizedAccessException('x'), 403],
    [new ex.FileNotFoundException('x'), 404], [new ex.OptimisticConcurrencyException('x'), 409],
    [new ex.KeyNotFoundException('x'), 500], [new ex.InvalidOperationException('x'), 500], [new TypeError('x'), 500],
    [new ex.HttpError(418), 418], ['a string', 500],
  ];
  for (const [err, status] of cases) it(`${(err as Error).name ?? typeof err} → ${status}`, () => assert.equal(statusOf(err), status));
  it('errorCode is the .NET type name, or the HttpStatusCode name for HttpError', () => {
    assert.equal(new ex.ArgumentNullException('Name').errorCode, 'ArgumentNullException');
    assert.equal(ex.HttpError.notFound('gone').errorCode, 'NotFound');
    assert.equal(new ex.HttpError(404).message, 'NotFound');
  });
});
