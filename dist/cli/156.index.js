"use strict";
exports.id = 156;
exports.ids = [156];
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