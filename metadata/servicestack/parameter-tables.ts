/**
 * The default view of an operation page: one "{Type} Parameters:" table per DTO (Name,
 * Parameter, Data Type, Required, Description) and a Name/Value table per enum.
 */
import type { Operation } from '../../src/index.js';
import { escapeHtml } from '../shared/html.js';
import type { DocType } from '../shared/type-graph.js';
import { csharpType, declarationName } from '../shared/type-names.js';
import { sampleVerb } from './http-samples.js';

/** Where a request member is read from: a route variable, the query string or the body. */
function paramType(op: Operation, name: string, isRequest: boolean): string {
  if (!isRequest) return 'form';
  const lower = name.toLowerCase();
  if (op.meta.routes.some((r) => r.path.toLowerCase().includes(`{${lower}}`) || r.path.toLowerCase().includes(`{${lower}*}`))) return 'path';
  return sampleVerb(op).body ? 'body' : 'query';
}

export function parameterTables(op: Operation, types: readonly DocType[]): string {
  return types.map((t) => {
    if (t.kind === 'enum') {
      const rows = t.meta.members.map((m) => `<tr><td>${escapeHtml(m.name)}</td><td>${m.value}</td><td></td></tr>`).join('');
      return `<table class="enum"><caption><b>${escapeHtml(t.meta.name)}</b> Enum:</caption><thead><tr><th>Name</th><th>Value</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
    }
    if (!t.meta.ownMembers.length) return '';
    const isRequest = t.ctor === op.requestType || op.requestType.prototype instanceof (t.ctor as unknown as new () => object);
    const rows = t.meta.ownMembers.map((m) => `<tr><td>${escapeHtml(m.name)}</td><td>${paramType(op, m.name, isRequest)}</td><td>${escapeHtml(csharpType(m.type))}</td>`
      + `<td>${m.required ? 'Yes' : 'No'}</td><td>${escapeHtml(m.description ?? '')}</td></tr>`).join('\n');
    return `<table class="params"><caption><b>${escapeHtml(declarationName(t.meta))}</b> Parameters:</caption>
<thead><tr><th>Name</th><th>Parameter</th><th>Data Type</th><th>Required</th><th>Description</th></tr></thead><tbody>
${rows}
</tbody></table>`;
  }).join('\n');
}
