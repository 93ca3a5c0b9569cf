/** README's "one curl per format" lines, as requests to a server running README's example at `base`. */
import assert from 'node:assert/strict';

export async function assertReadmeCurls(base: string): Promise<void> {
  assert.equal(await (await fetch(`${base}/hello/World`)).text(), '{"result":"Hello, World"}');
  assert.equal(await (await fetch(`${base}/hello/World?format=xml`)).text(),
    '<?xml version="1.0" encoding="utf-8"?><HelloResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/MyApp.ServiceModel"><Result>Hello, World</Result></HelloResponse>');
  assert.equal(await (await fetch(`${base}/hello/World?format=jsv`)).text(), '{result:"Hello, World"}');
  assert.equal(await (await fetch(`${base}/json/reply/Hello?Name=World`)).text(), '{"result":"Hello, World"}');
}
