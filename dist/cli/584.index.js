"use strict";
exports.id = 584;
exports.ids = [584];
exports.modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, REFUSED_STATUS, apiUrlFromEnv, waitSeconds */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9210);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
// The one GitHub client: Octokit (the library @actions/github wraps) with the retry and
// throttling plugins, so rate limits (primary, secondary, `retry-after`, `x-ratelimit-reset`)
// and transient errors are the library's job. Built on @octokit/core rather than
// @actions/github so that the CLI and the core never import `@actions/*`; the action, the
// history branch, `github:` registries, the organization sweep and `remind` all use it.






const GateOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
const DEFAULT_API_URL = 'https://api.github.com';
/** 421 Misdirected Request: what the client answers itself for a URL off the API's origin. */
const REFUSED_STATUS = 421;
function apiUrlFromEnv(env = process.env) {
    return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}
/**
 * A fetch that never sends the token to another origin than the API's (a Link header or a
 * hostile redirect cannot take it elsewhere; fetch drops authorization on cross-origin
 * redirects itself) and that gives every request a deadline.
 */
function guardedFetch(apiUrl, timeoutMs, base) {
    const origin = new URL(apiUrl).origin;
    return (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (url.origin !== origin) {
            // An answer, not a thrown error: Octokit would report a throw as a 500 and retry it.
            return Promise.resolve(new Response(JSON.stringify({
                message: `refused to send the request to another host than the API's (${url.origin})`,
            }), { status: REFUSED_STATUS, headers: { 'content-type': 'application/json' } }));
        }
        const signal = init?.signal
            ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
            : AbortSignal.timeout(timeoutMs);
        return base(input, { ...init, signal });
    };
}
/**
 * A 429 is waited out here, as `retry-after` (or `x-ratelimit-reset`) says: the throttling
 * plugin only recognizes a 429 whose message names a secondary rate limit, and the retry plugin
 * would retry it on its own schedule, too early. Bounded in count and in wait.
 */
function waitingOut429(base, retries, maxWaitSeconds, unitMs, onWait) {
    return async (input, init) => {
        for (let attempt = 0;; attempt++) {
            const response = await base(input, init);
            if (response.status !== 429 || attempt >= retries)
                return response;
            const seconds = waitSeconds(response.headers, attempt);
            if (seconds > maxWaitSeconds)
                return response;
            await response.body?.cancel().catch(() => undefined);
            onWait?.(`GitHub answered 429 (too many requests): waiting ${seconds} s.`);
            await new Promise((resolve) => setTimeout(resolve, seconds * unitMs));
        }
    };
}
/** Seconds to wait before trying again: `retry-after`, else until the reset, else 1, 2, 4… */
function waitSeconds(headers, attempt, now = Date.now()) {
    const retryAfter = headers.get('retry-after');
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter.trim());
    if (retryAfter !== null) {
        const at = Date.parse(retryAfter);
        if (Number.isFinite(at))
            return Math.max(0, Math.ceil((at - now) / 1000));
    }
    const reset = headers.get('x-ratelimit-reset');
    if (reset !== null && /^\d+$/.test(reset.trim())) {
        return Math.max(0, Number(reset.trim()) - Math.floor(now / 1000) + 1);
    }
    return 2 ** attempt;
}
function createGitHubClient(options = {}) {
    const apiUrl = (options.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, '');
    const retries = options.rateLimitRetries ?? 4;
    const maxWait = options.maxRateLimitWaitSeconds ?? 600;
    const onLimit = (kind) => (after, request, _octokit, count) => {
        if (count >= retries || after > maxWait)
            return false;
        options.onWait?.(`GitHub ${kind} rate limit on ${request.method} ${request.url}: waiting ${after} s.`);
        return true;
    };
    const unitMs = options.retryAfterUnitMs ?? 1000;
    const guarded = guardedFetch(apiUrl, options.timeoutMs ?? 30_000, options.fetch ?? fetch);
    return new GateOctokit({
        baseUrl: apiUrl,
        auth: options.token || undefined,
        userAgent: 'ai-vendor-gate',
        request: {
            fetch: waitingOut429(guarded, retries, maxWait, unitMs, options.onWait),
        },
        // Octokit's default logger writes to the console; our output boundary owns every byte.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: unitMs,
            ...(options.writeSpacingMs === undefined
                ? {}
                : {
                    write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: options.writeSpacingMs }),
                    notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({
                        maxConcurrent: 1,
                        minTime: options.writeSpacingMs,
                    }),
                }),
        },
        // 429 is waited out in the fetch layer (waitingOut429); what comes back is final.
        retry: { doNotRetry: [400, 401, 403, 404, 409, 410, REFUSED_STATUS, 422, 429, 451] },
    });
}


/***/ })

};
;