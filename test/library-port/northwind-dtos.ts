/**
 * A Northwind-style ServiceStack contract (customers, orders, products), ported as a team would
 * port its ServiceModel project: only `stackport`'s public exports, imported by package name.
 * The .NET original each class stands for is the usual one: `[Route]`s where the C# has them,
 * the predefined routes alone where it has none.
 */
import { ArrayNotEmpty, IsEmail, IsNotEmpty, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { defineEnum, Dict, Dto, List, Member, ResponseStatus, Returns, ReturnsVoid, Route, Authenticate, RequiredRole } from 'stackport';

const NS = 'Northwind.ServiceModel';

/** Numeric, as C#'s `enum ShipVia { Speedy = 1, United = 2, Federal = 3 }`; on the wire by name. */
export enum ShipVia { Speedy = 1, United = 2, Federal = 3 }
defineEnum(ShipVia, { name: 'ShipVia', namespace: NS });

/** String-valued, as @servicestack/client DTOs declare enums: the .NET enum `Pending = 0, Shipped, Cancelled`. */
export enum OrderStatus { Pending = 'Pending', Shipped = 'Shipped', Cancelled = 'Cancelled' }
defineEnum(OrderStatus, { name: 'OrderStatus', namespace: NS });

// Types.

@Dto({ namespace: NS })
export class Address {
  @Member() Street?: string;
  @Member() City?: string;
  @Member() Country?: string;
}

@Dto({ namespace: NS })
export class Customer {
  @Member() Id?: string;
  @Member() CompanyName?: string;
  @Member() Email?: string;
  @Member(Address) Address?: Address;
}

@Dto({ namespace: NS })
export class OrderDetail {
  @Member('int') ProductId?: number;
  @Member('int') Quantity?: number;
  @Member('double') UnitPrice?: number;
}

@Dto({ namespace: NS })
export class Order {
  @Member('int') Id?: number;
  @Member() CustomerId?: string;
  @Member(OrderStatus) Status?: OrderStatus;
  @Member(ShipVia) ShipVia?: ShipVia;
  @Member(Address) ShipAddress?: Address;
  @Member(List(OrderDetail)) Details?: OrderDetail[];
}

@Dto({ namespace: NS })
export class Product {
  @Member('int') Id?: number;
  @Member() Name?: string;
  @Member() Category?: string;
  @Member('double') UnitPrice?: number;
  @Member('bool') Discontinued?: boolean;
}

// Responses: a base with the paging members, as QueryResponse<T> has.

@Dto({ namespace: NS })
export class CustomerResponse {
  @Member(Customer) Customer?: Customer;
  @Member() ResponseStatus?: ResponseStatus;
}

@Dto({ namespace: NS })
export class OrderResponse {
  @Member(Order) Order?: Order;
  @Member() ResponseStatus?: ResponseStatus;
}

@Dto({ namespace: NS })
export class PagedResponse {
  @Member('int') Offset?: number;
  @Member('int') Total?: number;
  @Member() ResponseStatus?: ResponseStatus;
}

@Dto({ namespace: NS })
export class ProductsResponse extends PagedResponse {
  @Member(List(Product)) Results?: Product[];
}

// Requests: customers.

@Dto({ namespace: NS }) @Route('/customers', 'GET') @Returns(List(Customer))
export class GetCustomers { @Member() Country?: string; }

@Dto({ namespace: NS }) @Route('/customers/{Id}', 'GET') @Returns(() => CustomerResponse)
export class GetCustomer { @Member() Id?: string; }

@Dto({ namespace: NS }) @Route('/customers/count', 'GET') @Returns('int')
export class GetCustomerCount {}

@Dto({ namespace: NS }) @Route('/customers', 'POST') @Returns(() => CustomerResponse)
export class CreateCustomer {
  @Length(5, 5) @Member() Id?: string;
  @IsNotEmpty() @Member() CompanyName?: string;
  @IsOptional() @IsEmail() @Member() Email?: string;
  @Member(Address) Address?: Address;
}

@Dto({ namespace: NS }) @Route('/customers/{Id}', 'PUT') @Returns(() => CustomerResponse)
export class UpdateCustomer {
  @Member() Id?: string;
  @IsNotEmpty() @Member() CompanyName?: string;
  @Member() Email?: string;
  @Member(Address) Address?: Address;
}

@Dto({ namespace: NS }) @Route('/customers/{Id}', 'DELETE') @ReturnsVoid()
export class DeleteCustomer { @Member() Id?: string; }

// Requests: orders.

@Dto({ namespace: NS }) @Route('/customers/{CustomerId}/orders', 'GET') @Returns(List(Order))
export class GetCustomerOrders { @Member() CustomerId?: string; }

@Dto({ namespace: NS }) @Route('/orders/{Id}', 'GET') @Returns(() => OrderResponse)
export class GetOrder { @Member('int') Id?: number; }

@Dto({ namespace: NS }) @Route('/orders/status/{Status}', 'GET') @Returns(List(Order))
export class GetOrdersByStatus { @Member(OrderStatus) Status?: OrderStatus; }

@Dto({ namespace: NS }) @Route('/orders', 'POST') @Returns(() => OrderResponse)
export class CreateOrder {
  @IsNotEmpty() @Member() CustomerId?: string;
  @Member(ShipVia) ShipVia?: ShipVia;
  @Member(Address) ShipAddress?: Address;
  @ArrayNotEmpty() @Member(List(OrderDetail)) Details?: OrderDetail[];
  /** The client's id for the order, a string in the C# (a bad Guid would not even bind: ServiceStack.Text drops it). */
  @IsOptional() @IsUUID() @Member() CorrelationId?: string;
}

@Dto({ namespace: NS }) @Route('/orders/{Id}/ship', 'POST') @Returns(() => OrderResponse)
export class ShipOrder { @Member('int') Id?: number; }

/** Predefined routes only; `[Authenticate, RequiredRole("Admin")]` in the C#. */
@Dto({ namespace: NS }) @ReturnsVoid() @Authenticate() @RequiredRole('Admin')
export class CancelOrder { @Member('int') Id?: number; }

@Dto({ namespace: NS }) @Returns('double')
export class GetOrderTotal { @Member('int') Id?: number; }

// Requests: products (predefined routes and one custom).

@Dto({ namespace: NS })
export class PagedRequest {
  @IsOptional() @Min(0) @Member('int') Skip?: number;
  @IsOptional() @Min(1) @Member('int') Take?: number;
}

@Dto({ namespace: NS }) @Route('/products', 'GET') @Returns(() => ProductsResponse)
export class QueryProducts extends PagedRequest { @Member() Category?: string; }

@Dto({ namespace: NS }) @Returns(() => Product)
export class GetProduct { @Member('int') Id?: number; }

@Dto({ namespace: NS }) @Returns('List<string>')
export class GetProductNames { @Member('bool') IncludeDiscontinued?: boolean; }

@Dto({ namespace: NS }) @Returns(Dict('string', 'int'))
export class GetCategoryCounts {}

@Dto({ namespace: NS }) @Returns('string')
export class GetCompanyName { @Member() CustomerId?: string; }
