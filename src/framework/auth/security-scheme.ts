/** An OpenAPI 3.1 security scheme object, with the description the documentation pages show. */
export type SecurityScheme =
  | { readonly type: 'http'; readonly scheme: 'bearer'; readonly bearerFormat?: string; readonly description: string }
  | { readonly type: 'http'; readonly scheme: 'basic'; readonly description: string }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query'; readonly name: string; readonly description: string };
