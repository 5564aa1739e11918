export const id = 646;
export const ids = [646,397];
export const modules = {

/***/ 7646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INIT_HELP: () => (/* binding */ INIT_HELP),
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* harmony import */ var _fs_no_follow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4828);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _detect_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2344);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5306);
/* harmony import */ var _sources_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5048);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(776);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3397);
// `init`: a starter manifest from what the scan found.









const INIT_HELP = `Usage: ai-vendor-gate init [--root DIR] [--registry SOURCE] [--manifest PATH] [--force]

Writes a starter manifest (default ROOT/.github/ai-vendors.yml) declaring each vendor the scan
finds, with placeholders for purpose and data classification. Never overwrites an existing
manifest unless --force is given.
`;
const initCommand = async (argv, io) => {
    const { values, positionals } = (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)(argv, {
        root: { type: 'string' },
        registry: { type: 'string' },
        manifest: { type: 'string' },
        force: { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'init');
    if (values.help) {
        io.stdout(INIT_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .u(`init takes no arguments, got "${positionals[0]}".`);
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.root ?? '.');
    await (0,_scan_js__WEBPACK_IMPORTED_MODULE_8__.requireDirectory)(root);
    const target = values.manifest
        ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.manifest)
        : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, '.github', 'ai-vendors.yml');
    const shown = (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(root, target);
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target).then(() => true, () => false);
    if (exists && !values.force) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .u(`${shown} already exists; pass --force to overwrite it.`);
    }
    let registry;
    if (values.registry) {
        const fetched = await (0,_sources_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegistrySource */ .r0)(values.registry, {
            root,
            cwd: io.cwd,
            api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
            displayPath: _gate_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt,
        });
        registry = (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegistry */ ._5)(fetched).data;
    }
    const { evidence } = await (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_3__/* .scan */ .SQ)(root, {});
    const text = (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_3__/* .starterManifest */ .lm)(evidence, registry);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
        await (0,_fs_no_follow_js__WEBPACK_IMPORTED_MODULE_0__/* .writeOwnFile */ .O)(target, text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .u(`The manifest could not be written to ${shown}.`);
    }
    const vendors = new Set(evidence.filter((e) => e.context !== 'docs').map((e) => e.vendor));
    io.stdout(`Wrote ${shown} declaring ${vendors.size} vendor${vendors.size === 1 ? '' : 's'}${vendors.size ? ` (${[...vendors].sort().join(', ')})` : ''}: fill in each purpose and data classification, then run ai-vendor-gate check.\n`);
    return 0;
};


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// Argument parsing shared by the commands: node's own parseArgs, errors as GateError (exit 2).



function parse(argv, options, command) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = String(error.message)
            .split('\n')[0]
            .replace(/\.$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`${message} (see "ai-vendor-gate ${command} --help").`);
    }
}
function oneOf(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}
function parseNow(value, today) {
    if (value === undefined || value === '')
        return today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !(0,_load_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .isCalendarDate */ .tf)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`--now must be a real date written YYYY-MM-DD, not "${value}".`);
    }
    return value;
}
const FAIL_ON = ['error', 'warning', 'never'];


/***/ }),

/***/ 3397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCAN_HELP: () => (/* binding */ SCAN_HELP),
/* harmony export */   requireDirectory: () => (/* binding */ requireDirectory),
/* harmony export */   scanCommand: () => (/* binding */ scanCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _detect_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2344);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(776);
// `scan`: the inventory of AI vendor use found in the tree.





const SCAN_HELP = `Usage: ai-vendor-gate scan [--root DIR] [--format text|json] [--exclude GLOB ...]

Lists the evidence of AI vendor use in the repository: dependencies, lockfiles, workflows,
SDK imports, API hostnames and API-key variable names, each with its context (runtime, test,
docs, ...). Honours .gitignore. Files not read (binary, over 2 MiB, unreadable, links leading
outside the root) are listed with the reason.
`;
async function requireDirectory(dir) {
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory())
            return;
    }
    catch {
        // reported below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`The root ${dir} is not a directory.`);
}
const scanCommand = async (argv, io) => {
    const { values, positionals } = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, {
        root: { type: 'string' },
        format: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'scan');
    if (values.help) {
        io.stdout(SCAN_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`scan takes no arguments, got "${positionals[0]}".`);
    const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(values.format, ['text', 'json'], '--format', 'text');
    const given = values.root ?? '.';
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, given);
    await requireDirectory(root);
    const result = await (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scan */ .SQ)(root, { exclude: values.exclude });
    io.stdout(format === 'json' ? (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scanJson */ .Ey)(given, result) : (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderScanText */ .Jd)(result, { color: io.color }));
    return 0;
};


/***/ }),

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ writeOwnFile),
/* harmony export */   V: () => (/* binding */ appendOwnFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
// Every file the gate writes is opened without following a symbolic link at its path: a pull
// request owns the checkout and could commit `ai-vendor-gate.sarif -> .git/config` (or a link
// to a script a later step runs) to have the gate overwrite another file.


const WRITE = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
const APPEND = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
/** Writes `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
function writeOwnFile(file, text) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, text, { flag: WRITE });
}
/** Appends `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
function appendOwnFile(file, text) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, text, { flag: APPEND, encoding: 'utf8' });
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   c2: () => (/* binding */ statusOf)
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
/** The HTTP status of an Octokit RequestError (duck-typed: bundles may hold two copies). */
function statusOf(error) {
    if (error === null || typeof error !== 'object')
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 5048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dJ: () => (/* binding */ registrySourceInfo),
/* harmony export */   r0: () => (/* binding */ readRegistrySource)
/* harmony export */ });
/* unused harmony exports parseGithubSource, isGithubSource, clientFor, encodeRepoPath, readContentsEntry, fetchContents, failureReason, readLocalFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _load_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5408);
// Where the registry comes from: a path, or github:OWNER/REPO/PATH@REF through the contents API
// (GitHub Enterprise Server works the same through GITHUB_API_URL), on the one GitHub client.





const GITHUB_SOURCE = /^github:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@(.+)$/;
function parseGithubSource(source) {
    const match = GITHUB_SOURCE.exec(source);
    if (!match)
        return undefined;
    const [, owner, repo, file, ref] = match;
    if (file.split('/').some((part) => part === '..' || part === ''))
        return undefined;
    return { owner, repo, path: file, ref };
}
function isGithubSource(source) {
    return source.startsWith('github:');
}
function clientFor(api) {
    return (api.client ??
        (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)({
            ...(api.apiUrl ? { apiUrl: api.apiUrl } : {}),
            ...(api.token ? { token: api.token } : {}),
            ...(api.fetchImpl ? { fetch: api.fetchImpl } : {}),
        }));
}
/** `a/b c.yml` → `a/b%20c.yml`: each segment encoded, the separators kept. */
function encodeRepoPath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/**
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=REF`: the entry at the path, or null when the
 * API answers 404 (absent, or hidden from the token). Other failures are a GateError.
 */
async function readContentsEntry(target, api, maxBytes = _load_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_LIMITS */ .Vb.maxBytes) {
    const client = clientFor(api);
    const where = `${target.owner}/${target.repo}/${target.path}@${target.ref}`;
    let data;
    try {
        // The path is encoded here, segment by segment: the route template would turn `/` into %2F.
        const response = await client.request(`GET /repos/{owner}/{repo}/contents/${encodeRepoPath(target.path)}`, { owner: target.owner, repo: target.repo, ref: target.ref });
        data = response.data;
    }
    catch (error) {
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(error);
        if (status === 404)
            return null;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} could not be fetched: ${failureReason(error)}.`);
    }
    if (Array.isArray(data))
        return { type: 'dir' };
    const body = data !== null && typeof data === 'object' ? data : {};
    const path = typeof body.path === 'string' ? body.path : target.path;
    if (body.type === 'symlink') {
        if (typeof body.target !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} is a symbolic link the API did not describe.`);
        }
        return { type: 'symlink', target: body.target, path };
    }
    if (body.type === 'dir')
        return { type: 'dir' };
    if (body.type === 'submodule')
        return { type: 'submodule' };
    if (body.type !== undefined && body.type !== 'file') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} is not a file.`);
    }
    const size = typeof body.size === 'number' ? body.size : 0;
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`);
    }
    const blobSha = typeof body.sha === 'string' ? body.sha : undefined;
    let content = body.content;
    let encoding = body.encoding;
    if (encoding === 'none' && blobSha !== undefined) {
        // Files over 1 MB come without content: the blob API has it.
        const blob = await client
            .request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
            owner: target.owner,
            repo: target.repo,
            file_sha: blobSha,
        })
            .catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} could not be fetched: ${failureReason(error)}.`);
        });
        content = blob.data.content;
        encoding = blob.data.encoding;
    }
    if (encoding !== 'base64' || typeof content !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} could not be fetched: the API returned no file content.`);
    }
    const bytes = Buffer.from(content.replace(/\s+/g, ''), 'base64');
    if (bytes.length > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`);
    }
    return { type: 'file', bytes, path, ...(blobSha ? { blobSha } : {}) };
}
/** Read a file at a ref through the contents API; the raw bytes and the blob sha. */
async function fetchContents(target, api) {
    const where = `${target.owner}/${target.repo}/${target.path}@${target.ref}`;
    const entry = await readContentsEntry(target, api);
    if (entry === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} could not be fetched: it does not exist or the token cannot read it.`);
    }
    if (entry.type !== 'file')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry ${where} is not a file.`);
    return { bytes: entry.bytes, ...(entry.blobSha ? { blobSha: entry.blobSha } : {}) };
}
/** Why a request failed, in words (never the library's message, which may quote a URL). */
function failureReason(error) {
    const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(error);
    if (status === undefined || status === 500) {
        // RequestError uses 500 for network failures and timeouts too.
        return 'the GitHub API did not answer';
    }
    if (status === 401 || status === 403)
        return 'the token is not allowed to read it';
    if (status === 404)
        return 'it does not exist or the token cannot read it';
    if (status === 429)
        return 'the GitHub API rate limit was exceeded';
    return `the API answered ${status}`;
}
async function readLocalFile(file, label, maxBytes) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (!info.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The ${label} ${file} is not a file.`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u)
            throw error;
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(code === 'ENOENT'
            ? `The ${label} ${file} does not exist.`
            : `The ${label} ${file} cannot be read.`);
    }
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The ${label} ${file} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`);
    }
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The ${label} ${file} cannot be read.`);
    }
}
async function readRegistrySource(source, options) {
    if (isGithubSource(source)) {
        const target = parseGithubSource(source);
        if (!target) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u(`The registry source ${source} is not of the form github:OWNER/REPO/PATH@REF.`);
        }
        const { bytes, blobSha } = await fetchContents(target, options.api);
        return { source, file: source, bytes, blobSha };
    }
    const localPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, source);
    const bytes = await readLocalFile(localPath, 'registry', _load_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_LIMITS */ .Vb.maxBytes);
    return { source, file: options.displayPath(options.root, localPath), bytes, localPath };
}
/** How the record names the registry's source: a path, or repo, path, ref and blob sha. */
function registrySourceInfo(fetched) {
    const remote = parseGithubSource(fetched.source);
    if (!remote)
        return { path: fetched.file };
    return {
        repo: `${remote.owner}/${remote.repo}`,
        path: remote.path,
        ref: remote.ref,
        ...(fetched.blobSha ? { blobSha: fetched.blobSha } : {}),
    };
}


/***/ })

};
