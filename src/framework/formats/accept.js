"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseAccept = parseAccept;
exports.rangeMatches = rangeMatches;
function parseAccept(header) {
    if (!header)
        return [];
    const ranges = [];
    header.split(',').slice(0, 64).forEach((part, i) => {
        const [typePart, ...params] = part.split(';');
        const type = typePart.trim().toLowerCase();
        if (!type)
            return;
        let q = 1;
        for (const p of params) {
            const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
            if (m)
                q = Math.min(1, Number(m[1]) || 0);
        }
        if (q <= 0)
            return;
        const specificity = type === '*/*' ? 2 : type.endsWith('/*') ? 1 : 0;
        ranges.push({ type, q, specificity, i });
    });
    return ranges.sort((a, b) => b.q - a.q || a.i - b.i).map(({ type, q, specificity }) => ({ type, q, specificity }));
}
/** Does the media range accept the concrete media type? */
function rangeMatches(range, mediaType) {
    if (range === '*/*')
        return true;
    if (range.endsWith('/*'))
        return mediaType.startsWith(range.slice(0, -1));
    return range === mediaType;
}
