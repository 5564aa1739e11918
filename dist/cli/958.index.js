"use strict";
exports.id = 958;
exports.ids = [958,584];
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


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readDeclaredUses)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _load_documents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4594);
// A manifest's declared uses, read the way the engine reads it (same limits, same loader), for
// the inventory and the AI-BOM. A manifest that is missing or invalid declares nothing.



async function readDeclaredUses(file, display) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
        if (!info.isFile() || info.size > _load_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_LIMITS */ .T1.maxBytes)
            return { present: true };
    }
    catch {
        return { present: false };
    }
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch {
        return { present: true };
    }
    const text = bytes.toString('utf8');
    const loaded = await (0,_load_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifest */ .eY)(bytes, display);
    if (!loaded.ok)
        return { present: true, text, sha256: (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes) };
    const manifest = loaded.document.data;
    return {
        present: true,
        text,
        sha256: (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes),
        owner: manifest.owner,
        declared: manifest.vendors.map((entry) => ({
            vendor: entry.vendor,
            product: entry.product,
            dataClassification: entry.dataClassification,
            purpose: entry.purpose,
            ...(entry.accounts ? { accounts: entry.accounts } : {}),
            ...(entry.via ? { via: entry.via } : {}),
        })),
    };
}


/***/ }),

/***/ 5318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ mergeInventories),
/* harmony export */   JP: () => (/* binding */ serializeInventory),
/* harmony export */   au: () => (/* binding */ parseInventory),
/* harmony export */   st: () => (/* binding */ compareRepositories)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
// The organization inventory (SPEC section 9): one record per repository, sorted by repository.
// Beside the SPEC's keys each record keeps what later commands need without the repository:
// the manifest's text and the evidence (so `registry diff` re-evaluates the same inputs against
// another registry with the same engine), and the inventory keeps the registry it was swept
// against (so the organization page and the AI-BOM need nothing else).


const compareRepositories = (a, b) => a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0;
function serializeInventory(inventory) {
    return `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeJson */ .oi)({ ...inventory, repositories: [...inventory.repositories].sort(compareRepositories) })}\n`;
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Read an inventory file's JSON; a file of another shape is one plain sentence (exit 2). */
function parseInventory(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`The inventory ${name} is not valid JSON.`);
    }
    const bad = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`The inventory ${name} is not an inventory: ${what}.`);
    if (!isObject(value) || value.schemaVersion !== 1)
        throw bad('schemaVersion 1 is missing');
    if (typeof value.organization !== 'string')
        throw bad('organization is missing');
    if (typeof value.now !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.now)) {
        throw bad('now is not a date');
    }
    const registry = value.registry;
    if (!isObject(registry) ||
        typeof registry.sha256 !== 'string' ||
        typeof registry.source !== 'string') {
        throw bad('registry is missing');
    }
    if (!Array.isArray(value.repositories))
        throw bad('repositories is not a list');
    for (const [i, entry] of value.repositories.entries()) {
        if (!isObject(entry) ||
            typeof entry.repository !== 'string' ||
            !['pass', 'fail', 'error'].includes(String(entry.decision)) ||
            typeof entry.manifest !== 'boolean' ||
            !Array.isArray(entry.vendors) ||
            !entry.vendors.every((v) => typeof v === 'string') ||
            !Array.isArray(entry.findings) ||
            !isObject(entry.summary)) {
            throw bad(`repositories[${i}] lacks repository, decision, manifest, summary, vendors or findings`);
        }
    }
    if (value.shard !== undefined) {
        const shard = value.shard;
        if (!isObject(shard) ||
            !Number.isInteger(shard.index) ||
            !Number.isInteger(shard.count) ||
            shard.index < 1 ||
            shard.index > shard.count) {
            throw bad('shard is not {index, count}');
        }
    }
    return value;
}
/**
 * One inventory from the shards' inventories: the same organization, day and registry, every
 * shard present once, no repository twice. A partial set is refused rather than reported as
 * the whole organization.
 */
function mergeInventories(parts) {
    if (parts.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('org report needs at least one inventory file.');
    const [first] = parts;
    const base = first.inventory;
    for (const { name, inventory } of parts.slice(1)) {
        const differs = inventory.organization !== base.organization
            ? `organization ${inventory.organization}, not ${base.organization}`
            : inventory.now !== base.now
                ? `day ${inventory.now}, not ${base.now}`
                : inventory.registry.sha256 !== base.registry.sha256
                    ? 'another registry'
                    : undefined;
        if (differs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`The inventory ${name} was swept with ${differs} than ${first.name}: sweep every shard with the same inputs.`);
        }
    }
    const counts = new Set(parts.map((p) => p.inventory.shard?.count ?? 1));
    if (counts.size > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`The inventories were swept with different shard counts (${[...counts].sort().join(', ')}).`);
    }
    const [count] = [...counts];
    const seen = new Map();
    for (const { name, inventory } of parts) {
        const index = inventory.shard?.index ?? 1;
        const other = seen.get(index);
        if (other !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`The inventories ${other} and ${name} both cover shard ${index}/${count}.`);
        }
        seen.set(index, name);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`The inventories do not cover the whole organization: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`);
    }
    const byName = new Map();
    for (const { name, inventory } of parts) {
        for (const entry of inventory.repositories) {
            const key = entry.repository.toLowerCase();
            if (byName.has(key)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`The repository ${entry.repository} appears twice (again in ${name}).`);
            }
            byName.set(key, entry);
        }
    }
    const merged = {
        schemaVersion: 1,
        organization: base.organization,
        now: base.now,
        registry: { source: base.registry.source, sha256: base.registry.sha256 },
        repositories: [...byName.values()].sort(compareRepositories),
    };
    const registryDocument = parts.find((p) => p.inventory.registryDocument)?.inventory
        .registryDocument;
    if (registryDocument)
        merged.registryDocument = registryDocument;
    if (base.tool)
        merged.tool = base.tool;
    return merged;
}


/***/ }),

/***/ 2594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   T4: () => (/* binding */ planMatrix),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   vI: () => (/* binding */ parseShardCount)
/* harmony export */ });
/* unused harmony export MAX_SHARDS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Deterministic shards: a repository's shard is a stable hash of its full name (lower-cased, as
// GitHub treats names), so N matrix jobs split the organization without talking to each other
// and every repository lands in exactly one of them, whatever order the API lists them in.


const MAX_SHARDS = 256;
function parseShard(value) {
    if (value === undefined)
        return { index: 1, count: 1 };
    const match = /^(\d{1,3})\/(\d{1,3})$/.exec(value);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`--shard must be I/N with 1 <= I <= N <= ${MAX_SHARDS}, not "${value}".`);
    }
    return { index, count };
}
function parseShardCount(value) {
    if (value === undefined)
        return 1;
    const count = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (!(count >= 1 && count <= MAX_SHARDS)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`--shards must be a whole number from 1 to ${MAX_SHARDS}, not "${value}".`);
    }
    return count;
}
/** 1-based shard of `fullName` among `count`. */
function shardOf(fullName, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(fullName.toLowerCase()).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
/** The matrix `org plan --shards N` prints, for `strategy.matrix` in a workflow. */
function planMatrix(count) {
    return {
        include: Array.from({ length: count }, (_, i) => ({ shard: `${i + 1}/${count}` })),
    };
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uc: () => (/* binding */ describeError),
  yJ: () => (/* binding */ mapBounded),
  iM: () => (/* binding */ sweepOrganization)
});

// UNUSED EXPORTS: EVIDENCE_CAP, MANIFEST_PATH, listRepositories, sweepRepository

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate.ts + 12 modules
var gate = __webpack_require__(7032);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./src/org/archive.ts
// A repository's tarball → a temporary tree, streaming, with the defences a hostile archive
// needs: the attacker who owns a repository owns every header byte of its tarball. Only regular
// files and directories are written; a path that is absolute, climbs with `..`, leaves the
// archive's single top-level folder, or collides with what is already there is refused; links
// are never created (a link could point out of the tree, or a later entry could be written
// through it); and size and file-count caps bound the work. Everything refused is counted and
// reported, never dropped in silence; a cap that is reached means the repository cannot be
// evaluated (a partial tree could hide undeclared use), not a pass.






const ARCHIVE_LIMITS = {
    maxArchiveBytes: 512 * 1024 * 1024,
    maxTotalBytes: 1024 * 1024 * 1024,
    maxFiles: 200_000,
    maxFileBytes: 2 * 1024 * 1024,
};
class ArchiveLimitError extends Error {
}
/** No tar entry at all: a truncated or empty download (tried again) or not an archive. */
class ArchiveUnreadableError extends Error {
}
const SKIP_LIST_CAP = 100;
/** Counts compressed bytes and stops the stream at the cap. */
function byteCap(limit) {
    let seen = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            seen += chunk.length;
            if (seen > limit) {
                callback(new ArchiveLimitError(`the archive is larger than ${mib(limit)} MiB`));
                return;
            }
            callback(null, chunk);
        },
    });
}
const mib = (bytes) => Math.round(bytes / (1024 * 1024));
/**
 * The repository-relative path of an archive entry, or null when it is unsafe: GitHub puts every
 * entry under one top-level folder, which is removed.
 */
function safeRelativePath(entryPath, top) {
    if (entryPath.includes('\0') || entryPath.startsWith('/') || /^[A-Za-z]:/.test(entryPath)) {
        return null;
    }
    const parts = entryPath.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.length === 0 || parts[0] !== top)
        return null;
    const rest = parts.slice(1);
    if (rest.some((part) => part === '..'))
        return null;
    return rest.join('/');
}
/** Extract a gzip (or plain) tar stream into `root`, which must exist and be empty. */
async function extractArchive(source, root, limits = ARCHIVE_LIMITS) {
    const result = { sha: null, files: 0, bytes: 0, skipped: [], skippedCount: 0 };
    const skip = (file, reason) => {
        result.skippedCount++;
        if (result.skipped.length < SKIP_LIST_CAP)
            result.skipped.push({ file, reason });
    };
    // What has been created, so that a file never replaces a directory or the other way round.
    const kinds = new Map([['', 'dir']]);
    let top = null;
    let failure = null;
    const writes = [];
    const ensureDir = async (rel) => {
        const parts = rel === '' ? [] : rel.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const sub = parts.slice(0, i).join('/');
            const kind = kinds.get(sub);
            if (kind === 'file')
                return false;
            if (kind === undefined) {
                await (0,promises_.mkdir)(external_node_path_default().join(root, ...parts.slice(0, i)));
                kinds.set(sub, 'dir');
            }
        }
        return true;
    };
    const onEntry = async (entry) => {
        const comment = entry.comment;
        if (result.sha === null && typeof comment === 'string' && /^[0-9a-f]{40,64}$/.test(comment)) {
            result.sha = comment;
        }
        const raw = entry.path;
        if (top === null)
            top = raw.split('/').find((part) => part !== '' && part !== '.') ?? '';
        const rel = safeRelativePath(raw, top);
        const drain = () => entry.resume();
        if (rel === null) {
            skip(raw, 'unsafe-path');
            return drain();
        }
        switch (entry.type) {
            case 'Directory':
                if (rel !== '' && !(await ensureDir(rel)))
                    skip(rel, 'conflict');
                return drain();
            case 'File':
            case 'OldFile':
            case 'ContiguousFile':
                break;
            case 'SymbolicLink':
                skip(rel, 'symlink');
                return drain();
            case 'Link':
                skip(rel, 'hardlink');
                return drain();
            default:
                skip(rel, 'special');
                return drain();
        }
        if (rel === '') {
            skip(raw, 'unsafe-path');
            return drain();
        }
        // A tarball holds only committed files, and every one of them is the repository's, whatever
        // its .gitignore says: left in the tree, a `.gitignore` of `src/` would hide committed code
        // from the scan's walk. It is never evidence itself, so it is not written.
        if (rel === '.gitignore' || rel.endsWith('/.gitignore'))
            return drain();
        const size = entry.size ?? 0;
        if (size > limits.maxFileBytes) {
            skip(rel, 'too-large');
            return drain();
        }
        if (result.files + 1 > limits.maxFiles) {
            throw new ArchiveLimitError(`the archive has more than ${limits.maxFiles} files`);
        }
        if (result.bytes + size > limits.maxTotalBytes) {
            throw new ArchiveLimitError(`the archive expands to more than ${mib(limits.maxTotalBytes)} MiB`);
        }
        const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        if (kinds.has(rel) || !(await ensureDir(parent))) {
            skip(rel, 'conflict');
            return drain();
        }
        kinds.set(rel, 'file');
        result.files++;
        result.bytes += size;
        // `wx`: never follow or replace anything already at the path; mode 0600 drops any
        // set-uid or executable bits the header asks for.
        const out = (0,external_node_fs_.createWriteStream)(external_node_path_default().join(root, rel), { flags: 'wx', mode: 0o600 });
        writes.push((0,external_node_stream_promises_.pipeline)(entry, out));
    };
    const parser = new index_min/* Parser */.iX({
        strict: false,
        onReadEntry: (entry) => {
            if (failure) {
                entry.resume();
                return;
            }
            // The parser emits the next entry only once this one has ended, so entries are handled in
            // order; directory creation is awaited before the body is read (the entry stays paused).
            entry.pause();
            onEntry(entry).then(() => entry.resume(), (error) => {
                failure ??= error instanceof Error ? error : new Error(String(error));
                parser.abort(failure);
                entry.resume();
            });
        },
    });
    let invalid = 0;
    parser.on('warn', (code) => {
        if (code === 'TAR_ENTRY_INVALID' || code === 'TAR_ENTRY_ERROR')
            invalid++;
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(source, byteCap(limits.maxArchiveBytes), parser);
        await Promise.all(writes);
    }
    catch (error) {
        await Promise.allSettled(writes);
        throw failure ?? error;
    }
    if (failure)
        throw failure;
    // A git archive always holds its top folder: nothing read means the bytes were not a tarball,
    // and an empty tree would pass in silence.
    if (top === null)
        throw new ArchiveUnreadableError('the download is not a readable tar archive');
    if (invalid > 0) {
        result.skippedCount += invalid;
        if (result.skipped.length < SKIP_LIST_CAP)
            result.skipped.push({ file: '(invalid tar headers)', reason: 'special' });
    }
    return result;
}

// EXTERNAL MODULE: ./src/org/declared.ts
var org_declared = __webpack_require__(9706);
// EXTERNAL MODULE: ./src/org/inventory.ts
var inventory = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/org/shard.ts
var shard = __webpack_require__(2594);
;// CONCATENATED MODULE: ./src/org/sweep.ts
// `org sweep`: every repository of an organization (one shard of it), each default branch read
// as a tarball through the API, extracted into a temporary tree and evaluated by `runGate`
// exactly as `check` evaluates a checkout, so the sweep and `check` cannot disagree. Bounded
// concurrency; rate limits and transient errors are the client's job; a repository that cannot
// be evaluated is recorded with decision `error` and the reason, never lost.










const MANIFEST_PATH = '.github/ai-vendors.yml';
/** Evidence kept per repository in the inventory (the rest is counted). */
const EVIDENCE_CAP = 2000;
const NAME = /^[A-Za-z0-9_.-]+$/;
async function listRepositories(client, organization) {
    let listed;
    try {
        listed = await client.paginate('GET /orgs/{org}/repos', {
            org: organization,
            type: 'all',
            per_page: 100,
        });
    }
    catch (error) {
        throw new errors/* GateError */.u(`The repositories of ${organization} could not be listed: ${describeError(error)}.`);
    }
    const repositories = [];
    let archived = 0;
    for (const repo of listed) {
        if (repo.archived || repo.disabled) {
            archived++;
            continue;
        }
        const owner = repo.owner?.login ?? organization;
        // Names come from the API; anything that is not a GitHub name is not fetched through a URL.
        if (!NAME.test(owner) || !NAME.test(repo.name))
            continue;
        repositories.push({ owner, name: repo.name, defaultBranch: repo.default_branch ?? 'main' });
    }
    return { repositories, archived };
}
/** A client error in a few words: the status the API gave, or what went wrong on the way. */
function describeError(error) {
    const status = error.status;
    if (typeof status === 'number' && status > 0) {
        return status === 404
            ? 'the API answered 404 (no such repository or branch, or the token cannot read it)'
            : status === 401 || status === 403
                ? `the API answered ${status} (the token is not allowed, or a rate limit outlasted the retries)`
                : `the API answered ${status}`;
    }
    if (error instanceof ArchiveLimitError || error instanceof ArchiveUnreadableError) {
        return error.message;
    }
    if (error instanceof Error && error.name === 'TimeoutError')
        return 'the request timed out';
    return 'the API could not be reached';
}
async function downloadTarball(client, repo) {
    const response = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
        owner: repo.owner,
        repo: repo.name,
        ref: repo.defaultBranch,
        // Stream the body to the extractor instead of buffering the whole archive.
        request: { parseSuccessResponseBody: false },
    });
    const body = response.data;
    if (body instanceof external_node_stream_.Readable)
        return body;
    if (body && typeof body.getReader === 'function') {
        return external_node_stream_.Readable.fromWeb(body);
    }
    if (body instanceof ArrayBuffer)
        return external_node_stream_.Readable.from([Buffer.from(body)]);
    throw new ArchiveLimitError('the API returned no archive');
}
function errorEntry(repo, reason, sha = null) {
    const entry = {
        repository: `${repo.owner}/${repo.name}`,
        ref: repo.defaultBranch,
        sha,
        decision: 'error',
        manifest: false,
        summary: { errors: 0, warnings: 0, notes: 0 },
        vendors: [],
        findings: [],
        reason,
    };
    return entry;
}
/** Evaluate one repository; never throws (a failure is an `error` record). */
async function sweepRepository(repo, options) {
    const fullName = `${repo.owner}/${repo.name}`;
    const root = external_node_path_default().join(options.workDir, `${repo.owner}--${repo.name}`);
    // A dropped connection or an archive that reads as empty is transient: up to two more tries
    // (HTTP errors are retried by the client already).
    for (let attempt = 1;; attempt++) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        await (0,promises_.mkdir)(root);
        try {
            const archive = await downloadTarball(options.client, repo);
            const extracted = await extractArchive(archive, root, options.limits ?? ARCHIVE_LIMITS);
            const declared = await (0,org_declared/* readDeclaredUses */.D)(external_node_path_default().join(root, ...MANIFEST_PATH.split('/')), MANIFEST_PATH);
            const result = await (0,gate/* runGate */.Rg)({
                root,
                manifestPath: MANIFEST_PATH,
                registry: options.registry,
                scan: true,
                now: options.now,
                failOn: 'error',
                repository: fullName,
            });
            const { report } = result;
            const vendors = new Set(report.evidence.map((e) => e.vendor));
            for (const use of declared.declared ?? []) {
                vendors.add(use.vendor);
                if (use.via)
                    vendors.add(use.via);
            }
            const byReason = {};
            for (const skip of extracted.skipped)
                byReason[skip.reason] = (byReason[skip.reason] ?? 0) + 1;
            const unlisted = extracted.skippedCount - extracted.skipped.length;
            if (unlisted > 0)
                byReason.other = (byReason.other ?? 0) + unlisted;
            for (const [reason, count] of Object.entries(report.scan?.skippedByReason ?? {})) {
                byReason[reason] = (byReason[reason] ?? 0) + (count ?? 0);
            }
            const skippedCount = extracted.skippedCount + (report.scan?.skippedCount ?? 0);
            const evidence = report.evidence.slice(0, EVIDENCE_CAP);
            const entry = {
                repository: fullName,
                ref: repo.defaultBranch,
                sha: extracted.sha,
                decision: report.decision,
                manifest: declared.present,
                summary: report.summary,
                vendors: [...vendors].sort(),
                findings: report.findings,
                ...(declared.owner !== undefined ? { owner: declared.owner } : {}),
                ...(declared.declared ? { declared: declared.declared } : {}),
                ...(declared.text !== undefined
                    ? { manifestText: declared.text, manifestPath: MANIFEST_PATH }
                    : {}),
                evidence,
                ...(report.evidence.length > EVIDENCE_CAP ? { evidenceTruncated: true } : {}),
                ...(skippedCount > 0
                    ? {
                        skipped: {
                            count: skippedCount,
                            byReason,
                            examples: [
                                ...extracted.skipped,
                                ...(report.skipped ?? []).map((s) => ({ file: s.file, reason: s.reason })),
                            ].slice(0, 20),
                        },
                    }
                    : {}),
            };
            return entry;
        }
        catch (error) {
            const transient = !(error instanceof ArchiveLimitError) &&
                !(error instanceof errors/* GateError */.u) &&
                typeof error.status !== 'number';
            if (transient && attempt < 3)
                continue;
            if (error instanceof errors/* GateError */.u)
                return errorEntry(repo, error.message.replace(/\.$/, ''));
            return errorEntry(repo, `the default branch could not be read: ${describeError(error)}`);
        }
        finally {
            await (0,promises_.rm)(root, { recursive: true, force: true }).catch(() => undefined);
        }
    }
}
/** Run `work` over `items` with at most `limit` at a time, results in input order. */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
async function sweepOrganization(options) {
    // An unusable registry stops the sweep before any repository is read (exit 2).
    const registryDocument = (await (0,gate/* readRegistry */._5)(options.registry)).data;
    const { repositories } = await listRepositories(options.client, options.organization);
    const mine = repositories
        .filter((r) => (0,shard/* shardOf */.IS)(`${r.owner}/${r.name}`, options.shard.count) === options.shard.index)
        .sort((a, b) => (0,inventory/* compareRepositories */.st)({ repository: `${a.owner}/${a.name}` }, { repository: `${b.owner}/${b.name}` }));
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'ai-vendor-gate-sweep-'));
    let done = 0;
    try {
        const entries = await mapBounded(mine, options.concurrency, async (repo) => {
            const entry = await sweepRepository(repo, { ...options, workDir });
            options.onRepository?.(entry, ++done, mine.length);
            return entry;
        });
        return {
            schemaVersion: 1,
            organization: options.organization,
            now: options.now,
            registry: {
                source: options.registry.source,
                sha256: (0,gate/* sha256 */.sc)(options.registry.bytes),
            },
            repositories: entries.sort(inventory/* compareRepositories */.st),
            shard: options.shard,
            registryDocument,
            tool: { ...gate/* TOOL */.js },
        };
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true }).catch(() => undefined);
    }
}


/***/ })

};
;