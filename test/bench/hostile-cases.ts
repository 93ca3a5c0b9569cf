/**
 * Hostile inputs, measured as scaling rather than against a clock: each row reads an input eight
 * times the size of its baseline's, so linear work takes ~8× the time and a quadratic scan ~64×.
 * The hostile-input suites in `npm test` only assert outcomes; how fast lives here.
 */
import { SerializationException } from '../../src/framework/errors/exceptions.js';
import { DEFAULT_LIMITS } from '../../src/framework/formats/codec-options.js';
import { json } from '../../src/framework/formats/json/index.js';
import { jsv } from '../../src/framework/formats/jsv/index.js';
import { xml } from '../../src/framework/formats/xml/index.js';
import { CollectionShapes, ScalarShapes } from '../fixtures/oracle-dtos.js';
import { Node } from '../formats/jsv/jsv-test-dtos.js';
import type { BenchCase } from './bench-case.js';

const SCALE = 8;
/** Linear work with room for noise; a quadratic scan lands near SCALE². */
const LINEAR = { atMostTime: SCALE * 2 };
const RAISED = { ...DEFAULT_LIMITS, maxDepth: 1e9, maxLength: 1e8 };
const SHAPES_NS = 'http://schemas.datacontract.org/2004/07/Oracle.Shapes';
const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';

function refused(read: () => unknown): void {
  try { read(); } catch (e) { if (e instanceof SerializationException) return; throw e; }
  throw new Error('expected a SerializationException');
}

/** One row: `read(n)` on the baseline size against `read(n × SCALE)`. */
function scaling(name: string, n: number, input: (n: number) => string, read: (text: string) => unknown): BenchCase {
  const [small, large] = [input(n), input(n * SCALE)];
  return {
    name: `${name} (${small.length} B → ${large.length} B)`,
    baseline: { name: `${small.length} B`, fn: () => read(small) },
    subject: { name: `${large.length} B`, fn: () => read(large) },
    target: LINEAR,
  };
}

export const cases: BenchCase[] = [
  scaling('JSV: commas read as a list', 16 * 1024, (n) => `[${','.repeat(n)}]`, (t) => jsv.parse(t, 'List<string>', { limits: RAISED })),
  scaling('JSV: deep nesting refused', 2000, (n) => '{Child:'.repeat(n) + '}'.repeat(n), (t) => refused(() => jsv.parse(t, Node, { limits: RAISED }))),
  scaling('JSON: strings with escapes', 1000, (n) => `[${Array.from({ length: n }, (_, i) => `"s${i}\\n"`).join(',')}]`,
    (t) => json.parse(t, 'List<string>', { dialect: 'servicestack' })),
  scaling('XML: one long text', 64 * 1024, (n) => `<ScalarShapes xmlns="${SHAPES_NS}"><Text>${'x'.repeat(n)}</Text></ScalarShapes>`,
    (t) => xml.parse(t, ScalarShapes, { xmlDeclaration: false, limits: RAISED })),
  scaling('XML: many elements', 2000, (n) => `<CollectionShapes xmlns="${SHAPES_NS}"><Ints xmlns:a="${ARRAYS_NS}">${'<a:int>1</a:int>'.repeat(n)}</Ints></CollectionShapes>`,
    (t) => xml.parse(t, CollectionShapes, { xmlDeclaration: false, limits: RAISED })),
];
