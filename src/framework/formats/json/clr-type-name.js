"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clrTypeName = clrTypeName;
/** .NET `Type.ToString()` of a TypeRef, as Json.NET prints it in its error messages. */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const CLR = {
    string: 'System.String', bool: 'System.Boolean', char: 'System.Char', byte: 'System.Byte', sbyte: 'System.SByte',
    short: 'System.Int16', ushort: 'System.UInt16', int: 'System.Int32', uint: 'System.UInt32', long: 'System.Int64',
    ulong: 'System.UInt64', float: 'System.Single', double: 'System.Double', decimal: 'System.Decimal',
    DateTime: 'System.DateTime', DateTimeOffset: 'System.DateTimeOffset', TimeSpan: 'System.TimeSpan', Guid: 'System.Guid',
    'byte[]': 'System.Byte[]', object: 'System.Object',
};
function clrTypeName(t) {
    switch (t.kind) {
        case 'primitive': return CLR[t.name];
        case 'nullable': return `System.Nullable\`1[${clrTypeName(t.of)}]`;
        case 'list': return t.array ? `${clrTypeName(t.of)}[]` : `System.Collections.Generic.List\`1[${clrTypeName(t.of)}]`;
        case 'dict': return `System.Collections.Generic.Dictionary\`2[${clrTypeName(t.key)},${clrTypeName(t.value)}]`;
        case 'enum': return t.meta.namespace ? `${t.meta.namespace}.${t.meta.name}` : t.meta.name;
        case 'class': {
            const meta = (0, dto_meta_js_1.getDtoMeta)(t.ctor);
            return meta.namespace ? `${meta.namespace}.${meta.name}` : meta.name;
        }
    }
}
