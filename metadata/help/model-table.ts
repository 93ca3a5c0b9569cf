/**
 * The Help Page parameter tables (`Parameters.cshtml`): Name | Description | Type | Additional
 * information, with "None." for a member without annotations.
 */
import { getDtoMeta, type Constructor, type MemberMeta, type TypeRef } from '../../src/index.js';
import { dataContractName } from '../../src/framework/dto/member-order.js';
import { escapeHtml } from '../shared/html.js';
import type { ApiParameter } from './api-descriptions.js';
import { memberAnnotations } from './model-annotations.js';
import { reflectionOrder } from './object-generator.js';
import { typeDocumentationHtml } from './type-documentation.js';

export function parameterTable(params: readonly ApiParameter[], modelHref: (name: string) => string): string {
  if (!params.length) return '<p>None.</p>';
  const rows = params.map((p) => {
    const notes = p.annotations.length ? p.annotations.map((a) => `<p>${escapeHtml(a)}</p>`).join('') : '<p>None.</p>';
    return `<tr><td class="parameter-name">${escapeHtml(p.name)}</td><td class="parameter-documentation"><p>${escapeHtml(p.description ?? '')}</p></td>`
      + `<td class="parameter-type">${typeDocumentationHtml(p.type, modelHref)}</td><td class="parameter-annotations">${notes}</td></tr>`;
  });
  return `<table class="help-page-table">
<thead><tr><th>Name</th><th>Description</th><th>Type</th><th>Additional information</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** A member as a parameter row: its wire name (DataMember name on DataContract types). */
export function memberParameter(owner: Constructor, m: MemberMeta): ApiParameter {
  const declaring = getDtoMeta(m.declaringClass);
  return {
    name: dataContractName(declaring, m),
    type: m.type,
    ...(m.description === undefined ? {} : { description: m.description }),
    annotations: memberAnnotations(owner, m),
  };
}

/** The properties a complex model documents: public members in reflection order. */
export function modelParameters(ctor: Constructor): ApiParameter[] {
  const meta = getDtoMeta(ctor);
  return reflectionOrder(ctor)
    .filter((m) => !getDtoMeta(m.declaringClass).dataContract || m.dataMember)
    .map((m) => memberParameter(meta.ctor, m));
}

/**
 * The property table under a model link (HelpPageApiModel's GetParameterDescriptions): a complex
 * type's properties, or those of a collection's complex element type; none for a dictionary, a
 * simple type or a collection of either.
 */
export function descriptionProperties(t: TypeRef): ApiParameter[] | undefined {
  const model = t.kind === 'nullable' ? t.of : t;
  if (model.kind === 'class') return modelParameters(model.ctor);
  if (model.kind === 'list' && model.of.kind === 'class') return modelParameters(model.of.ctor);
  return undefined;
}
