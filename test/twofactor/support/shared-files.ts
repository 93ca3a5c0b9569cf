/** The project's shared research folder (../shared beside the repository), from compiled tests in dist/test/twofactor/…. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DIR = path.resolve(__dirname, '../../../../../shared');

export interface OracleVector {
  type: string;
  sample: string;
  serializer: 'DataContractSerializer' | 'XmlSerializer';
  value: Record<string, unknown>;
  xml: string | null;
  jsonNet: string | null;
}

export interface OracleFile {
  types: Record<string, { members: { name: string; value: number }[] }>;
  vectors: OracleVector[];
}

export function oracleVectors(): OracleFile {
  return JSON.parse(readFileSync(path.join(SHARED_DIR, 'conformance', 'xml-oracle-vectors.json'), 'utf8')) as OracleFile;
}

export function seedText(prefix: '000' | '001' | '002' | '003' | '004'): string {
  const dir = path.join(SHARED_DIR, 'seeds');
  const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`seed ${prefix} not found in ${dir}`);
  return readFileSync(path.join(dir, file), 'utf8');
}
