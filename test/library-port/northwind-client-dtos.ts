/**
 * The Northwind contract as a legacy client holds it: what `npx typescript-ref` generates from the
 * .NET service (camelCase members, enums by name, `IReturn<T>` markers telling JsonServiceClient
 * how to read each response). Nothing here knows Stackport.
 */
import type { IReturn, IReturnVoid, ResponseStatus } from '@servicestack/client';

export enum ShipVia { Speedy = 'Speedy', United = 'United', Federal = 'Federal' }
export enum OrderStatus { Pending = 'Pending', Shipped = 'Shipped', Cancelled = 'Cancelled' }

export interface Address { street?: string; city?: string; country?: string }
export interface Customer { id?: string; companyName?: string; email?: string; address?: Address }
export interface OrderDetail { productId?: number; quantity?: number; unitPrice?: number }
export interface Order { id?: number; customerId?: string; status?: OrderStatus; shipVia?: ShipVia; shipAddress?: Address; details?: OrderDetail[] }
export interface Product { id?: number; name?: string; category?: string; unitPrice?: number; discontinued?: boolean }

export class CustomerResponse { customer?: Customer; responseStatus?: ResponseStatus; }
export class OrderResponse { order?: Order; responseStatus?: ResponseStatus; }
export class ProductsResponse { offset?: number; total?: number; results?: Product[]; responseStatus?: ResponseStatus; }

/** What every generated request class has; `declare` keeps the subclasses' fields from resetting the init. */
abstract class Request<T> {
  constructor(init?: object) { Object.assign(this, init); }
  abstract getTypeName(): string;
  getMethod(): string { return 'GET'; }
  abstract createResponse(): T;
}
abstract class VoidRequest extends Request<void> implements IReturnVoid { createResponse(): void {} }

export class GetCustomers extends Request<Customer[]> implements IReturn<Customer[]> {
  declare country?: string;
  getTypeName() { return 'GetCustomers'; } createResponse() { return [] as Customer[]; }
}
export class GetCustomer extends Request<CustomerResponse> implements IReturn<CustomerResponse> {
  declare id?: string;
  getTypeName() { return 'GetCustomer'; } createResponse() { return new CustomerResponse(); }
}
export class GetCustomerCount extends Request<number> implements IReturn<number> {
  getTypeName() { return 'GetCustomerCount'; } createResponse() { return 0; }
}
export class CreateCustomer extends Request<CustomerResponse> implements IReturn<CustomerResponse> {
  declare id?: string; declare companyName?: string; declare email?: string; declare address?: Address;
  getTypeName() { return 'CreateCustomer'; } override getMethod() { return 'POST'; } createResponse() { return new CustomerResponse(); }
}
export class UpdateCustomer extends Request<CustomerResponse> implements IReturn<CustomerResponse> {
  declare id?: string; declare companyName?: string; declare email?: string; declare address?: Address;
  getTypeName() { return 'UpdateCustomer'; } override getMethod() { return 'PUT'; } createResponse() { return new CustomerResponse(); }
}
export class DeleteCustomer extends VoidRequest {
  declare id?: string;
  getTypeName() { return 'DeleteCustomer'; } override getMethod() { return 'DELETE'; }
}
export class GetCustomerOrders extends Request<Order[]> implements IReturn<Order[]> {
  declare customerId?: string;
  getTypeName() { return 'GetCustomerOrders'; } createResponse() { return [] as Order[]; }
}
export class GetOrder extends Request<OrderResponse> implements IReturn<OrderResponse> {
  declare id?: number;
  getTypeName() { return 'GetOrder'; } createResponse() { return new OrderResponse(); }
}
export class GetOrdersByStatus extends Request<Order[]> implements IReturn<Order[]> {
  declare status?: OrderStatus;
  getTypeName() { return 'GetOrdersByStatus'; } createResponse() { return [] as Order[]; }
}
export class CreateOrder extends Request<OrderResponse> implements IReturn<OrderResponse> {
  declare customerId?: string; declare shipVia?: ShipVia; declare shipAddress?: Address; declare details?: OrderDetail[]; declare correlationId?: string;
  getTypeName() { return 'CreateOrder'; } override getMethod() { return 'POST'; } createResponse() { return new OrderResponse(); }
}
export class ShipOrder extends Request<OrderResponse> implements IReturn<OrderResponse> {
  declare id?: number;
  getTypeName() { return 'ShipOrder'; } override getMethod() { return 'POST'; } createResponse() { return new OrderResponse(); }
}
export class CancelOrder extends VoidRequest {
  declare id?: number;
  getTypeName() { return 'CancelOrder'; } override getMethod() { return 'POST'; }
}
export class GetOrderTotal extends Request<number> implements IReturn<number> {
  declare id?: number;
  getTypeName() { return 'GetOrderTotal'; } createResponse() { return 0; }
}
export class QueryProducts extends Request<ProductsResponse> implements IReturn<ProductsResponse> {
  declare skip?: number; declare take?: number; declare category?: string;
  getTypeName() { return 'QueryProducts'; } createResponse() { return new ProductsResponse(); }
}
export class GetProduct extends Request<Product> implements IReturn<Product> {
  declare id?: number;
  getTypeName() { return 'GetProduct'; } createResponse() { return {} as Product; }
}
export class GetProductNames extends Request<string[]> implements IReturn<string[]> {
  declare includeDiscontinued?: boolean;
  getTypeName() { return 'GetProductNames'; } createResponse() { return [] as string[]; }
}
export class GetCategoryCounts extends Request<Record<string, number>> implements IReturn<Record<string, number>> {
  getTypeName() { return 'GetCategoryCounts'; } createResponse() { return {} as Record<string, number>; }
}
export class GetCompanyName extends Request<string> implements IReturn<string> {
  declare customerId?: string;
  getTypeName() { return 'GetCompanyName'; } createResponse() { return ''; }
}
