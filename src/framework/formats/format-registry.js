"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FORM_MEDIA_TYPES = exports.FormatRegistry = void 0;
exports.mediaTypeOf = mediaTypeOf;
class FormatRegistry {
    byName = new Map();
    byExt = new Map();
    byMediaType = new Map();
    ordered = [];
    register(format) {
        this.byName.set(format.name.toLowerCase(), format);
        this.byExt.set(format.extension.toLowerCase(), format);
        for (const mt of format.mediaTypes)
            this.byMediaType.set(mt.toLowerCase(), format);
        this.ordered.push(format);
        return this;
    }
    get all() { return this.ordered; }
    byFormatName(name) { return name ? this.byName.get(name.toLowerCase()) : undefined; }
    byExtension(ext) { return ext ? this.byExt.get(ext.toLowerCase()) : undefined; }
    /** By media type, ignoring parameters (`application/json; charset=utf-8` → json). */
    byContentType(contentType) {
        return contentType ? this.byMediaType.get(mediaTypeOf(contentType)) : undefined;
    }
}
exports.FormatRegistry = FormatRegistry;
/** The bare, lower-cased media type of a Content-Type header value. */
function mediaTypeOf(contentType) {
    const semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}
exports.FORM_MEDIA_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);
