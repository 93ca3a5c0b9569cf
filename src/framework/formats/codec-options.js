"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DIALECT_DEFAULTS = exports.DEFAULT_CODEC_OPTIONS = exports.DEFAULT_LIMITS = void 0;
exports.codecOptions = codecOptions;
/**
 * maxAttributes 64: DataContractSerializer and XmlSerializer write at most four attributes on an
 * element (xmlns, xmlns:i, i:type/i:nil, one d{n}p{m} prefix), a WCF SOAP envelope about six, and
 * WCF services refuse start tags over 4 KB (reader quota MaxBytesPerRead), so clients keep them small.
 * maxNamespaceDeclarations 1024: DataContractSerializer redeclares a prefix on each polymorphic
 * item of a list, so a legitimate document's count grows with its items; 1024 covers any request
 * a 1 MiB body holds in practice while bounding the bindings an attacker can make.
 */
exports.DEFAULT_LIMITS = Object.freeze({ maxDepth: 64, maxLength: 1024 * 1024, maxAttributes: 64, maxNamespaceDeclarations: 1024 });
exports.DEFAULT_CODEC_OPTIONS = Object.freeze({
    dialect: 'servicestack',
    textCase: 'camelCase',
    runtime: 'core',
    dateTimeOffset: 'legacy',
    newline: '\n',
    pretty: false,
    xmlDeclaration: true,
    limits: exports.DEFAULT_LIMITS,
    throwOnError: true,
    localDateTimes: false,
});
/** Options a dialect implies when the caller does not say otherwise. */
exports.DIALECT_DEFAULTS = {
    servicestack: {},
    aspnet: { textCase: 'PascalCase', runtime: 'framework', xmlDeclaration: false },
    gateway: { textCase: 'camelCase' },
};
function codecOptions(partial = {}) {
    const dialect = partial.dialect ?? exports.DEFAULT_CODEC_OPTIONS.dialect;
    return { ...exports.DEFAULT_CODEC_OPTIONS, ...exports.DIALECT_DEFAULTS[dialect], ...partial, limits: { ...exports.DEFAULT_LIMITS, ...partial.limits } };
}
