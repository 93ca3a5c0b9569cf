"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guarded = guarded;
/**
 * A codec's one failure type: anything escaping a read or write (a runaway nesting, a bad bigint)
 * still surfaces as a SerializationException, which the pipeline answers with a 4xx, never a 500.
 */
const exceptions_js_1 = require("../errors/exceptions.js");
function guarded(format, what, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof exceptions_js_1.SerializationException)
            throw e;
        throw new exceptions_js_1.SerializationException(`Could not ${what} ${format}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
}
