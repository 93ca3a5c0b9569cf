/**
 * An operation's routes above its class. Java and Kotlin get the client library's real `@Route`
 * annotation, once (it is not repeatable), the other routes commented out as ServiceStack does;
 * languages without annotations get them all as comments.
 */
import { stringLiteral } from './code-writer.js';
import type { CodeWriter } from './code-writer.js';
import type { NativeOperation } from './native-model.js';

export function routeAnnotations(w: CodeWriter, op: NativeOperation | undefined, style: 'annotation' | '//' | '#'): void {
  (op?.routes ?? []).forEach((r, i) => {
    if (style === 'annotation') {
      const args = r.verbs.length ? `Path=${stringLiteral(r.path)}, Verbs=${stringLiteral(r.verbs.join(','))}` : stringLiteral(r.path);
      w.line(`${i > 0 ? '// ' : ''}@Route(${args})`);
    } else {
      w.line(`${style} @Route(${stringLiteral(r.path)}${r.verbs.length ? `, ${stringLiteral(r.verbs.join(','))}` : ''})`);
    }
  });
}
