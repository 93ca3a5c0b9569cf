"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withPageStatus = withPageStatus;
/** The options an error page is written with: its status added when the format describes the request. */
function withPageStatus(options, status) {
    const page = options.page;
    return page ? { ...options, page: { ...page, status } } : options;
}
