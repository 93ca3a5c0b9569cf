"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_CORS = exports.DEFAULT_HOST_CONFIG = void 0;
exports.resolveHostConfig = resolveHostConfig;
const codec_options_js_1 = require("../formats/codec-options.js");
const platform_profile_js_1 = require("./platform-profile.js");
exports.DEFAULT_HOST_CONFIG = {
    serviceName: 'Stackport',
    platform: 'netcore',
    ...platform_profile_js_1.PLATFORM_PROFILES.netcore,
    dialect: 'servicestack',
    defaultFormat: 'json',
    debug: false,
    errorDetail: 'LocalOnly',
    maxBodyBytes: 1024 * 1024,
    limits: codec_options_js_1.DEFAULT_LIMITS,
    throwOnError: false,
    apiSegment: 'api',
    notFound: 'plain',
};
exports.DEFAULT_CORS = {
    allowOrigin: '*',
    allowMethods: 'GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD',
    allowHeaders: 'Content-Type',
    allowCredentials: false,
    maxAge: 600,
};
/** A host's settings: its platform profile's, then its own. */
function resolveHostConfig(config) {
    const apiSegment = config.apiSegment !== undefined ? config.apiSegment : config.dialect === 'aspnet' ? null : exports.DEFAULT_HOST_CONFIG.apiSegment;
    return { ...exports.DEFAULT_HOST_CONFIG, ...platform_profile_js_1.PLATFORM_PROFILES[config.platform ?? exports.DEFAULT_HOST_CONFIG.platform], ...config, apiSegment, limits: { ...codec_options_js_1.DEFAULT_LIMITS, ...config.limits } };
}
