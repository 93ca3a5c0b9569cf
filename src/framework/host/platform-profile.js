"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLATFORM_PROFILES = void 0;
exports.PLATFORM_PROFILES = {
    netcore: { textCase: 'camelCase', runtime: 'core', argumentMessages: 'core', dateTimeOffset: 'legacy', localDateTimes: false },
    'netfx-5.4': { textCase: 'PascalCase', runtime: 'framework', argumentMessages: 'framework', dateTimeOffset: 'legacy', localDateTimes: true },
};
