"use strict";
exports.id = 646;
exports.ids = [646,85];
exports.modules = {

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
/* harmony import */ var _detect_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3874);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7032);
/* harmony import */ var _sources_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8838);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(776);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4085);
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
        registry = (await (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegistry */ ._5)(fetched)).data;
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

/***/ 4085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCAN_HELP: () => (/* binding */ SCAN_HELP),
  requireDirectory: () => (/* binding */ requireDirectory),
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/detect/index.ts + 6 modules
var detect = __webpack_require__(3874);
// EXTERNAL MODULE: ./src/detect/evidence.ts
var detect_evidence = __webpack_require__(6742);
// EXTERNAL MODULE: ./src/detect/catalog.ts + 1 modules
var catalog = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/groups.ts
var groups = __webpack_require__(6900);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
;// CONCATENATED MODULE: ./src/report/scan.ts
// The scan's own outputs: `scan --format json` (SPEC section 5) and the text listing. Evidence,
// skipped files and the summary are serialized by the report's JSON functions, so `scan` and
// `check` print them alike.





/** The scan's JSON (SPEC sections 5 and 9): evidence, vendors, skipped files and the summary. */
function scanJson(root, result) {
    const sorted = [...result.evidence].sort(detect_evidence/* compareEvidence */.NU);
    const body = {
        schemaVersion: 1,
        root,
        evidence: sorted.map(json/* evidenceJson */.Y),
        vendors: (0,detect_evidence/* summarizeVendors */.hw)(sorted),
        skipped: result.skipped.map(json/* skippedJson */.pG),
        summary: (0,json/* scanSummaryJson */.IM)(result.summary),
    };
    return `${(0,report_escape/* safeJson */.oi)(body)}
`;
}
/**
 * File names and matched text come from the scanned tree: shown, never obeyed. One line, no
 * control characters, and no workflow command can start in it (the scan runs in CI logs too).
 */
function clean(value) {
    return (0,report_escape/* safeLogLine */.AL)(value);
}
/** `Skipped 3 files: 2 binary, 1 larger than 2 MiB.` and the files, or nothing. */
function skippedText(skipped, summary) {
    if (summary.skippedCount === 0)
        return [];
    const reasons = Object.keys(summary.skippedByReason)
        .sort()
        .map((reason) => `${summary.skippedByReason[reason]} ${groups/* SKIP_REASON_WORDS */.tU[reason]}`);
    const lines = [
        `Skipped ${summary.skippedCount} file${summary.skippedCount === 1 ? '' : 's'}, not read: ${reasons.join(', ')}.`,
    ];
    for (const item of skipped)
        lines.push(`  ${clean(item.file)}  ${item.reason}`);
    if (skipped.length < summary.skippedCount) {
        lines.push(`  and ${summary.skippedCount - skipped.length} more`);
    }
    return lines;
}
function renderScanText(result, options = {}) {
    const paint = (code, text) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const { evidence } = result;
    const tail = skippedText(result.skipped, result.summary);
    const listing = result.summary.listing === 'walk' ? [groups/* WALK_LISTING */.fy] : [];
    if (evidence.length === 0) {
        return `${['No AI vendor use found.', ...tail, ...listing].join('\n')}\n`;
    }
    const sorted = [...evidence].sort(detect_evidence/* compareEvidence */.NU);
    const summary = (0,detect_evidence/* summarizeVendors */.hw)(sorted);
    const lines = [
        `AI vendor use: ${summary.length} vendor${summary.length === 1 ? '' : 's'}, ${sorted.length} item${sorted.length === 1 ? '' : 's'} of evidence`,
    ];
    for (const vendor of summary) {
        const info = (0,catalog/* catalogVendor */.gE)(vendor.vendor);
        const traits = [
            vendor.direct ? 'direct' : 'transitive or docs only',
            ...(info?.intermediary ? ['intermediary'] : []),
            ...(info?.selfHosted ? ['self-hosted'] : []),
        ];
        lines.push('');
        lines.push(`${paint('1', clean(vendor.vendor))}${info ? ` (${info.name})` : ''}: ${traits.join(', ')}`);
        for (const item of sorted.filter((e) => e.vendor === vendor.vendor)) {
            const marks = [item.direct ? 'direct' : 'transitive', item.context];
            const kind = item.ecosystem ? `${item.kind} (${item.ecosystem})` : item.kind;
            const where = `${item.line}${item.column !== undefined ? `:${item.column}` : ''}`;
            const text = `  ${clean(item.file)}:${where}  ${kind}  ${clean(item.name)}  [${marks.join(', ')}]`;
            lines.push((0,detect_evidence/* isUse */.C)(item) ? text : paint('2', text));
        }
    }
    if (tail.length > 0)
        lines.push('', ...tail);
    if (listing.length > 0)
        lines.push('', ...listing);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/scan.ts
// `scan`: the inventory of AI vendor use found in the tree.






const SCAN_HELP = `Usage: ai-vendor-gate scan [--root DIR] [--format text|json] [--exclude GLOB ...]

Lists the evidence of AI vendor use in the repository: dependencies, lockfiles, workflows,
SDK imports, API hostnames and API-key variable names, each with its context (runtime, test,
docs, ...). Honours .gitignore. Files not read (binary, over 2 MiB, unreadable, links leading
outside the root) are listed with the reason.
`;
async function requireDirectory(dir) {
    try {
        if ((await (0,promises_.stat)(dir)).isDirectory())
            return;
    }
    catch {
        // reported below
    }
    throw new errors/* GateError */.u(`The root ${dir} is not a directory.`);
}
const scanCommand = async (argv, io) => {
    const { values, positionals } = (0,options/* parse */.qg)(argv, {
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
        throw new errors/* GateError */.u(`scan takes no arguments, got "${positionals[0]}".`);
    const format = (0,options/* oneOf */.yL)(values.format, ['text', 'json'], '--format', 'text');
    const given = values.root ?? '.';
    const root = external_node_path_default().resolve(io.cwd, given);
    await requireDirectory(root);
    const result = await (0,detect/* scan */.SQ)(root, { exclude: values.exclude });
    io.stdout(format === 'json' ? scanJson(given, result) : renderScanText(result, { color: io.color }));
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
// Every file the gate writes is opened without following a symbolic link at its path: a pull
// request owns the checkout and could commit `ai-vendor-gate.sarif -> .git/config` (or a link
// to a script a later step runs) to have the gate overwrite another file.
// node:fs/promises is reached through `promises` when a file is written, not on import: loading
// it costs a few milliseconds of start-up that a run writing nothing need not pay.

const WRITE = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
const APPEND = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
/** Writes `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
function writeOwnFile(file, text) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(file, text, { flag: WRITE });
}
/** Appends `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
function appendOwnFile(file, text) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(file, text, { flag: APPEND, encoding: 'utf8' });
}


/***/ }),

/***/ 6900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ evidenceUse),
/* harmony export */   Dj: () => (/* binding */ groupEvidence),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   e9: () => (/* binding */ repoRelativePath),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   fy: () => (/* binding */ WALK_LISTING),
/* harmony export */   gR: () => (/* binding */ vendorName),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   pu: () => (/* binding */ scanGaps),
/* harmony export */   tU: () => (/* binding */ SKIP_REASON_WORDS)
/* harmony export */ });
/* unused harmony export compareCodePoints */
/* harmony import */ var _detect_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
// Shapes shared by the human renderers: findings grouped by vendor (most severe first), vendor
// names, repository paths, the scan's gaps in words, counts in words.

const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/** Errors, then warnings, then notes; the report's (sorted) order within each. */
function bySeverity(findings) {
    return findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
        .map(({ finding }) => finding);
}
/**
 * Findings by vendor, errors before warnings before notes within each group, and groups by their
 * most severe finding; among equals, general findings first, then vendors in use in
 * `result.vendors` order, then any other vendor by id.
 */
function groupFindings(result) {
    const byVendor = new Map();
    for (const finding of result.report.findings) {
        const key = finding.vendor ?? null;
        const list = byVendor.get(key) ?? [];
        list.push(finding);
        byVendor.set(key, list);
    }
    const known = new Set(result.vendors.map((v) => v.vendor));
    const order = [null, ...result.vendors.map((v) => v.vendor)];
    const others = [...byVendor.keys()]
        .filter((key) => key !== null && !known.has(key))
        .sort(compareCodePoints);
    const groups = [];
    for (const key of [...order, ...others]) {
        const findings = byVendor.get(key);
        if (!findings)
            continue;
        byVendor.delete(key);
        groups.push({
            vendor: key,
            name: key === null ? undefined : vendorName(result, key),
            findings: bySeverity(findings),
        });
    }
    const worst = (group) => Math.min(...group.findings.map((finding) => SEVERITY_RANK[finding.severity]));
    return groups
        .map((group, index) => ({ group, index, worst: worst(group) }))
        .sort((a, b) => a.worst - b.worst || a.index - b.index)
        .map(({ group }) => group);
}
/** A vendor's name: as evaluated, else from the registry, else from the built-in catalog. */
function vendorName(result, id) {
    const inUse = result.vendors.find((vendor) => vendor.vendor === id);
    if (inUse)
        return inUse.name;
    const vendors = result.registry?.vendors;
    if (vendors && Object.hasOwn(vendors, id))
        return vendors[id].name;
    return (0,_detect_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogVendor */ .gE)(id)?.name;
}
/** Evidence by vendor, vendors by id, items in the report's order. */
function groupEvidence(evidence) {
    const byVendor = new Map();
    for (const item of evidence) {
        const list = byVendor.get(item.vendor) ?? [];
        list.push(item);
        byVendor.set(item.vendor, list);
    }
    return [...byVendor.entries()].sort(([a], [b]) => compareCodePoints(a, b));
}
/** `1 error`, `2 errors`. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** Locale-independent string order. */
function compareCodePoints(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** How an evidence item stands: direct or transitive, and where (runtime, test, docs, …). */
function evidenceUse(item) {
    return `${item.direct ? 'direct' : 'transitive'}, ${item.context}`;
}
/**
 * `file` as a path inside the repository (`/` separators, no leading `./`), or null when it is
 * not one: absolute, a URI or `github:` source, or escaping with `..`.
 */
function repoRelativePath(file) {
    const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const inside = path !== '' &&
        !path.startsWith('/') &&
        !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) &&
        !path.split('/').includes('..');
    return inside ? path : null;
}
/** Why a file was not read, in words: the one wording of every human format. */
const SKIP_REASON_WORDS = {
    'too-large': 'larger than 2 MiB',
    binary: 'binary',
    unreadable: 'unreadable',
    'outside-root': 'a link leading outside the root',
    'excluded-all': 'excluded by the exclude globs',
    'gate-output': 'written by ai-vendor-gate (a report, record or history)',
};
const WALK_LISTING = 'Files were listed by walking the tree, honouring .gitignore (git did not list them).';
/**
 * What the scan did not read, in words, or null when it read everything through git:
 * "3 files not scanned: 2 larger than 2 MiB, 1 binary. Files listed by walking the tree (git
 * could not list them)." Plain text, no untrusted string.
 */
function scanGaps(scan) {
    if (!scan)
        return null;
    const parts = [];
    if (scan.skippedCount > 0) {
        const reasons = Object.keys(SKIP_REASON_WORDS)
            .filter((reason) => (scan.skippedByReason[reason] ?? 0) > 0)
            .map((reason) => `${scan.skippedByReason[reason]} ${SKIP_REASON_WORDS[reason]}`);
        parts.push(`${plural(scan.skippedCount, 'file')} not scanned` +
            (reasons.length > 0 ? `: ${reasons.join(', ')}.` : '.'));
    }
    if (scan.listing !== 'git') {
        parts.push(WALK_LISTING);
    }
    return parts.length > 0 ? parts.join(' ') : null;
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ scanSummaryJson),
/* harmony export */   Y: () => (/* binding */ evidenceJson),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   pG: () => (/* binding */ skippedJson)
/* harmony export */ });
/* unused harmony exports findingJson, reportJson */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

function findingJson(finding) {
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        vendor: finding.vendor ?? null,
        product: finding.product ?? null,
        condition: finding.condition ?? null,
        location: finding.location
            ? {
                file: finding.location.file,
                line: finding.location.line,
                column: finding.location.column,
                endLine: finding.location.endLine,
                endColumn: finding.location.endColumn,
            }
            : null,
        waived: finding.waived
            ? {
                id: finding.waived.id,
                reason: finding.waived.reason,
                approvedBy: finding.waived.approvedBy,
                expires: finding.waived.expires,
            }
            : null,
    };
}
function evidenceJson(item) {
    return {
        vendor: item.vendor,
        kind: item.kind,
        ecosystem: item.ecosystem ?? null,
        name: item.name,
        file: item.file,
        line: item.line,
        ...(item.column !== undefined ? { column: item.column } : {}),
        ...(item.endColumn !== undefined ? { endColumn: item.endColumn } : {}),
        direct: item.direct,
        context: item.context,
    };
}
function skippedJson(item) {
    return { file: item.file, reason: item.reason };
}
/** The scan summary: how files were listed, how many were read, and skipped counts by reason. */
function scanSummaryJson(scan) {
    const byReason = {};
    for (const reason of Object.keys(scan.skippedByReason).sort()) {
        const count = scan.skippedByReason[reason];
        if (count !== undefined)
            byReason[reason] = count;
    }
    return {
        listing: scan.listing,
        filesRead: scan.filesRead,
        skippedCount: scan.skippedCount,
        skippedByReason: byReason,
    };
}
/** The report as a plain object (for callers that embed it, e.g. the action's outputs). */
function reportJson(result) {
    const { report } = result;
    return {
        schemaVersion: report.schemaVersion,
        tool: { name: report.tool.name, version: report.tool.version },
        decision: report.decision,
        now: report.now,
        failOn: report.failOn,
        summary: {
            errors: report.summary.errors,
            warnings: report.summary.warnings,
            notes: report.summary.notes,
        },
        findings: report.findings.map(findingJson),
        evidence: report.evidence.map(evidenceJson),
        skipped: (report.skipped ?? []).map(skippedJson),
        scan: report.scan ? scanSummaryJson(report.scan) : null,
        inputs: {
            manifest: { path: report.inputs.manifest.path, sha256: report.inputs.manifest.sha256 },
            registry: { source: report.inputs.registry.source, sha256: report.inputs.registry.sha256 },
        },
    };
}
function renderJson(result) {
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeJson */ .oi)(reportJson(result))}\n`;
}


/***/ })

};
;