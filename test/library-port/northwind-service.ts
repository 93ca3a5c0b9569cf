/**
 * The Northwind contract's services over an in-memory store, and its host. Callers present a bearer
 * JWT (HS256, `NORTHWIND_JWT_SECRET`) whose `roles` claim carries their roles, as ServiceStack's
 * JwtAuthProvider reads them.
 */
import { createHost, Handles, HttpError, jwtBearerProvider, KeyNotFoundException, type AppHost } from 'stackport';
import {
  CancelOrder, CreateCustomer, CreateOrder, Customer, CustomerResponse, DeleteCustomer, GetCategoryCounts, GetCompanyName,
  GetCustomer, GetCustomerCount, GetCustomerOrders, GetCustomers, GetOrder, GetOrdersByStatus, GetOrderTotal, GetProduct,
  GetProductNames, Order, OrderResponse, OrderStatus, Product, ProductsResponse, QueryProducts, ShipOrder, ShipVia, UpdateCustomer,
} from './northwind-dtos.js';

/** The key the host verifies bearer tokens with (the test signs its callers' tokens with it). */
export const NORTHWIND_JWT_SECRET = new TextEncoder().encode('northwind-test-secret-of-32-bytes!!');

const make = <T extends object>(Type: new () => T, values: Partial<T>): T => Object.assign(new Type(), values);

function seedCustomers(): Map<string, Customer> {
  const rows: Customer[] = [
    make(Customer, { Id: 'ALFKI', CompanyName: 'Alfreds Futterkiste', Email: 'maria@alfki.example', Address: { Street: 'Obere Str. 57', City: 'Berlin', Country: 'Germany' } }),
    make(Customer, { Id: 'BONAP', CompanyName: "Bon app'", Address: { Street: '12, rue des Bouchers', City: 'Marseille', Country: 'France' } }),
    make(Customer, { Id: 'BERGS', CompanyName: 'Berglunds snabbköp', Address: { Street: 'Berguvsvägen 8', City: 'Luleå', Country: 'Sweden' } }),
  ];
  return new Map(rows.map((c) => [c.Id!, c]));
}

function seedProducts(): Product[] {
  return [
    make(Product, { Id: 1, Name: 'Chai', Category: 'Beverages', UnitPrice: 18, Discontinued: false }),
    make(Product, { Id: 2, Name: 'Chang', Category: 'Beverages', UnitPrice: 19, Discontinued: false }),
    make(Product, { Id: 3, Name: 'Aniseed Syrup', Category: 'Condiments', UnitPrice: 10, Discontinued: false }),
    make(Product, { Id: 4, Name: "Chef Anton's Gumbo Mix", Category: 'Condiments', UnitPrice: 21.35, Discontinued: true }),
    make(Product, { Id: 5, Name: 'Tofu', Category: 'Produce', UnitPrice: 23.25, Discontinued: false }),
  ];
}

export class NorthwindService {
  readonly customers = seedCustomers();
  readonly products = seedProducts();
  readonly orders = new Map<number, Order>();
  private nextOrderId = 10248;

  private customer(id: string | undefined): Customer {
    const found = this.customers.get(id ?? '');
    if (!found) throw HttpError.notFound(`Customer '${id}' does not exist`);
    return found;
  }
  private order(id: number | undefined): Order {
    const found = this.orders.get(id ?? 0);
    if (!found) throw new KeyNotFoundException(`Order ${id} does not exist`);
    return found;
  }

  @Handles(GetCustomers) get_customers(r: GetCustomers): Customer[] {
    return [...this.customers.values()].filter((c) => !r.Country || c.Address?.Country === r.Country);
  }
  @Handles(GetCustomer) get_customer(r: GetCustomer): CustomerResponse { return make(CustomerResponse, { Customer: this.customer(r.Id) }); }
  @Handles(GetCustomerCount) get_count(): number { return this.customers.size; }
  @Handles(CreateCustomer) post_customer(r: CreateCustomer): CustomerResponse {
    if (this.customers.has(r.Id!)) throw new HttpError(409, 'CustomerExists', `Customer '${r.Id}' already exists`);
    const customer = make(Customer, { Id: r.Id, CompanyName: r.CompanyName, Email: r.Email, Address: r.Address });
    this.customers.set(r.Id!, customer);
    return make(CustomerResponse, { Customer: customer });
  }
  @Handles(UpdateCustomer) put_customer(r: UpdateCustomer): CustomerResponse {
    const customer = Object.assign(this.customer(r.Id), { CompanyName: r.CompanyName, Email: r.Email, Address: r.Address });
    return make(CustomerResponse, { Customer: customer });
  }
  @Handles(DeleteCustomer) delete_customer(r: DeleteCustomer): void { this.customers.delete(this.customer(r.Id).Id!); }

  @Handles(GetCustomerOrders) get_customer_orders(r: GetCustomerOrders): Order[] {
    return [...this.orders.values()].filter((o) => o.CustomerId === this.customer(r.CustomerId).Id);
  }
  @Handles(GetOrder) get_order(r: GetOrder): OrderResponse { return make(OrderResponse, { Order: this.order(r.Id) }); }
  @Handles(GetOrdersByStatus) get_by_status(r: GetOrdersByStatus): Order[] { return [...this.orders.values()].filter((o) => o.Status === r.Status); }
  @Handles(CreateOrder) post_order(r: CreateOrder): OrderResponse {
    const customer = this.customer(r.CustomerId);
    const order = make(Order, {
      Id: this.nextOrderId++, CustomerId: customer.Id, Status: OrderStatus.Pending, ShipVia: r.ShipVia ?? ShipVia.Speedy,
      ShipAddress: r.ShipAddress ?? customer.Address, Details: r.Details,
    });
    this.orders.set(order.Id!, order);
    return make(OrderResponse, { Order: order });
  }
  @Handles(ShipOrder) post_ship(r: ShipOrder): OrderResponse {
    const order = this.order(r.Id);
    if (order.Status !== OrderStatus.Pending) throw new HttpError(409, 'OrderNotPending', `Order ${r.Id} is ${order.Status}`);
    order.Status = OrderStatus.Shipped;
    return make(OrderResponse, { Order: order });
  }
  @Handles(CancelOrder) any_cancel(r: CancelOrder): void {
    this.order(r.Id).Status = OrderStatus.Cancelled;
  }
  @Handles(GetOrderTotal) any_total(r: GetOrderTotal): number {
    return (this.order(r.Id).Details ?? []).reduce((sum, d) => sum + (d.Quantity ?? 0) * (d.UnitPrice ?? 0), 0);
  }

  @Handles(QueryProducts) get_products(r: QueryProducts): ProductsResponse {
    const matching = this.products.filter((p) => !r.Category || p.Category === r.Category);
    const offset = r.Skip ?? 0;
    return make(ProductsResponse, { Offset: offset, Total: matching.length, Results: matching.slice(offset, offset + (r.Take ?? 100)) });
  }
  @Handles(GetProduct) any_product(r: GetProduct): Product {
    const found = this.products.find((p) => p.Id === r.Id);
    if (!found) throw HttpError.notFound(`Product ${r.Id} does not exist`);
    return found;
  }
  @Handles(GetProductNames) any_names(r: GetProductNames): string[] {
    return this.products.filter((p) => r.IncludeDiscontinued || !p.Discontinued).map((p) => p.Name!);
  }
  @Handles(GetCategoryCounts) any_categories(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const p of this.products) counts[p.Category!] = (counts[p.Category!] ?? 0) + 1;
    return counts;
  }
  @Handles(GetCompanyName) any_company(r: GetCompanyName): string { return this.customer(r.CustomerId).CompanyName!; }
}

export function northwindHost(): { host: AppHost; service: NorthwindService } {
  const service = new NorthwindService();
  const host = createHost({
    serviceName: 'Northwind',
    auth: { providers: [jwtBearerProvider({ secret: NORTHWIND_JWT_SECRET })] },
  }).register(service);
  return { host, service };
}
