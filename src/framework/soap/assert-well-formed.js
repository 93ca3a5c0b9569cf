"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertWellFormed = assertWellFormed;
/**
 * A second, independent well-formedness check of a SOAP message, by fast-xml-parser's validator,
 * after Stackport's own reader has accepted it (so it only ever sees documents within the codec
 * limits: ≤ maxAttributes per element, ≤ maxDepth, ≤ maxLength). SOAP messages come from
 * toolkits that add header blocks Stackport does not otherwise interpret; a message is run only
 * when two parsers written apart agree it is XML, so a quirk of one cannot be exploited alone.
 * The validator only checks syntax: it expands no entity and fetches nothing, and it is linear
 * (npm run fuzz measures it). The typed reader does not stand on fast-xml-parser: measured, the
 * typed read takes half the time of fast-xml-parser's untyped parse (README, "XML reading").
 */
const fast_xml_parser_1 = require("fast-xml-parser");
const exceptions_js_1 = require("../errors/exceptions.js");
function assertWellFormed(text) {
    let result;
    try {
        result = fast_xml_parser_1.XMLValidator.validate(text, { allowBooleanAttributes: false });
    }
    catch (e) {
        // A validator bug on some input is still the client's malformed message, never a 500.
        throw new exceptions_js_1.SerializationException('The message is not well-formed XML.', { cause: e });
    }
    if (result !== true)
        throw new exceptions_js_1.SerializationException(`${result.err.msg} Line ${result.err.line}, position ${result.err.col}.`);
}
