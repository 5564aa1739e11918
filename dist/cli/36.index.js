"use strict";
exports.id = 36;
exports.ids = [36];
exports.modules = {

/***/ 3036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_HELP: () => (/* binding */ CHECK_HELP),
  checkCommand: () => (/* binding */ checkCommand),
  render: () => (/* binding */ render)
});

// EXTERNAL MODULE: ./src/fs/no-follow.ts
var no_follow = __webpack_require__(4828);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate.ts + 12 modules
var gate = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/rules/table.ts
var table = __webpack_require__(8091);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/groups.ts
var groups = __webpack_require__(6900);
;// CONCATENATED MODULE: ./src/report/markdown.ts



/** Findings named in the "not annotated" note before "… and N more". */
const NOT_ANNOTATED_LISTED = 20;
/** Rows per table: long lists become several tables, so a cut can fall between them. */
const ROWS_PER_TABLE = 50;
const SEVERITY = {
    error: '❌ error',
    warning: '⚠️ warning',
    note: 'ℹ️ note',
};
const STATE = {
    met: '✅ met',
    unmet: '❌ unmet',
    expired: '⌛ expired',
    'not applicable': '➖ not applicable',
};
function renderMarkdown(result, options = {}) {
    const head = [];
    if (options.marker !== undefined)
        head.push(options.marker);
    head.push(headline(result, options.title ?? 'AI vendor gate'));
    const linkBase = blobBase(options.links);
    const blocks = [
        ...notAnnotatedBlocks(result, options.notAnnotated, linkBase),
        ...conditionBlocks(result),
        ...findingBlocks(result, linkBase),
        ...evidenceBlocks(result, linkBase),
    ].map((block) => ({ ...block, text: (0,report_escape/* defuseCommands */.pq)(block.text) }));
    // The output boundary: no line of the document can be a workflow command.
    return assemble((0,report_escape/* defuseCommands */.pq)(head.join('\n\n')), blocks, options.maxBytes);
}
/**
 * The summary when the gate could not evaluate (exit 2): the decision is `error`, never a pass,
 * and the reason is shown as text (it may quote the registry or a path).
 */
function renderErrorMarkdown(reason, options = {}) {
    const lines = [];
    if (options.marker !== undefined)
        lines.push(options.marker, '');
    lines.push(`## ⛔ ${escapeMarkdown(options.title ?? 'AI vendor gate')}: error`, '', 'The gate could not evaluate this commit, so it did not pass:', '', `> ${escapeMarkdown(reason) || 'no reason was given.'}`);
    return defuseCommands(`${lines.join('\n')}\n`);
}
function headline(result, title) {
    const { report } = result;
    const failed = report.decision === 'fail';
    const { errors, warnings, notes } = report.summary;
    const counts = [(0,groups/* plural */.LS)(errors, 'error'), (0,groups/* plural */.LS)(warnings, 'warning'), (0,groups/* plural */.LS)(notes, 'note')];
    const lines = [
        `## ${failed ? '❌' : '✅'} ${(0,report_escape/* escapeMarkdown */.FV)(title)}: ${report.decision}`,
        '',
        `**${counts.join(' · ')}** — fail-on ${report.failOn} · ${report.now} · ` +
            `ai-vendor-gate ${(0,report_escape/* escapeMarkdown */.FV)(report.tool.version)}`,
    ];
    const context = [
        result.repository ? `Repository: ${(0,report_escape/* escapeMarkdown */.FV)(result.repository)}` : '',
        result.organization ? `Organization: ${(0,report_escape/* escapeMarkdown */.FV)(result.organization)}` : '',
    ].filter((part) => part !== '');
    if (context.length > 0)
        lines.push('', context.join(' · '));
    const gaps = (0,groups/* scanGaps */.pu)(report.scan);
    if (gaps !== null)
        lines.push('', `> [!WARNING]\n> ${gaps}`);
    return lines.join('\n');
}
/**
 * The note naming the findings that have no annotation, placed first so a reviewer who came
 * from the annotations sees what they did not show.
 */
function notAnnotatedBlocks(result, notAnnotated, linkBase) {
    const total = result.report.findings.length;
    if (notAnnotated === undefined || total === 0)
        return [];
    if (notAnnotated === null) {
        return [
            {
                text: '> [!NOTE]\n> Annotations are turned off (input `annotations: false`): the findings are listed here only.',
                findings: 0,
                evidence: 0,
            },
        ];
    }
    if (notAnnotated.length === 0)
        return [];
    const listed = (0,groups/* bySeverity */.Np)(notAnnotated)
        .slice(0, NOT_ANNOTATED_LISTED)
        .map((finding) => {
        const vendor = finding.vendor === undefined
            ? ''
            : ` (${(0,report_escape/* escapeMarkdown */.FV)((0,groups/* vendorName */.gR)(result, finding.vendor) ?? finding.vendor)})`;
        const where = finding.location ? ` at ${locationCell(finding, '', linkBase)}` : '';
        return `> - ${SEVERITY[finding.severity]} \`${finding.ruleId}\`${vendor}${where}`;
    });
    const more = notAnnotated.length - listed.length;
    const lines = [
        '> [!NOTE]',
        `> ${(0,groups/* plural */.LS)(notAnnotated.length, 'finding')} of ${total} ${notAnnotated.length === 1 ? 'has' : 'have'} ` +
            'no annotation (GitHub shows at most 10 error, 10 warning and 10 notice annotations per ' +
            'step); every finding is in the tables below:',
        ...listed,
        ...(more > 0 ? [`> - … and ${more} more`] : []),
    ];
    return [{ text: lines.join('\n'), findings: 0, evidence: 0 }];
}
function conditionBlocks(result) {
    return result.vendors.map((vendor, index) => {
        const heading = `#### ${(0,report_escape/* escapeMarkdown */.FV)(vendor.name)} (${(0,report_escape/* escapeMarkdown */.FV)(vendor.vendor)}) · ` +
            (0,report_escape/* escapeMarkdown */.FV)(vendor.status);
        const body = vendor.conditions.length === 0
            ? '_No conditions._'
            : markdown_table(['Condition', 'Owner', 'State'], vendor.conditions.map((condition) => [
                `${(0,report_escape/* escapeMarkdown */.FV)(condition.title)} (${(0,report_escape/* escapeMarkdown */.FV)(condition.id)})`,
                condition.owner ? (0,report_escape/* escapeMarkdown */.FV)(condition.owner) : '—',
                STATE[condition.state],
            ]));
        const text = `${heading}\n\n${body}`;
        return {
            text: index === 0 ? `### Vendor conditions\n\n${text}` : text,
            findings: 0,
            evidence: 0,
        };
    });
}
function findingBlocks(result, linkBase) {
    const { findings } = result.report;
    if (findings.length === 0)
        return [{ text: '### Findings\n\nNo findings.', findings: 0, evidence: 0 }];
    const manifest = result.report.inputs.manifest.path;
    const blocks = [];
    for (const group of (0,groups/* groupFindings */.kG)(result)) {
        const heading = group.vendor === null
            ? '#### General'
            : `#### ${group.name !== undefined ? `${(0,report_escape/* escapeMarkdown */.FV)(group.name)} (${(0,report_escape/* escapeMarkdown */.FV)(group.vendor)})` : (0,report_escape/* escapeMarkdown */.FV)(group.vendor)}`;
        chunks(group.findings).forEach((chunk, index) => {
            const rows = chunk.map((finding) => findingRow(finding, manifest, linkBase));
            const body = markdown_table(['Severity', 'Rule', 'Location', 'Finding'], rows);
            let text = index === 0 ? `${heading}\n\n${body}` : body;
            if (blocks.length === 0)
                text = `### Findings (${findings.length})\n\n${text}`;
            blocks.push({ text, findings: chunk.length, evidence: 0 });
        });
    }
    blocks.push({ text: `### How to fix\n\n${fixList(result)}`, findings: 0, evidence: 0 });
    return blocks;
}
/**
 * One line per rule and fix, naming the vendors it is for: the fix follows each finding's
 * situation (a rejected vendor is not told to declare itself), errors first.
 */
function fixList(result) {
    const entries = new Map();
    for (const group of (0,groups/* groupFindings */.kG)(result)) {
        for (const finding of group.findings) {
            const fix = (0,table/* fixFor */.jc)(finding);
            const key = `${finding.ruleId}\u0000${fix}`;
            const entry = entries.get(key) ?? { ruleId: finding.ruleId, fix, vendors: new Set() };
            if (finding.vendor !== undefined) {
                entry.vendors.add((0,report_escape/* escapeMarkdown */.FV)((0,groups/* vendorName */.gR)(result, finding.vendor) ?? finding.vendor));
            }
            entries.set(key, entry);
        }
    }
    return [...entries.values()]
        .map(({ ruleId, fix, vendors }) => {
        const who = vendors.size > 0 ? ` (${[...vendors].join(', ')})` : '';
        return `- \`${ruleId}\`${who}: ${trustedInline(fix)}`;
    })
        .join('\n');
}
/** Text from the rule table (trusted markdown): kept on one line and inside a table cell. */
function trustedInline(text) {
    return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}
/**
 * `https://github.com/OWNER/NAME/blob/SHA/` from trusted parts only, or null: the server URL
 * must be an http(s) origin, the repository OWNER/NAME, the sha 40 or 64 hex digits.
 */
function blobBase(context) {
    if (!context?.serverUrl || !context.repository || !context.sha)
        return null;
    let origin;
    try {
        const url = new URL(context.serverUrl);
        if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
            return null;
        }
        origin = url.origin;
    }
    catch {
        return null;
    }
    const repository = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(context.repository)
        ? context.repository
        : null;
    if (repository === null || repository.split('/').some((part) => /^\.+$/.test(part)))
        return null;
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(context.sha))
        return null;
    return `${origin}/${repository}/blob/${context.sha.toLowerCase()}/`;
}
/** Each segment percent-encoded, `(`, `)` and friends too, so the URL cannot end a link early. */
function encodePath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** `file:line`, linked to the file at the commit and line when it is a repository path. */
function locationCell(finding, manifest, linkBase) {
    if (!finding.location)
        return (0,report_escape/* escapeMarkdown */.FV)(manifest);
    return fileLine(finding.location.file, finding.location.line, linkBase);
}
function fileLine(file, line, linkBase) {
    const text = `${(0,report_escape/* escapeMarkdown */.FV)(file)}:${line}`;
    const path = linkBase === null ? null : (0,groups/* repoRelativePath */.e9)(file);
    if (path === null)
        return text;
    const anchor = Number.isInteger(line) && line > 0 ? `#L${line}` : '';
    return `[${text}](${linkBase}${encodePath(path)}${anchor})`;
}
function findingRow(finding, manifest, linkBase) {
    const location = locationCell(finding, manifest, linkBase);
    let message = (0,report_escape/* escapeMarkdown */.FV)(finding.message);
    if (finding.waived) {
        const { id, expires, reason, approvedBy } = finding.waived;
        message +=
            ` — _waived by ${(0,report_escape/* escapeMarkdown */.FV)(id)} until ${(0,report_escape/* escapeMarkdown */.FV)(expires)}: ` +
                `${(0,report_escape/* escapeMarkdown */.FV)(reason)} (approved by ${(0,report_escape/* escapeMarkdown */.FV)(approvedBy)})_`;
    }
    return [SEVERITY[finding.severity], `\`${finding.ruleId}\``, location, message];
}
function evidenceBlocks(result, linkBase) {
    const { evidence } = result.report;
    if (evidence.length === 0)
        return [];
    const vendors = (0,groups/* groupEvidence */.Dj)(evidence);
    const items = vendors.flatMap(([, list]) => list);
    return chunks(items).map((chunk, index) => {
        const body = markdown_table(['Vendor', 'Kind', 'Name', 'Location', 'Use'], chunk.map((item) => evidenceRow(item, linkBase)));
        const text = index === 0
            ? `### Evidence (${(0,groups/* plural */.LS)(evidence.length, 'item')}, ${(0,groups/* plural */.LS)(vendors.length, 'vendor')})\n\n${body}`
            : body;
        return { text, findings: 0, evidence: chunk.length };
    });
}
function evidenceRow(item, linkBase) {
    const kind = item.ecosystem ? `${item.kind} (${(0,report_escape/* escapeMarkdown */.FV)(item.ecosystem)})` : item.kind;
    return [
        (0,report_escape/* escapeMarkdown */.FV)(item.vendor),
        kind,
        (0,report_escape/* escapeMarkdown */.FV)(item.name),
        fileLine(item.file, item.line, linkBase),
        (0,groups/* evidenceUse */.$u)(item),
    ];
}
/** A GFM table; every cell is already escaped (no `|`, no line break). */
function markdown_table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function chunks(items) {
    const out = [];
    for (let i = 0; i < items.length; i += ROWS_PER_TABLE)
        out.push(items.slice(i, i + ROWS_PER_TABLE));
    return out;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
function truncationNote(findings, evidence) {
    const what = findings + evidence > 0
        ? `${(0,groups/* plural */.LS)(findings, 'finding')} / ${(0,groups/* plural */.LS)(evidence, 'evidence item')} not shown`
        : 'the rest of this report is not shown';
    return `> … ${what}; see the SARIF / JSON report.`;
}
/**
 * Joins the head and as many whole blocks as fit in `maxBytes`; the first block that does not
 * fit ends the document, followed by a note saying what was left out. The head is always kept.
 */
function assemble(head, blocks, maxBytes) {
    const full = [head, ...blocks.map((block) => block.text)].join('\n\n') + '\n';
    if (maxBytes === undefined || bytes(full) <= maxBytes)
        return full;
    const totalFindings = blocks.reduce((sum, block) => sum + block.findings, 0);
    const totalEvidence = blocks.reduce((sum, block) => sum + block.evidence, 0);
    const reserve = bytes(`\n\n${truncationNote(totalFindings, totalEvidence)}\n`);
    const parts = [head];
    let size = bytes(head);
    let kept = 0;
    for (const block of blocks) {
        const extra = bytes(block.text) + 2;
        if (size + extra + reserve > maxBytes)
            break;
        parts.push(block.text);
        size += extra;
        kept += 1;
    }
    const dropped = blocks.slice(kept);
    const findings = dropped.reduce((sum, block) => sum + block.findings, 0);
    const evidence = dropped.reduce((sum, block) => sum + block.evidence, 0);
    parts.push(truncationNote(findings, evidence));
    return parts.join('\n\n') + '\n';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning, typed with @types/sarif: one rule per rule id from the
// rule table (in RULE_IDS order, so `ruleIndex` is stable), repo-relative locations only,
// fingerprints that survive unrelated edits, at most 25,000 results per run (the most severe),
// and a run that says so when the gate could not evaluate at all.




/** The repository that documents the tool: `informationUri` and the rules' `helpUri`. */
const REPOSITORY_URL = 'https://github.com/ai-vendor-gate/ai-vendor-gate';
const INFORMATION_URI = REPOSITORY_URL;
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
const MAX_SARIF_RESULTS = 25_000;
const SRCROOT = '%SRCROOT%';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note',
};
/** The category the CLI uses when none is given: one per manifest, so several do not collide. */
function defaultCategory(manifestPath) {
    return `ai-vendor-gate/${manifestPath}`;
}
/** `<category>/`: code scanning treats the part before the last `/` as the category. */
function automationDetailsId(category) {
    const text = (0,report_escape/* singleLine */.pF)(category).trim();
    return text.endsWith('/') ? text : `${text}/`;
}
function renderSarif(result, options = {}) {
    const { report } = result;
    const category = options.category ?? options.automationId ?? defaultCategory(report.inputs.manifest.path);
    const ruleIndex = new Map(table/* RULES */.y0.map((rule, index) => [rule.id, index]));
    const occurrences = new Map();
    // Fingerprints over every finding, before the cap, so a kept result's never depends on it.
    const all = report.findings.map((finding) => {
        const { uri, region, note } = placeOf(finding, report);
        const identity = fingerprintBase(finding, uri);
        const occurrence = (occurrences.get(identity) ?? 0) + 1;
        occurrences.set(identity, occurrence);
        return {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
            level: LEVEL[finding.severity],
            message: { text: messageText(finding, report) + note },
            locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region } }],
            partialFingerprints: { primaryLocationLineHash: `${identity}:${occurrence}` },
            ...(finding.waived
                ? {
                    // No `status`: 2.1.0 named it `state`, its errata `status`; absent means accepted
                    // in both, so the file validates against either schema.
                    suppressions: [
                        {
                            kind: 'external',
                            justification: (0,report_escape/* singleLine */.pF)(`${finding.waived.id}: ${finding.waived.reason} (approved by ` +
                                `${finding.waived.approvedBy}, expires ${finding.waived.expires})`),
                        },
                    ],
                }
                : {}),
            ...withProperties({
                vendor: finding.vendor,
                product: finding.product,
                condition: finding.condition,
            }),
        };
    });
    const { kept, omitted } = capResults(report.findings, all);
    const notifications = omitted > 0
        ? [
            {
                level: 'warning',
                descriptor: { id: 'results-omitted' },
                message: {
                    text: `${omitted} of ${all.length} findings are not in this file: a SARIF run holds at ` +
                        `most ${MAX_SARIF_RESULTS} results, and the most severe are kept. The JSON ` +
                        'report (--format json) lists every finding.',
                },
            },
        ]
        : [];
    const run = {
        ...toolOf(report.tool.version),
        automationDetails: { id: automationDetailsId(category) },
        originalUriBaseIds: {
            [SRCROOT]: { description: { text: 'The root of the repository the gate checked.' } },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
            {
                executionSuccessful: true,
                ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
            },
        ],
        results: kept,
        properties: {
            decision: report.decision,
            now: report.now,
            failOn: report.failOn,
            summary: { ...report.summary },
            resultsOmitted: omitted,
        },
    };
    return serialize(run);
}
/**
 * A valid SARIF run for exit 2: no results, an invocation that did not succeed, and the reason
 * as an error notification, so a code-scanning upload shows the gate failed rather than
 * "no problems".
 */
function renderErrorSarif(reason, context = {}) {
    const category = context.category ?? defaultCategory(context.manifestPath ?? '.github/ai-vendors.yml');
    const run = {
        ...toolOf(context.version ?? '0.0.0'),
        automationDetails: { id: automationDetailsId(category) },
        invocations: [
            {
                executionSuccessful: false,
                exitCode: 2,
                exitCodeDescription: 'could not evaluate',
                toolExecutionNotifications: [
                    {
                        level: 'error',
                        descriptor: { id: 'could-not-evaluate' },
                        message: { text: (0,report_escape/* singleLine */.pF)(reason).trim() || 'The gate could not evaluate.' },
                    },
                ],
            },
        ],
        results: [],
        properties: { decision: 'error' },
    };
    return serialize(run);
}
function serialize(run) {
    const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
    return `${(0,report_escape/* safeJson */.oi)(log)}\n`;
}
function toolOf(version) {
    return {
        tool: {
            driver: {
                name: 'ai-vendor-gate',
                version,
                semanticVersion: version,
                informationUri: INFORMATION_URI,
                rules: table/* RULES */.y0.map(ruleDescriptor),
            },
        },
    };
}
/**
 * At most MAX_SARIF_RESULTS results: the most severe (errors, then warnings, then notes, in
 * report order within each), written in report order.
 */
function capResults(findings, results) {
    if (results.length <= MAX_SARIF_RESULTS)
        return { kept: results, omitted: 0 };
    const chosen = findings
        .map((finding, index) => ({ rank: groups/* SEVERITY_RANK */.f3[finding.severity], index }))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .slice(0, MAX_SARIF_RESULTS)
        .map(({ index }) => index)
        .sort((a, b) => a - b);
    return { kept: chosen.map((index) => results[index]), omitted: results.length - chosen.length };
}
function ruleDescriptor(rule) {
    return {
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.shortDescription },
        fullDescription: { text: rule.fullDescription },
        help: { text: rule.help.replace(/`/g, ''), markdown: rule.help },
        helpUri: `${REPOSITORY_URL}/blob/main/${rule.helpPath}`,
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
        properties: {
            tags: [...rule.tags],
            precision: rule.precision,
            'security-severity': rule.securitySeverity,
        },
    };
}
/**
 * Where a result points: the finding's location when it is a repository file, else the
 * manifest at 1:1 (code scanning needs a repo-relative location for every result).
 */
function placeOf(finding, report) {
    const location = finding.location;
    const path = location ? (0,groups/* repoRelativePath */.e9)(location.file) : null;
    if (location && path !== null)
        return { uri: toUri(path), region: regionOf(location), note: '' };
    const note = location
        ? ` (at ${outsideFile(location.file, report)}:${location.line}:${location.column})`
        : '';
    return {
        uri: toUri((0,groups/* repoRelativePath */.e9)(report.inputs.manifest.path) ?? '.github/ai-vendors.yml'),
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
        note,
    };
}
/**
 * A file outside the repository, named without this machine's absolute paths: a `github:`
 * source as it is; an absolute path as the registry source the user gave when that is relative,
 * else by its base name.
 */
function outsideFile(file, report) {
    if (!isAbsolutePath(file))
        return (0,report_escape/* singleLine */.pF)(file);
    const source = report.inputs.registry.source;
    if (!isAbsolutePath(source))
        return (0,report_escape/* singleLine */.pF)(source);
    return (0,report_escape/* singleLine */.pF)(file.split(/[\\/]/).pop() ?? file);
}
function isAbsolutePath(file) {
    return file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(file);
}
/** The message, with any absolute path of a location outside the repository named as above. */
function messageText(finding, report) {
    let text = (0,report_escape/* singleLine */.pF)(finding.message);
    const file = finding.location?.file;
    if (file && isAbsolutePath(file))
        text = text.split(file).join(outsideFile(file, report));
    return text;
}
function regionOf(location) {
    const startLine = Math.max(1, location.line);
    const startColumn = Math.max(1, location.column);
    const endLine = Math.max(startLine, location.endLine);
    const endColumn = endLine === startLine
        ? Math.max(startColumn + 1, location.endColumn)
        : Math.max(1, location.endColumn);
    return { startLine, startColumn, endLine, endColumn };
}
/** Each segment percent-encoded, `/` kept: a valid relative URI reference. */
function toUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/**
 * What a finding is about, without its line or message: rule, vendor, product, condition and
 * file. Findings with the same identity are told apart by their order (`:1`, `:2`, …).
 */
function fingerprintBase(finding, uri) {
    const parts = [finding.ruleId, finding.vendor, finding.product, finding.condition, uri];
    return (0,external_node_crypto_.createHash)('sha256')
        .update(parts.map((part) => part ?? '').join('\u0000'))
        .digest('hex');
}
/** `{ properties }` with the defined values, or nothing when there are none. */
function withProperties(values) {
    const properties = {};
    for (const [key, value] of Object.entries(values))
        if (value !== undefined)
            properties[key] = value;
    return Object.keys(properties).length > 0 ? { properties } : {};
}

;// CONCATENATED MODULE: ./src/report/text.ts


/** Evidence items listed per vendor before "… N more". */
const EVIDENCE_PER_VENDOR = 10;
const ANSI = {
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    cyan: '\u001b[36m',
    green: '\u001b[32m',
};
const RESET = '\u001b[0m';
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', note: 'cyan' };
function renderText(result, options = { color: false }) {
    const paint = (style, text) => options.color && text !== '' ? `${ANSI[style]}${text}${RESET}` : text;
    const { report } = result;
    const lines = [];
    const { errors, warnings, notes } = report.summary;
    const counts = errors + warnings + notes === 0
        ? 'no findings'
        : [(0,groups/* plural */.LS)(errors, 'error'), (0,groups/* plural */.LS)(warnings, 'warning'), (0,groups/* plural */.LS)(notes, 'note')].join(', ');
    const verdict = report.decision === 'fail' ? paint('red', '✖ FAIL') : paint('green', '✔ PASS');
    lines.push(`${paint('bold', verdict)}  ai-vendor-gate: ${counts} ${paint('dim', `(fail-on ${report.failOn}, ${report.now})`)}`);
    const context = [result.repository, result.organization]
        .filter((part) => part !== undefined && part !== '')
        .map(report_escape/* singleLine */.pF);
    if (context.length > 0)
        lines.push(`  ${paint('dim', context.join(' · '))}`);
    const gaps = (0,groups/* scanGaps */.pu)(report.scan);
    if (gaps !== null)
        lines.push(`  ${paint('yellow', gaps)}`);
    const located = (finding) => finding.location
        ? `${(0,report_escape/* singleLine */.pF)(finding.location.file)}:${finding.location.line}:${finding.location.column}`
        : (0,report_escape/* singleLine */.pF)(report.inputs.manifest.path);
    // A loop, not Math.max(...list): a spread of 100,000 findings overflows the call stack.
    const width = { location: 0, severity: 0, rule: 0 };
    for (const finding of report.findings) {
        width.location = Math.max(width.location, located(finding).length);
        width.severity = Math.max(width.severity, finding.severity.length);
        width.rule = Math.max(width.rule, finding.ruleId.length);
    }
    for (const group of (0,groups/* groupFindings */.kG)(result)) {
        lines.push('');
        const title = group.vendor === null
            ? 'General'
            : group.name !== undefined
                ? `${(0,report_escape/* singleLine */.pF)(group.name)} (${(0,report_escape/* singleLine */.pF)(group.vendor)})`
                : (0,report_escape/* singleLine */.pF)(group.vendor);
        lines.push(paint('bold', title));
        for (const finding of group.findings) {
            const waived = finding.waived
                ? ` ${paint('dim', `(waived by ${(0,report_escape/* singleLine */.pF)(finding.waived.id)} until ${(0,report_escape/* singleLine */.pF)(finding.waived.expires)})`)}`
                : '';
            lines.push([
                '  ',
                located(finding).padEnd(width.location),
                '  ',
                paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(width.severity)),
                '  ',
                paint('dim', finding.ruleId.padEnd(width.rule)),
                '  ',
                (0,report_escape/* singleLine */.pF)(finding.message),
                waived,
            ].join(''));
        }
    }
    if (report.evidence.length > 0) {
        lines.push('');
        const vendors = (0,groups/* groupEvidence */.Dj)(report.evidence);
        lines.push(paint('bold', `Evidence: ${(0,groups/* plural */.LS)(report.evidence.length, 'item')} for ${(0,groups/* plural */.LS)(vendors.length, 'vendor')}`));
        for (const [vendor, items] of vendors) {
            const direct = items.filter((item) => item.direct).length;
            lines.push(`  ${(0,report_escape/* singleLine */.pF)(vendor)}: ${(0,groups/* plural */.LS)(items.length, 'item')} (${direct} direct, ${items.length - direct} transitive)`);
            for (const item of items.slice(0, EVIDENCE_PER_VENDOR))
                lines.push(`    ${evidenceLine(item)}`);
            if (items.length > EVIDENCE_PER_VENDOR) {
                lines.push(`    ${paint('dim', `… ${items.length - EVIDENCE_PER_VENDOR} more (see --format json)`)}`);
            }
        }
    }
    // The output boundary: every line, whatever a string above slipped through.
    return (0,report_escape/* defuseCommands */.pq)(`${lines.join('\n')}\n`);
}
function evidenceLine(item) {
    const what = item.ecosystem ? `${item.kind} ${(0,report_escape/* singleLine */.pF)(item.ecosystem)}` : item.kind;
    const column = item.column !== undefined ? `:${item.column}` : '';
    return `${(0,report_escape/* singleLine */.pF)(item.file)}:${item.line}${column}  ${what}  ${(0,report_escape/* singleLine */.pF)(item.name)}  (${(0,groups/* evidenceUse */.$u)(item)})`;
}

// EXTERNAL MODULE: ./src/rules/dates.ts
var dates = __webpack_require__(1426);
// EXTERNAL MODULE: ./src/sources/registry.ts + 1 modules
var sources_registry = __webpack_require__(8838);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/check.ts
// `check`: the gate itself.











const CHECK_HELP = `Usage: ai-vendor-gate check [options]

Evaluates the manifest against the registry and scans the repository for undeclared AI use.

  --manifest PATH           manifest (default: ROOT/.github/ai-vendors.yml)
  --registry SOURCE         registry path, or github:OWNER/REPO/PATH@REF
                            (default: $AI_VENDOR_GATE_REGISTRY)
  --root DIR                repository root (default: current directory)
  --no-scan                 do not scan the repository
  --now YYYY-MM-DD          evaluate as of this UTC day (default: today)
  --fail-on LEVEL           error | warning | never (default: error)
  --format FORMAT           text | json | sarif | markdown | cyclonedx (default: text)
  --output FILE             write the report to FILE instead of standard output
  --sarif-category ID       SARIF analysis category, distinct per upload
                            (default: ai-vendor-gate/MANIFEST-PATH)
  --repository OWNER/NAME   for waivers (default: $GITHUB_REPOSITORY)
  --record FILE             write the gate record (canonical JSON) to FILE
  --history FILE            append the gate record to a hash-chained history
  --debug                   print stack traces of internal errors

Exit codes: 0 pass, 1 fail, 2 could not evaluate.
`;
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
/** Formats `render` writes, and the AI-BOM, which also reads the manifest's declared uses. */
const ALL_FORMATS = [...FORMATS, 'cyclonedx'];
/** The report in one of the `--format`s; each renderer writes through the output boundary. */
function render(result, format, options) {
    switch (format) {
        case 'json':
            return (0,json/* renderJson */.hF)(result);
        case 'sarif':
            return renderSarif(result, { category: options.sarifCategory });
        case 'markdown':
            return renderMarkdown(result);
        case 'text':
            return renderText(result, { color: options.color });
    }
}
async function writeReport(io, output, text) {
    if (output === undefined) {
        io.stdout(text);
        return;
    }
    try {
        await (0,no_follow/* writeOwnFile */.O)(external_node_path_default().resolve(io.cwd, output), text);
    }
    catch {
        throw new errors/* GateError */.u(`The report could not be written to ${output}.`);
    }
}
const checkCommand = async (argv, io) => {
    const { values, positionals } = (0,options/* parse */.qg)(argv, {
        manifest: { type: 'string' },
        registry: { type: 'string' },
        root: { type: 'string' },
        'no-scan': { type: 'boolean' },
        now: { type: 'string' },
        'fail-on': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'sarif-category': { type: 'string' },
        repository: { type: 'string' },
        record: { type: 'string' },
        history: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'check');
    if (values.help) {
        io.stdout(CHECK_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new errors/* GateError */.u(`check takes no arguments, got "${positionals[0]}".`);
    const format = (0,options/* oneOf */.yL)(values.format, ALL_FORMATS, '--format', 'text');
    const root = external_node_path_default().resolve(io.cwd, values.root ?? '.');
    const manifestPath = values.manifest
        ? external_node_path_default().resolve(io.cwd, values.manifest)
        : external_node_path_default().join(root, '.github', 'ai-vendors.yml');
    const sarifCategory = values['sarif-category'];
    let evaluated;
    try {
        const failOn = (0,options/* oneOf */.yL)(values['fail-on'], options/* FAIL_ON */.d$, '--fail-on', 'error');
        const now = (0,options/* parseNow */.A7)(values.now, (0,dates/* todayUtc */.O2)());
        const { result, registry } = await evaluateCheck(values, io, {
            root,
            manifestPath,
            now,
            failOn,
        });
        evaluated = { result, registry, now };
    }
    catch (error) {
        // Exit 2 still leaves a SARIF that says so, where a SARIF was asked for; the reason goes
        // to stderr as for every format.
        if (format === 'sarif') {
            const reason = error instanceof errors/* GateError */.u ? error.message : 'Internal error: the gate could not evaluate.';
            const sarif = renderErrorSarif(reason, {
                category: sarifCategory ?? defaultCategory((0,gate/* displayPath */.Gt)(root, manifestPath)),
                version: gate/* TOOL */.js.version,
            });
            await writeReport(io, values.output, sarif).catch(() => undefined);
        }
        throw error;
    }
    const { result, registry, now } = evaluated;
    const output = format === 'cyclonedx'
        ? await (await __webpack_require__.e(/* import() */ 144).then(__webpack_require__.bind(__webpack_require__, 4144))).checkBom(result, manifestPath, values.now && now)
        : render(result, format, {
            // Asked only for text: asking creates Node's stdout stream (see cli/io.ts).
            color: format === 'text' && !values.output && io.color,
            sarifCategory,
        });
    await writeReport(io, values.output, output);
    if (values.record || values.history) {
        // The history code (canonical JSON, the chain) loads only for runs that keep a record.
        const { writeRecord } = await Promise.all(/* import() */[__webpack_require__.e(4), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 4575));
        await writeRecord(result, io, {
            record: values.record && external_node_path_default().resolve(io.cwd, values.record),
            history: values.history && external_node_path_default().resolve(io.cwd, values.history),
            registry,
        });
    }
    return result.report.decision === 'pass' ? 0 : 1;
};
/** Reads the registry and runs the engine: everything that can make `check` exit 2. */
async function evaluateCheck(values, io, inputs) {
    const source = values.registry ?? io.env.AI_VENDOR_GATE_REGISTRY;
    if (!source) {
        throw new errors/* GateError */.u('No registry given: pass --registry PATH or --registry github:OWNER/REPO/PATH@REF.');
    }
    const registry = await (0,sources_registry/* readRegistrySource */.r0)(source, {
        root: inputs.root,
        cwd: io.cwd,
        api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
        displayPath: gate/* displayPath */.Gt,
    });
    const repository = values.repository ?? (io.env.GITHUB_REPOSITORY || undefined);
    if (repository !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
        throw new errors/* GateError */.u(`--repository must be OWNER/NAME, not "${repository}".`);
    }
    const result = await (0,gate/* runGate */.Rg)({
        root: inputs.root,
        manifestPath: inputs.manifestPath,
        registry,
        scan: !values['no-scan'],
        now: inputs.now,
        failOn: inputs.failOn,
        repository,
        // What this run writes is never evidence for this or a later run.
        outputFiles: [values.output, values.record, values.history]
            .filter((file) => typeof file === 'string' && file !== '')
            .map((file) => external_node_path_default().resolve(io.cwd, file)),
    });
    return { result, registry };
}


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