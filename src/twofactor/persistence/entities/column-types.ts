/**
 * Column shapes shared by the entities. Times are epoch milliseconds in BIGINT columns: the same
 * integer compare works on SQLite and MariaDB, with no time-zone or DATETIME precision rules
 * to differ between them. mysql2 returns BIGINT as a string, hence the transformer.
 */
import type { ColumnOptions, ValueTransformer } from 'typeorm';

const bigintAsNumber: ValueTransformer = {
  to: (v: unknown) => v,
  from: (v: unknown) => (v === null || v === undefined ? v : Number(v)),
};

export function epochMs(name: string, nullable = false): ColumnOptions {
  return { name, type: 'bigint', nullable, transformer: bigintAsNumber };
}

export function varchar(name: string, length: number, nullable = false): ColumnOptions {
  return { name, type: 'varchar', length, nullable };
}

export function int(name: string, nullable = false): ColumnOptions {
  return { name, type: 'int', nullable };
}
