"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.includeErrorDetail = includeErrorDetail;
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
const POLICIES = {
    Always: () => true,
    Never: () => false,
    LocalOnly: (req) => LOOPBACK.test(req.remoteAddress ?? ''),
};
function includeErrorDetail(policy, req) {
    return POLICIES[policy](req);
}
