/**
 * The DTO source an operation page shows with `&lang=`: its types as plain declarations,
 * without the Options header (seed 002's C# listing).
 */
import type { DocType } from '../shared/type-graph.js';
import { DEFAULT_CSHARP_CONFIG, generateCSharp } from '../native-types/csharp-generator.js';
import { DEFAULT_TYPESCRIPT_CONFIG, generateTypeScript } from '../native-types/typescript-generator.js';

export const SOURCE_LANGUAGES = [
  { key: 'csharp', name: 'C#' },
  { key: 'typescript', name: 'TypeScript' },
] as const;

export function operationTypesSource(types: readonly DocType[], lang: string): string {
  const model = { operations: [], types, interfaces: [] };
  return lang === 'typescript'
    ? generateTypeScript(model, { ...DEFAULT_TYPESCRIPT_CONFIG, addServiceStackTypes: false })
    : generateCSharp(model, { ...DEFAULT_CSHARP_CONFIG, asOperations: false });
}
