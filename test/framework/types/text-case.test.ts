import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCamelCase } from '../../../src/framework/types/text-case.js';

describe('toCamelCase (ServiceStack algorithm)', () => {
  const cases: [string, string][] = [
    ['Id', 'id'], ['ID', 'id'], ['URLValue', 'urlValue'], ['MyID', 'myID'], ['ABc', 'aBc'],
    ['TwoFactorUri', 'twoFactorUri'], ['MaxSMSCount', 'maxSMSCount'], ['ByKey', 'byKey'], ['_links', '_links'],
    ['OrganisationId', 'organisationId'], ['ResponseStatus', 'responseStatus'],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected}`, () => assert.equal(toCamelCase(input), expected));
});
