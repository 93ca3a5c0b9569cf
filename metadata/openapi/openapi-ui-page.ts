/**
 * `/openapi/ui`: a small, self-contained browser for the OpenAPI document — operations grouped
 * by tag, expandable into parameters, request and response media types, and the schemas with
 * their XML names. Hand-written and inline: it loads nothing from the internet, and builds the
 * DOM with textContent so no document value is ever parsed as HTML.
 */
import { page, type DocsContext } from '../shared/docs-context.js';
import { escapeHtml } from '../shared/html.js';

const UI_STYLES = `
details.op { border:1px solid var(--line); border-radius:6px; margin:.4rem 0; }
details.op > summary { cursor:pointer; padding:.5rem .75rem; list-style:none; display:flex; gap:.75rem; align-items:center; }
details.op > summary::-webkit-details-marker { display:none; }
details.op[open] > summary { border-bottom:1px solid var(--line); background:var(--bg-soft); }
details.op .body { padding:.5rem 1rem 1rem; }
.verb { display:inline-block; min-width:4.5rem; text-align:center; font-weight:700; font-size:.8rem; color:#fff; border-radius:4px; padding:.15rem .4rem; }
.verb.get { background:#2563eb; } .verb.post { background:#16a34a; } .verb.put { background:#d97706; } .verb.delete { background:#dc2626; } .verb.patch { background:#7c3aed; }
.path { font-family:ui-monospace,Menlo,Consolas,monospace; }
.schema-name { font-family:ui-monospace,Menlo,Consolas,monospace; font-weight:600; }
`;

const UI_SCRIPT = `
(function () {
  var root = document.getElementById('openapi-root');
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function refName(s) { return s && s.$ref ? s.$ref.split('/').pop() : null; }
  function typeText(s) {
    if (!s) return '';
    var r = refName(s); if (r) return r;
    if (s.type === 'array') return typeText(s.items) + '[]';
    if (s.enum) return (s.type || '') + ' (' + s.enum.join(', ') + ')';
    return (s.type || 'any') + (s.format ? ' (' + s.format + ')' : '');
  }
  function schemaLink(s) {
    var r = refName(s); if (!r) return el('span', typeText(s));
    var a = el('a', r); a.href = '#schema-' + r; return a;
  }
  function table(headers, rows) {
    var t = el('table'), thead = el('thead'), tr = el('tr');
    headers.forEach(function (h) { tr.appendChild(el('th', h)); }); thead.appendChild(tr); t.appendChild(thead);
    var tb = el('tbody'); rows.forEach(function (r) { var row = el('tr'); r.forEach(function (c) { var td = el('td'); if (typeof c === 'string') td.textContent = c; else td.appendChild(c); row.appendChild(td); }); tb.appendChild(row); });
    t.appendChild(tb); return t;
  }
  fetch(root.getAttribute('data-src')).then(function (r) { return r.json(); }).then(function (doc) {
    root.textContent = '';
    root.appendChild(el('p', doc.info.description || '', 'lead'));
    var byTag = {};
    Object.keys(doc.paths).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (verb) {
        var op = doc.paths[path][verb]; var tag = (op.tags && op.tags[0]) || 'default';
        (byTag[tag] = byTag[tag] || []).push({ path: path, verb: verb, op: op });
      });
    });
    Object.keys(byTag).sort().forEach(function (tag) {
      root.appendChild(el('h2', tag));
      byTag[tag].forEach(function (x) {
        var d = el('details', null, 'op'), s = el('summary');
        s.appendChild(el('span', x.verb.toUpperCase(), 'verb ' + x.verb)); s.appendChild(el('span', x.path, 'path'));
        s.appendChild(el('span', x.op.summary || x.op.operationId, 'muted')); d.appendChild(s);
        var body = el('div', null, 'body');
        if (x.op.parameters) body.appendChild(table(['Parameter', 'In', 'Required', 'Type'], x.op.parameters.map(function (p) { return [p.name, p.in, p.required ? 'Yes' : 'No', typeText(p.schema)]; })));
        if (x.op.requestBody) { body.appendChild(el('h4', 'Request body')); body.appendChild(table(['Media type', 'Schema'], Object.keys(x.op.requestBody.content).map(function (m) { return [m, schemaLink(x.op.requestBody.content[m].schema)]; }))); }
        body.appendChild(el('h4', 'Responses'));
        body.appendChild(table(['Status', 'Media type', 'Schema'], Object.keys(x.op.responses).flatMap(function (code) {
          var c = x.op.responses[code].content; if (!c) return [[code, '', x.op.responses[code].description]];
          return Object.keys(c).map(function (m) { return [code, m, schemaLink(c[m].schema)]; });
        })));
        d.appendChild(body); root.appendChild(d);
      });
    });
    root.appendChild(el('h2', 'Schemas'));
    Object.keys(doc.components.schemas).sort().forEach(function (name) {
      var s = doc.components.schemas[name], h = el('h3', name, 'schema-name'); h.id = 'schema-' + name; root.appendChild(h);
      if (s.xml) root.appendChild(el('p', 'XML: <' + s.xml.name + '>' + (s.xml.namespace ? ' in ' + s.xml.namespace : ''), 'muted'));
      root.appendChild(table(['Property', 'Type', 'XML element'], Object.keys(s.properties || {}).map(function (p) {
        var ps = s.properties[p]; return [p, schemaLink(ps.type === 'array' ? ps.items : ps), ps.xml ? ps.xml.name + (ps.xml.wrapped ? ' (wrapped)' : '') : ''];
      })));
    });
  }).catch(function (e) { root.textContent = 'Could not load the OpenAPI document: ' + e.message; });
})();
`;

export function openApiUiPage(ctx: DocsContext): string {
  const src = `${ctx.basePath}/openapi`;
  const body = `<style>${UI_STYLES}</style>
<h1>${escapeHtml(ctx.host.config.serviceName)} — OpenAPI</h1>
<p><a href="${escapeHtml(src)}">openapi.json</a> (OpenAPI 3.1)</p>
<div id="openapi-root" data-src="${escapeHtml(src)}"><p class="muted">Loading…</p></div>
<script>${UI_SCRIPT}</script>`;
  return page(ctx, `${ctx.host.config.serviceName} — OpenAPI`, 'openapi', body);
}
