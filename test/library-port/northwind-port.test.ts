/**
 * The Northwind port (northwind-dtos.ts, northwind-service.ts: `stackport`'s public exports only)
 * called as its legacy clients call it: @servicestack/client's JsonServiceClient with the DTOs
 * typescript-ref generates, through the predefined routes (the client's default) and, where the
 * contract has them, the custom routes. Every operation, its errors as WebServiceException.
 */
import { JsonServiceClient, type ResponseStatus } from '@servicestack/client';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { SignJWT } from 'jose';
import { after, before, describe, it } from 'node:test';
import { createExpressApp } from 'stackport';
import {
  CancelOrder, CreateCustomer, CreateOrder, DeleteCustomer, GetCategoryCounts, GetCompanyName, GetCustomer, GetCustomerCount,
  GetCustomerOrders, GetCustomers, GetOrder, GetOrdersByStatus, GetOrderTotal, GetProduct, GetProductNames, OrderStatus,
  QueryProducts, ShipOrder, ShipVia, UpdateCustomer, type Customer, type Order,
} from './northwind-client-dtos.js';
import { NORTHWIND_JWT_SECRET, northwindHost } from './northwind-service.js';

/** What the client throws (the error DTO, its ResponseStatus), with the HTTP status its response filter saw. */
interface WebServiceException { statusCode: number; responseStatus: ResponseStatus }

let lastStatus = 0;

/** Runs `call`, which must fail, and returns the client's WebServiceException. */
async function failure(call: Promise<unknown>): Promise<WebServiceException> {
  try {
    const ok = await call;
    assert.fail(`expected a WebServiceException, got ${JSON.stringify(ok)}`);
  } catch (e) {
    const { responseStatus } = e as Partial<WebServiceException>;
    assert.ok(responseStatus, `not a WebServiceException: ${String(e)}`);
    return { statusCode: lastStatus, responseStatus };
  }
}

const fieldErrors = (e: WebServiceException): string[] => (e.responseStatus.errors ?? []).map((x) => `${x.fieldName}:${x.errorCode}`);

let server: Server;
let client: JsonServiceClient;
let baseUrl: string;
function newClient(bearerToken?: string): JsonServiceClient {
  const c = new JsonServiceClient(baseUrl);
  if (bearerToken) c.bearerToken = bearerToken;
  c.responseFilter = (res) => { lastStatus = res.status; };
  return c;
}
/** A client signed in as a user with `roles` (a JWT as ServiceStack's JwtAuthProvider issues them). */
async function withRoles(...roles: string[]): Promise<JsonServiceClient> {
  const token = await new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject('user-1').setExpirationTime('1h').sign(NORTHWIND_JWT_SECRET);
  return newClient(token);
}

before(async () => {
  server = createServer(createExpressApp(northwindHost().host));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = newClient();
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Northwind port: customers', () => {
  it('GetCustomers: IReturn<List<Customer>> with nested addresses, by predefined and custom route', async () => {
    const all = await client.get(new GetCustomers());
    assert.deepEqual(all.map((c) => c.id), ['ALFKI', 'BONAP', 'BERGS']);
    assert.deepEqual(all[0]!.address, { street: 'Obere Str. 57', city: 'Berlin', country: 'Germany' });
    const french = await client.get<Customer[]>('/customers?country=France');
    assert.deepEqual(french.map((c) => c.companyName), ["Bon app'"]);
  });

  it('GetCustomer: a response DTO; an unknown id is a thrown HttpError 404', async () => {
    assert.equal((await client.get(new GetCustomer({ id: 'BERGS' }))).customer?.address?.city, 'Luleå');
    assert.equal((await client.get<{ customer: Customer }>('/customers/ALFKI')).customer.email, 'maria@alfki.example');
    const e = await failure(client.get(new GetCustomer({ id: 'NOPE' })));
    assert.equal(e.statusCode, 404);
    assert.equal(e.responseStatus.errorCode, 'NotFound');
    assert.equal(e.responseStatus.message, "Customer 'NOPE' does not exist");
  });

  it('GetCustomerCount: IReturn<int>, by predefined and custom route', async () => {
    assert.equal(await client.get(new GetCustomerCount()), 3);
    assert.equal(await client.get<number>('/customers/count'), 3);
  });

  it('CreateCustomer: validated; a duplicate is HttpError(409, errorCode, message)', async () => {
    const created = await client.post(new CreateCustomer({ id: 'QUICK', companyName: 'QUICK-Stop', address: { city: 'Cunewalde', country: 'Germany' } }));
    assert.deepEqual(created.customer, { id: 'QUICK', companyName: 'QUICK-Stop', address: { city: 'Cunewalde', country: 'Germany' } });
    const invalid = await failure(client.post(new CreateCustomer({ id: 'AB', companyName: '', email: 'not-an-email' })));
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.responseStatus.errorCode, 'Length');
    assert.deepEqual(fieldErrors(invalid), ['Id:Length', 'CompanyName:NotEmpty', 'Email:Email']);
    const duplicate = await failure(client.post(new CreateCustomer({ id: 'QUICK', companyName: 'again' })));
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.responseStatus.errorCode, 'CustomerExists');
    assert.equal(duplicate.responseStatus.message, "Customer 'QUICK' already exists");
  });

  it('UpdateCustomer: PUT, by predefined and custom route; validated', async () => {
    const updated = await client.put(new UpdateCustomer({ id: 'BONAP', companyName: "Bon app' SARL", address: { city: 'Marseille', country: 'France' } }));
    assert.equal(updated.customer?.companyName, "Bon app' SARL");
    const viaRoute = await client.putToUrl('/customers/BONAP', new UpdateCustomer({ companyName: 'Bon app', email: 'laurence@bonap.example' }));
    assert.deepEqual(viaRoute.customer, { id: 'BONAP', companyName: 'Bon app', email: 'laurence@bonap.example' });
    const invalid = await failure(client.put(new UpdateCustomer({ id: 'BONAP' })));
    assert.equal(invalid.statusCode, 400);
    assert.deepEqual(fieldErrors(invalid), ['CompanyName:NotEmpty']);
  });

  it('DeleteCustomer: IReturnVoid; deleting again is a 404', async () => {
    await client.post(new CreateCustomer({ id: 'GONE1', companyName: 'Gone' }));
    const before = await client.get(new GetCustomerCount());
    assert.equal(await client.delete(new DeleteCustomer({ id: 'GONE1' })), undefined);
    assert.equal(await client.get(new GetCustomerCount()), before - 1);
    assert.equal((await failure(client.delete(new DeleteCustomer({ id: 'GONE1' })))).statusCode, 404);
  });

  it('GetCompanyName: IReturn<string>; an unknown customer is a 404', async () => {
    assert.equal(await client.get(new GetCompanyName({ customerId: 'ALFKI' })), 'Alfreds Futterkiste');
    assert.equal((await failure(client.get(new GetCompanyName({ customerId: 'NOPE' })))).responseStatus.errorCode, 'NotFound');
  });
});

describe('Northwind port: orders', () => {
  let order: Order;
  before(async () => {
    const created = await client.post(new CreateOrder({
      customerId: 'ALFKI', shipVia: ShipVia.United,
      details: [{ productId: 1, quantity: 10, unitPrice: 18 }, { productId: 5, quantity: 2, unitPrice: 23.25 }],
    }));
    order = created.order!;
  });

  it('CreateOrder: nested lists and addresses, a numeric enum by name, the string enum set by the service', () => {
    assert.equal(order.customerId, 'ALFKI');
    assert.equal(order.shipVia, ShipVia.United);
    assert.equal(order.status, OrderStatus.Pending);
    assert.deepEqual(order.shipAddress, { street: 'Obere Str. 57', city: 'Berlin', country: 'Germany' });
    assert.deepEqual(order.details, [{ productId: 1, quantity: 10, unitPrice: 18 }, { productId: 5, quantity: 2, unitPrice: 23.25 }]);
  });

  it('CreateOrder: validated (empty details, missing customer); an unknown customer is a 404', async () => {
    const invalid = await failure(client.post(new CreateOrder({ customerId: '', details: [], correlationId: 'not-a-guid' })));
    assert.equal(invalid.statusCode, 400);
    assert.deepEqual(fieldErrors(invalid), ['CustomerId:NotEmpty', 'Details:NotEmpty', 'CorrelationId:Guid']);
    const unknown = await failure(client.post(new CreateOrder({ customerId: 'NOPE', details: [{ productId: 1, quantity: 1 }] })));
    assert.equal(unknown.statusCode, 404);
  });

  it('GetOrder: by predefined and custom route; an unknown id is KeyNotFoundException (500, as ServiceStack maps it)', async () => {
    assert.deepEqual((await client.get(new GetOrder({ id: order.id }))).order, order);
    assert.deepEqual((await client.get<{ order: Order }>(`/orders/${order.id}`)).order, order);
    const e = await failure(client.get(new GetOrder({ id: 1 })));
    assert.equal(e.statusCode, 500);
    assert.equal(e.responseStatus.errorCode, 'KeyNotFoundException');
    assert.equal(e.responseStatus.message, 'Order 1 does not exist');
  });

  it('GetCustomerOrders: IReturn<List<Order>>, by predefined and custom route', async () => {
    assert.deepEqual((await client.get(new GetCustomerOrders({ customerId: 'ALFKI' }))).map((o) => o.id), [order.id]);
    assert.deepEqual(await client.get<Order[]>('/customers/BERGS/orders'), []);
  });

  it('GetOrderTotal: IReturn<double>', async () => {
    assert.equal(await client.get(new GetOrderTotal({ id: order.id })), 226.5);
  });

  it('ShipOrder and GetOrdersByStatus: the string enum in the path and the query; shipping twice is a 409', async () => {
    assert.deepEqual((await client.get(new GetOrdersByStatus({ status: OrderStatus.Pending }))).map((o) => o.id), [order.id]);
    assert.equal((await client.post(new ShipOrder({ id: order.id }))).order?.status, OrderStatus.Shipped);
    assert.deepEqual((await client.get<Order[]>('/orders/status/Shipped')).map((o) => o.id), [order.id]);
    assert.deepEqual(await client.get(new GetOrdersByStatus({ status: OrderStatus.Pending })), []);
    const e = await failure(client.post(new ShipOrder({ id: order.id })));
    assert.equal(e.statusCode, 409);
    assert.equal(e.responseStatus.errorCode, 'OrderNotPending');
    assert.equal(e.responseStatus.message, `Order ${order.id} is Shipped`);
  });

  it('CancelOrder: [Authenticate] with the Admin role — 401 anonymous, 403 without the role, 204 with it', async () => {
    const anonymous = await failure(client.post(new CancelOrder({ id: order.id })));
    assert.equal(anonymous.statusCode, 401);
    const clerk = await failure((await withRoles('Clerk')).post(new CancelOrder({ id: order.id })));
    // ServiceStack 5.4 answers a missing role with its status description alone, no body.
    assert.equal(clerk.statusCode, 403);
    assert.equal(clerk.responseStatus.message, 'Invalid Role');
    assert.equal(await (await withRoles('Admin')).post(new CancelOrder({ id: order.id })), undefined);
    assert.equal((await client.get(new GetOrder({ id: order.id }))).order?.status, OrderStatus.Cancelled);
  });
});

describe('Northwind port: products', () => {
  it('QueryProducts: paging members inherited on both request and response; validated', async () => {
    const page = await client.get(new QueryProducts({ category: 'Beverages', skip: 1, take: 5 }));
    assert.deepEqual({ offset: page.offset, total: page.total, names: page.results?.map((p) => p.name) }, { offset: 1, total: 2, names: ['Chang'] });
    const viaRoute = await client.get<{ total: number }>('/products?take=2');
    assert.equal(viaRoute.total, 5);
    const invalid = await failure(client.get(new QueryProducts({ take: 0 })));
    assert.equal(invalid.statusCode, 400);
    assert.deepEqual(fieldErrors(invalid), ['Take:GreaterThanOrEqual']);
  });

  it('GetProduct: IReturn<Product> (predefined route only); an unknown id is a 404', async () => {
    assert.deepEqual(await client.get(new GetProduct({ id: 4 })), { id: 4, name: "Chef Anton's Gumbo Mix", category: 'Condiments', unitPrice: 21.35, discontinued: true });
    assert.equal((await failure(client.get(new GetProduct({ id: 99 })))).statusCode, 404);
  });

  it('GetProductNames: IReturn<List<string>>', async () => {
    assert.deepEqual(await client.get(new GetProductNames()), ['Chai', 'Chang', 'Aniseed Syrup', 'Tofu']);
    assert.equal((await client.get(new GetProductNames({ includeDiscontinued: true }))).length, 5);
  });

  it('GetCategoryCounts: IReturn<Dictionary<string,int>>', async () => {
    assert.deepEqual(await client.get(new GetCategoryCounts()), { Beverages: 2, Condiments: 2, Produce: 1 });
  });
});
