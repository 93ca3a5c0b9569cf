/**
 * ServiceStack's marker interfaces on DTOs written as C# writes them: `implements IReturn<T>` on a
 * class whose members are all optional must compile (it failed with TS2559, "no properties in
 * common", while the markers were weak types), and the markers change nothing on the wire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHost, Dto, Handles, Member, Returns, ReturnsVoid, Route, type IGet, type IPost, type IReturn, type IReturnVoid } from '../../src/index.js';
import { http } from '../support/http.js';

@Dto({ namespace: 'Shop.ServiceModel' })
class OrderResponse { @Member('int') Id?: number; @Member() Status?: string; }

@Dto({ namespace: 'Shop.ServiceModel' }) @Route('/orders/{Id}', 'GET') @Returns(() => OrderResponse)
class GetOrder implements IReturn<OrderResponse>, IGet { @Member('int') Id?: number; @Member() Expand?: boolean; }

@Dto({ namespace: 'Shop.ServiceModel' }) @Route('/orders/{Id}/cancel', 'POST') @ReturnsVoid()
class CancelOrder implements IReturnVoid, IPost { @Member('int') Id?: number; }

class OrderService {
  @Handles(GetOrder) get(r: GetOrder): OrderResponse { return Object.assign(new OrderResponse(), { Id: r.Id, Status: 'Open' }); }
  @Handles(CancelOrder) post(): void {}
}

const api = http(createHost().register(new OrderService()));

describe('marker interfaces', () => {
  it('IReturn<T>, IGet: the DTO binds and answers as without markers', async () => {
    const res = await api.get('/orders/7');
    assert.equal(res.text, '{"id":7,"status":"Open"}');
    assert.equal((await api.get('/orders/7?format=xml')).text.includes('<Id>7</Id><Status>Open</Status>'), true);
  });
  it('IReturnVoid, IPost: 204', async () => {
    const res = await api.post('/orders/7/cancel');
    assert.equal(res.status, 204);
  });
  it('a typed client infers nothing wrong from the markers', () => {
    const request: IReturn<OrderResponse> = new GetOrder();
    const none: IReturnVoid = new CancelOrder();
    assert.ok(request instanceof GetOrder && none instanceof CancelOrder);
  });
});
