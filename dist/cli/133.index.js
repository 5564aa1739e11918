"use strict";
exports.id = 133;
exports.ids = [133,156];
exports.modules = {

/***/ 4156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ORG_HELP: () => (/* binding */ ORG_HELP),
/* harmony export */   REPORT_FORMATS: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   orgCommand: () => (/* binding */ orgCommand),
/* harmony export */   readInventories: () => (/* binding */ readInventories)
/* harmony export */ });
/* harmony import */ var _fs_no_follow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4828);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7032);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6584);
/* harmony import */ var _org_inventory_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5318);
/* harmony import */ var _org_shard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2594);
/* harmony import */ var _org_sweep_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9661);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4031);
/* harmony import */ var _rules_dates_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1426);
/* harmony import */ var _sources_registry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8838);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(776);
// `org plan | sweep | report`: the gate across an organization (SPEC section 9).













const ORG_HELP = `Usage: ai-vendor-gate org <plan|sweep|report> [options]

  org plan   --org ORG [--shards N]
             prints the JSON matrix of N shards for a workflow's strategy.matrix
  org sweep  --org ORG --registry SOURCE [--shard I/N] [--concurrency K]
             [--now YYYY-MM-DD] [--output inventory.json]
             evaluates the default branch of every repository of ORG (archived ones skipped)
             with the same engine as check, and writes the inventory (JSON)
  org report INVENTORY... [--format html|json|markdown|cyclonedx] [--output FILE]
             [--now YYYY-MM-DD]
             merges the shards' inventories into one report (default: markdown); refuses a
             missing or repeated shard; --now stamps the CycloneDX BOM with that day

The GitHub API is GITHUB_API_URL (default https://api.github.com), the token GITHUB_TOKEN.
Exit codes: 0 done, 2 could not run (bad arguments, unusable registry, organization not listed).
A repository that cannot be evaluated is recorded with decision "error" and the reason.
`;
const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPORT_FORMATS = ['html', 'json', 'markdown', 'cyclonedx'];
function organizationOf(value) {
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u('--org ORG is required.');
    if (!ORG_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`--org must be a GitHub organization name, not "${value}".`);
    }
    return value;
}
async function writeOutput(io, output, text) {
    if (!output) {
        io.stdout(text);
        return;
    }
    try {
        await (0,_fs_no_follow_js__WEBPACK_IMPORTED_MODULE_0__/* .writeOwnFile */ .O)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, output), text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`The output could not be written to ${output}.`);
    }
}
const plan = async (argv, io) => {
    const { values, positionals } = (0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .parse */ .qg)(argv, { org: { type: 'string' }, shards: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'org');
    if (values.help) {
        io.stdout(ORG_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`org plan takes no arguments, got "${positionals[0]}".`);
    organizationOf(values.org);
    io.stdout(`${JSON.stringify((0,_org_shard_js__WEBPACK_IMPORTED_MODULE_7__/* .planMatrix */ .T4)((0,_org_shard_js__WEBPACK_IMPORTED_MODULE_7__/* .parseShardCount */ .vI)(values.shards)))}\n`);
    return 0;
};
const sweep = async (argv, io) => {
    const { values, positionals } = (0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .parse */ .qg)(argv, {
        org: { type: 'string' },
        registry: { type: 'string' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
        now: { type: 'string' },
        output: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'org');
    if (values.help) {
        io.stdout(ORG_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`org sweep takes no arguments, got "${positionals[0]}".`);
    const organization = organizationOf(values.org);
    const shard = (0,_org_shard_js__WEBPACK_IMPORTED_MODULE_7__/* .parseShard */ .uK)(values.shard);
    const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
    if (!/^\d{1,2}$/.test(values.concurrency ?? '4') || concurrency < 1 || concurrency > 32) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`--concurrency must be a whole number from 1 to 32, not "${values.concurrency}".`);
    }
    const now = (0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .parseNow */ .A7)(values.now, (0,_rules_dates_js__WEBPACK_IMPORTED_MODULE_12__/* .todayUtc */ .O2)());
    const source = values.registry ?? io.env.AI_VENDOR_GATE_REGISTRY;
    if (!source) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u('No registry given: pass --registry PATH or --registry github:OWNER/REPO/PATH@REF.');
    }
    const registry = await (0,_sources_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .readRegistrySource */ .r0)(source, {
        root: io.cwd,
        cwd: io.cwd,
        api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
        displayPath: _gate_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt,
    });
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_5__.createGitHubClient)({
        apiUrl: io.env.GITHUB_API_URL,
        token: io.env.GITHUB_TOKEN,
        // A large repository's archive takes longer than an API call.
        timeoutMs: 300_000,
        onWait: (message) => io.stderr(`ai-vendor-gate: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .singleLine */ .pF)(message)}\n`),
    });
    const inventory = await (0,_org_sweep_js__WEBPACK_IMPORTED_MODULE_8__/* .sweepOrganization */ .iM)({
        client,
        organization,
        registry: { source: registry.source, file: registry.file, bytes: registry.bytes },
        now,
        shard,
        concurrency,
    });
    await writeOutput(io, values.output, (0,_org_inventory_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeInventory */ .JP)(inventory));
    const count = (decision) => inventory.repositories.filter((r) => r.decision === decision).length;
    io.stderr(`ai-vendor-gate: swept ${inventory.repositories.length} repositories of ${organization} (shard ${shard.index}/${shard.count}): ${count('pass')} pass, ${count('fail')} fail, ${count('error')} could not be evaluated.\n`);
    return 0;
};
async function readInventories(files, cwd) {
    const parts = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, file), 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`The inventory ${file} cannot be read.`);
        }
        parts.push({ name: file, inventory: (0,_org_inventory_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInventory */ .au)(text, file) });
    }
    return (0,_org_inventory_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeInventories */ .B_)(parts);
}
const report = async (argv, io) => {
    const { values, positionals } = (0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .parse */ .qg)(argv, {
        format: { type: 'string' },
        output: { type: 'string' },
        now: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'org');
    if (values.help) {
        io.stdout(ORG_HELP);
        return 0;
    }
    if (positionals.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u('org report needs one or more inventory files.');
    const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .oneOf */ .yL)(values.format, REPORT_FORMATS, '--format', 'markdown');
    const inventory = await readInventories(positionals, io.cwd);
    let text;
    switch (format) {
        case 'json':
            text = (0,_org_inventory_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeInventory */ .JP)(inventory);
            break;
        case 'html': {
            const { renderOrgPage } = await __webpack_require__.e(/* import() */ 515).then(__webpack_require__.bind(__webpack_require__, 4515));
            text = renderOrgPage(inventory);
            break;
        }
        case 'cyclonedx': {
            const { inventoryBom } = await __webpack_require__.e(/* import() */ 896).then(__webpack_require__.bind(__webpack_require__, 8515));
            text = inventoryBom(inventory, {
                timestamp: values.now ? (0,_options_js__WEBPACK_IMPORTED_MODULE_11__/* .parseNow */ .A7)(values.now, inventory.now) : undefined,
            });
            break;
        }
        default: {
            const { renderOrgMarkdown } = await __webpack_require__.e(/* import() */ 689).then(__webpack_require__.bind(__webpack_require__, 5689));
            text = renderOrgMarkdown(inventory);
        }
    }
    await writeOutput(io, values.output, text);
    return 0;
};
const SUBCOMMANDS = { plan, sweep, report };
const orgCommand = async (argv, io) => {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(ORG_HELP);
        return name === undefined ? 2 : 0;
    }
    const sub = Object.prototype.hasOwnProperty.call(SUBCOMMANDS, name)
        ? SUBCOMMANDS[name]
        : undefined;
    if (!sub)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`Unknown org command "${name}"; use plan, sweep or report.`);
    return sub(rest, io);
};


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REGISTRY_HELP: () => (/* binding */ REGISTRY_HELP),
  registryCommand: () => (/* binding */ registryCommand)
});

// EXTERNAL MODULE: ./src/fs/no-follow.ts
var no_follow = __webpack_require__(4828);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate.ts + 12 modules
var gate = __webpack_require__(7032);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/org/sweep.ts + 1 modules
var sweep = __webpack_require__(9661);
;// CONCATENATED MODULE: ./src/governance/diff.ts
// `registry diff BASE HEAD`: what a change to the registry changes, per vendor (status,
// products, conditions, attestations, review, profile, detection) and in waivers, and, with an
// inventory, which repositories change decision. Each repository's declared use and evidence,
// kept in the inventory, are evaluated by the same engine against BASE and against HEAD, so the
// impact is exactly what the gate will decide, not a guess from the diff.





/** JSON with sorted keys: equal values give equal text, whatever the key order in the YAML. */
function stable(value) {
    if (Array.isArray(value))
        return `[${value.map(stable).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
const show = (value) => value === undefined ? undefined : typeof value === 'string' ? value : stable(value);
function keyed(out, vendor, area, before, after, summary = (item) => item) {
    const ids = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
    for (const id of ids) {
        const a = before && Object.hasOwn(before, id) ? before[id] : undefined;
        const b = after && Object.hasOwn(after, id) ? after[id] : undefined;
        const base = { ...(vendor !== undefined ? { vendor } : {}), area, id };
        if (a === undefined && b !== undefined)
            out.push({ ...base, kind: 'added', after: show(summary(b)) });
        else if (a !== undefined && b === undefined)
            out.push({ ...base, kind: 'removed', before: show(summary(a)) });
        else if (stable(a) !== stable(b)) {
            out.push({
                ...base,
                kind: 'changed',
                before: show(summary(a)),
                after: show(summary(b)),
            });
        }
    }
}
function field(out, vendor, area, id, before, after) {
    if (stable(before) === stable(after))
        return;
    const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    out.push({ vendor, area, ...(id ? { id } : {}), kind, before: show(before), after: show(after) });
}
const byId = (items) => Object.fromEntries((items ?? []).map((item) => [item.id, item]));
function vendorChanges(out, id, a, b) {
    field(out, id, 'status', undefined, a.status, b.status);
    field(out, id, 'intermediary', undefined, a.intermediary ?? false, b.intermediary ?? false);
    keyed(out, id, 'product', a.products, b.products);
    keyed(out, id, 'condition', byId(a.conditions), byId(b.conditions));
    keyed(out, id, 'attestation', a.attestations, b.attestations);
    for (const key of ['date', 'cadenceDays', 'reviewer', 'document']) {
        field(out, id, 'review', key, a.review?.[key], b.review?.[key]);
    }
    keyed(out, id, 'vendor-change', Object.fromEntries((a.changes ?? []).map((c) => [`${c.date} ${c.summary}`, c])), Object.fromEntries((b.changes ?? []).map((c) => [`${c.date} ${c.summary}`, c])));
    const { certifications: certsA, ...profileA } = a.profile ?? {};
    const { certifications: certsB, ...profileB } = b.profile ?? {};
    keyed(out, id, 'profile', profileA, profileB);
    keyed(out, id, 'certification', Object.fromEntries((certsA ?? []).map((c) => [c.name, c])), Object.fromEntries((certsB ?? []).map((c) => [c.name, c])));
    field(out, id, 'detect', undefined, a.detect, b.detect);
}
function diffRegistries(base, head) {
    const out = [];
    const ids = [...new Set([...Object.keys(base.vendors), ...Object.keys(head.vendors)])].sort();
    for (const id of ids) {
        const a = Object.hasOwn(base.vendors, id) ? base.vendors[id] : undefined;
        const b = Object.hasOwn(head.vendors, id) ? head.vendors[id] : undefined;
        if (!a && b)
            out.push({ vendor: id, area: 'vendor', kind: 'added', after: `${b.name} (${b.status})` });
        else if (a && !b)
            out.push({ vendor: id, area: 'vendor', kind: 'removed', before: `${a.name} (${a.status})` });
        else if (a && b)
            vendorChanges(out, id, a, b);
    }
    keyed(out, undefined, 'defaults', base.defaults, head.defaults);
    const waivers = (r) => byId(r.waivers);
    const waiverChanges = [];
    keyed(waiverChanges, undefined, 'waiver', waivers(base), waivers(head));
    for (const change of waiverChanges) {
        const vendor = (head.waivers ?? base.waivers ?? []).find((w) => w.id === change.id)?.vendor;
        out.push(vendor ? { vendor, ...change } : change);
    }
    return out;
}
/** Evaluate one inventory repository's declared use and evidence against a registry. */
async function evaluate(repo, registry, now, workDir, index) {
    const root = external_node_path_default().join(workDir, String(index));
    await (0,promises_.mkdir)(external_node_path_default().join(root, '.github'), { recursive: true });
    // Always the default path: the inventory is input, and a path from it could point anywhere.
    const manifestPath = '.github/ai-vendors.yml';
    if (typeof repo.manifestText === 'string') {
        await (0,promises_.writeFile)(external_node_path_default().join(root, manifestPath), repo.manifestText);
    }
    try {
        const result = await (0,gate/* runGate */.Rg)({
            root,
            manifestPath,
            registry,
            scan: true,
            evidence: Array.isArray(repo.evidence) ? repo.evidence : [],
            now,
            failOn: 'error',
            repository: repo.repository,
        });
        return result.report;
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
const deciding = (findings) => findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({ ruleId: f.ruleId, message: f.message }));
async function registryDiff(base, head, options = {}) {
    const baseDoc = (await (0,gate/* readRegistry */._5)(base)).data;
    const headDoc = (await (0,gate/* readRegistry */._5)(head)).data;
    const diff = {
        schemaVersion: 1,
        base: { source: base.source, sha256: (0,gate/* sha256 */.sc)(base.bytes) },
        head: { source: head.source, sha256: (0,gate/* sha256 */.sc)(head.bytes) },
        changes: diffRegistries(baseDoc, headDoc),
        impact: null,
    };
    const inventory = options.inventory;
    if (!inventory)
        return diff;
    const now = options.now ?? inventory.now;
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'ai-vendor-gate-diff-'));
    try {
        const repos = inventory.repositories;
        const outcomes = await (0,sweep/* mapBounded */.yJ)(repos, options.concurrency ?? 4, async (repo, i) => {
            if (repo.decision === 'error')
                return { repo, change: null, unknown: true };
            const before = await evaluate(repo, base, now, workDir, i * 2);
            const after = await evaluate(repo, head, now, workDir, i * 2 + 1);
            if (before.decision === after.decision)
                return { repo, change: null, unknown: false };
            const a = deciding(before.findings);
            const b = deciding(after.findings);
            const key = (f) => `${f.ruleId}\u0000${f.message}`;
            const inA = new Set(a.map(key));
            const inB = new Set(b.map(key));
            const change = {
                repository: repo.repository,
                before: before.decision,
                after: after.decision,
                added: b.filter((f) => !inA.has(key(f))),
                removed: a.filter((f) => !inB.has(key(f))),
                ...(repo.evidenceTruncated ? { approximate: true } : {}),
            };
            return { repo, change, unknown: false };
        });
        diff.impact = {
            now,
            repositories: repos.length,
            changed: outcomes.flatMap((o) => (o.change ? [o.change] : [])),
            unknown: outcomes.filter((o) => o.unknown).map((o) => o.repo.repository),
        };
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true }).catch(() => undefined);
    }
    return diff;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/governance/diff-markdown.ts
// `registry diff --format markdown`: for the governance pull request's job summary and its
// sticky comment. Every registry and inventory string passes the escaping boundary; the hidden
// marker lets a workflow find its own comment again.

const DIFF_MARKER = '<!-- ai-vendor-gate:registry-diff -->';
const ROWS = 200;
const CELL = 300;
const AREA = {
    vendor: 'vendor',
    status: 'status',
    intermediary: 'intermediary',
    product: 'product',
    condition: 'condition',
    attestation: 'attestation',
    review: 'review',
    'vendor-change': 'vendor change',
    profile: 'profile',
    certification: 'certification',
    detect: 'detection signatures',
    waiver: 'waiver',
    defaults: 'defaults',
};
const cell = (value) => value === undefined ? '—' : (0,report_escape/* escapeMarkdown */.FV)(value.length > CELL ? `${value.slice(0, CELL)}…` : value);
function renderDiffMarkdown(diff) {
    const out = [
        DIFF_MARKER,
        '## AI vendor registry change',
        '',
        `Base \`${diff.base.sha256.slice(0, 12)}\` → head \`${diff.head.sha256.slice(0, 12)}\`.`,
        '',
    ];
    if (diff.changes.length === 0)
        out.push('_The registries are equivalent: nothing changes._');
    else {
        out.push('| Vendor | What | Change | Before | After |', '| --- | --- | --- | --- | --- |');
        for (const c of diff.changes.slice(0, ROWS)) {
            const what = c.id ? `${AREA[c.area]} ${(0,report_escape/* escapeMarkdown */.FV)(c.id)}` : AREA[c.area];
            out.push(`| ${c.vendor ? (0,report_escape/* escapeMarkdown */.FV)(c.vendor) : '—'} | ${what} | ${c.kind} | ${cell(c.before)} | ${cell(c.after)} |`);
        }
        if (diff.changes.length > ROWS)
            out.push('', `_${diff.changes.length - ROWS} more changes not shown._`);
    }
    const impact = diff.impact;
    out.push('', '### Impact on repositories', '');
    if (!impact)
        out.push('_No inventory given: run with --inventory to see which repositories change decision._');
    else {
        out.push(`Re-evaluated ${impact.repositories} repositories of the inventory as of ${impact.now}: **${impact.changed.length}** change decision.`, '');
        if (impact.changed.length > 0) {
            out.push('| Repository | Decision | Why |', '| --- | --- | --- |');
            for (const c of impact.changed.slice(0, ROWS)) {
                const why = [
                    ...c.added.slice(0, 3).map((f) => `+ ${(0,report_escape/* escapeMarkdown */.FV)(f.ruleId)}: ${(0,report_escape/* escapeMarkdown */.FV)(f.message)}`),
                    ...c.removed.slice(0, 3).map((f) => `− ${(0,report_escape/* escapeMarkdown */.FV)(f.ruleId)}: ${(0,report_escape/* escapeMarkdown */.FV)(f.message)}`),
                ].join('<br>');
                out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(c.repository)} | ${c.before} → **${c.after}**${c.approximate ? ' (approximate)' : ''} | ${why || '—'} |`);
            }
            if (impact.changed.length > ROWS)
                out.push('', `_${impact.changed.length - ROWS} more repositories not shown._`);
        }
        if (impact.unknown.length > 0) {
            out.push('', `${impact.unknown.length} repositories could not be evaluated in the sweep; their impact is unknown: ${impact.unknown.slice(0, 50).map(report_escape/* escapeMarkdown */.FV).join(', ')}${impact.unknown.length > 50 ? ', …' : ''}.`);
        }
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/sources/registry.ts + 1 modules
var registry = __webpack_require__(8838);
// EXTERNAL MODULE: ./src/cli/org.ts
var org = __webpack_require__(4156);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/registry.ts
// `registry diff BASE HEAD [--inventory FILE] [--format markdown|json]`.








const REGISTRY_HELP = `Usage: ai-vendor-gate registry diff BASE HEAD [options]

Lists what changed per vendor between two registries (status, products, conditions,
attestations, review, profile, waivers) and, with an inventory, which repositories change
decision: each repository's declared use and evidence are evaluated against BASE and HEAD.
BASE and HEAD are paths or github:OWNER/REPO/PATH@REF.

  --inventory FILE    an org sweep inventory (repeat for shards)
  --now YYYY-MM-DD    evaluate as of this day (default: the inventory's day)
  --format FORMAT     markdown | json (default: markdown)
  --output FILE       write to FILE instead of standard output

Exit codes: 0 done, 2 could not compare (a registry missing or invalid).
`;
async function read(source, io) {
    const fetched = await (0,registry/* readRegistrySource */.r0)(source, {
        root: io.cwd,
        cwd: io.cwd,
        api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
        displayPath: gate/* displayPath */.Gt,
    });
    return { source: fetched.source, file: fetched.file, bytes: fetched.bytes };
}
const registryCommand = async (argv, io) => {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.stdout(REGISTRY_HELP);
        return sub === undefined ? 2 : 0;
    }
    if (sub !== 'diff')
        throw new errors/* GateError */.u(`Unknown registry command "${sub}"; use diff.`);
    const { values, positionals } = (0,options/* parse */.qg)(rest, {
        inventory: { type: 'string', multiple: true },
        now: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'registry');
    if (values.help) {
        io.stdout(REGISTRY_HELP);
        return 0;
    }
    if (positionals.length !== 2)
        throw new errors/* GateError */.u('registry diff takes two registries: BASE HEAD.');
    const format = (0,options/* oneOf */.yL)(values.format, ['markdown', 'json'], '--format', 'markdown');
    const [base, head] = [await read(positionals[0], io), await read(positionals[1], io)];
    const inventory = values.inventory?.length
        ? await (0,org.readInventories)(values.inventory, io.cwd)
        : undefined;
    const now = values.now === undefined ? undefined : (0,options/* parseNow */.A7)(values.now, inventory?.now ?? '');
    const diff = await registryDiff(base, head, { inventory, now });
    const text = format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffMarkdown(diff);
    if (values.output) {
        const path = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
        try {
            await (0,no_follow/* writeOwnFile */.O)(path.resolve(io.cwd, values.output), text);
        }
        catch {
            throw new errors/* GateError */.u(`The output could not be written to ${values.output}.`);
        }
    }
    else
        io.stdout(text);
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


/***/ })

};
;