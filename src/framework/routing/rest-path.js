"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RestPath = void 0;
class RestPath {
    template;
    target;
    components;
    hasWildcard;
    variableCount;
    firstLiteral;
    verbs;
    constructor(template, verbs, target) {
        this.template = template;
        this.target = target;
        this.verbs = new Set(verbs.map((v) => v.toUpperCase()));
        this.components = template.split('/').filter(Boolean).map(parseSegment);
        const flat = this.components.flatMap((c) => c.parts ?? [c]);
        this.variableCount = flat.filter((c) => c.variable !== undefined).length;
        const wildIndex = this.components.findIndex((c) => c.wildcard);
        this.hasWildcard = wildIndex >= 0;
        if (this.hasWildcard && wildIndex < this.components.length - 1 && this.components[wildIndex + 1].literal === undefined) {
            throw new Error(`Route '${template}': a wildcard must be last or followed by a literal`);
        }
        const lit = this.components.find((c) => c.literal !== undefined);
        if (!lit)
            throw new Error(`Route '${template}' is not valid: it needs at least one literal segment`);
        this.firstLiteral = lit.literal.toLowerCase();
    }
    /** ServiceStack's bucket key: `{segments}/{firstLiteral}` or `*\/{firstLiteral}` for wildcards. */
    get bucketKey() {
        return this.hasWildcard ? `*/${this.firstLiteral}` : `${this.components.length}/${this.firstLiteral}`;
    }
    allowsVerb(verb) {
        return this.verbs.size === 0 || this.verbs.has(verb);
    }
    /** Matches decoded path segments (original case). Returns undefined when the route does not apply. */
    match(segments, verb, ignoreVerb = false) {
        if (!ignoreVerb && !this.allowsVerb(verb))
            return undefined;
        if (!this.hasWildcard && segments.length !== this.components.length)
            return undefined;
        const vars = new Map();
        let wildcardConsumed = 0;
        let si = 0;
        for (let ci = 0; ci < this.components.length; ci++) {
            const c = this.components[ci];
            if (c.wildcard) {
                const next = this.components[ci + 1];
                let end = segments.length;
                if (next?.literal !== undefined) {
                    end = segments.findIndex((s, i) => i >= si && s.toLowerCase() === next.literal.toLowerCase());
                    if (end < 0)
                        return undefined;
                }
                vars.set(c.variable, segments.slice(si, end).join('/'));
                wildcardConsumed += end - si;
                si = end;
                continue;
            }
            const seg = segments[si++];
            if (seg === undefined)
                return undefined;
            if (!matchComponent(c, seg, vars))
                return undefined;
        }
        if (si !== segments.length)
            return undefined;
        const verbExact = this.verbs.size === 1 && this.verbs.has(verb);
        const score = Math.max(100 - wildcardConsumed, 1) * 1000 + Math.max(10 - this.variableCount, 1) * 100 + (verbExact ? 10 : 1);
        return { score, vars };
    }
}
exports.RestPath = RestPath;
function matchComponent(c, seg, vars) {
    if (c.literal !== undefined)
        return c.literal.toLowerCase() === seg.toLowerCase();
    if (c.variable !== undefined) {
        vars.set(c.variable, seg);
        return true;
    }
    const pieces = seg.split('.');
    if (pieces.length !== c.parts.length)
        return false;
    return c.parts.every((p, i) => matchComponent(p, pieces[i], vars));
}
function parseSegment(seg) {
    if (seg.includes('{') && seg.includes('.')) {
        return { parts: seg.split('.').map(parseSegment) };
    }
    const m = /^\{(\**)([^}*]+?)(\*?)\}$/.exec(seg);
    if (!m)
        return { literal: seg };
    const name = m[2].split(/[:?]/)[0];
    return m[1] || m[3] ? { variable: name, wildcard: true } : { variable: name };
}
