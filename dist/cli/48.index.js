"use strict";
exports.id = 48;
exports.ids = [48];
exports.modules = {

/***/ 4048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REMIND_HELP: () => (/* binding */ REMIND_HELP),
  remindCommand: () => (/* binding */ remindCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate.ts + 12 modules
var gate = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/authorship.ts
/**
 * Written by a bot (the workflow's `github-actions[bot]`, or the GitHub App whose token the
 * workflow passes) or by the user whose token this is (`self`, see `tokenLogin`).
 */
function writtenByGate(user, self) {
    if (!user)
        return false;
    return user.type === 'Bot' || (self !== null && user.login === self);
}
/**
 * The marked items the gate wrote. `login` (the token's login) is asked only when one of them
 * is not a bot's: an App or workflow token has no login to ask for.
 */
async function writtenByGateOnly(items, login) {
    const self = items.some((item) => item.user?.type !== 'Bot') ? await login() : null;
    return items.filter((item) => writtenByGate(item.user, self));
}
/** The login the token acts as, when it is a user's token (an App or workflow token has none). */
async function tokenLogin(client) {
    try {
        const response = await client.request('GET /user');
        return typeof response.data.login === 'string' ? response.data.login : null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/governance/due.ts
var governance_due = __webpack_require__(8434);
;// CONCATENATED MODULE: ./src/governance/remind.ts
// `remind`: one issue per review, attestation, certification or waiver falling due, in the
// governance repository. An issue is found again by a hidden marker in its body, so it is
// updated in place (and reopened) rather than duplicated, and closed once the registry no longer
// has it falling due. Two runs at once may both create an issue for the same item: after
// creating, the run lists again and keeps only the lowest-numbered issue per item, closing the
// others; whichever run sees both closes the same one, so one issue remains.
//
// Titles and bodies are built from registry text: they pass the markdown boundary (no mention,
// no link, no HTML), and the marker's key is percent-encoded so it cannot close the comment.



const MARKER = /<!-- ai-vendor-gate:remind:([A-Za-z0-9._:%-]{1,300}) -->/;
const TITLE_MAX = 200;
const markerOf = (key) => `<!-- ai-vendor-gate:remind:${encodeURIComponent(key).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)} -->`;
function issueTitle(item) {
    const kind = item.kind === 'review' ? 'Vendor review' : item.kind[0].toUpperCase() + item.kind.slice(1);
    const text = (0,report_escape/* singleLine */.pF)(`${kind} due ${item.due}: ${item.title} (owner: ${item.owner})`).trim();
    return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text;
}
function issueBody(item, registrySource) {
    const rows = [
        ['What', (0,report_escape/* escapeMarkdown */.FV)(item.title)],
        ['Kind', item.kind],
        ['Due', item.due],
        ['Owner', (0,report_escape/* escapeMarkdown */.FV)(item.owner)],
    ];
    if (item.vendor)
        rows.push([
            'Vendor',
            `${(0,report_escape/* escapeMarkdown */.FV)(item.vendorName ?? item.vendor)} (\`${(0,report_escape/* escapeMarkdown */.FV)(item.vendor)}\`)`,
        ]);
    if (item.id)
        rows.push(['Id', (0,report_escape/* escapeMarkdown */.FV)(item.id)]);
    rows.push(['Registry', (0,report_escape/* escapeMarkdown */.FV)(registrySource)]);
    const action = item.kind === 'review'
        ? 'Review the vendor again and update `review.date` in the registry.'
        : item.kind === 'attestation'
            ? 'Renew the attestation and update its `expires` in the registry.'
            : item.kind === 'certification'
                ? "Verify the vendor's renewed certification and update its `expires` in the registry."
                : 'Renew the waiver with a new `expires`, or remove it once the finding is fixed.';
    return [
        markerOf(item.key),
        `**${(0,report_escape/* escapeMarkdown */.FV)(item.title)}** falls due on **${item.due}**.`,
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        '',
        action,
        '',
        '_Opened and kept up to date by ai-vendor-gate remind; it closes this issue when the registry no longer has the item falling due._',
        '',
    ].join('\n');
}
/** What to do, given the issues that carry a marker and what falls due. Pure. */
function planReminders(due, existing, registrySource) {
    const byKey = new Map();
    // The canonical issue of an item: its lowest-numbered open issue, else its lowest closed one.
    // Every run that sees the same issues picks the same one.
    const order = (a, b) => (a.state === 'open' ? 0 : 1) - (b.state === 'open' ? 0 : 1) || a.number - b.number;
    for (const issue of [...existing].sort(order)) {
        const list = byKey.get(issue.key) ?? [];
        list.push(issue);
        byKey.set(issue.key, list);
    }
    const actions = [];
    const dueKeys = new Set(due.map((d) => d.key));
    for (const item of due) {
        const title = issueTitle(item);
        const body = issueBody(item, registrySource);
        const [canonical] = byKey.get(item.key) ?? [];
        if (!canonical)
            actions.push({ op: 'create', key: item.key, title, body });
        else if (canonical.state === 'closed' || canonical.title !== title || canonical.body !== body) {
            actions.push({
                op: 'update',
                key: item.key,
                number: canonical.number,
                title,
                body,
                reopen: canonical.state === 'closed',
            });
        }
        else
            actions.push({ op: 'keep', key: item.key, number: canonical.number });
    }
    for (const [key, issues] of byKey) {
        const [canonical, ...duplicates] = issues;
        for (const dup of duplicates) {
            if (dup.state === 'open')
                actions.push({ op: 'close', key, number: dup.number, why: 'duplicate' });
        }
        if (!dueKeys.has(key) && canonical.state === 'open') {
            actions.push({ op: 'close', key, number: canonical.number, why: 'no-longer-due' });
        }
    }
    return actions;
}
/**
 * The issues the gate opened: those carrying a marker and written by the gate (a bot, or the
 * token's own user). An issue someone else opened with a pasted marker is left alone: adopting it
 * would let its author pick which issue the gate updates and which it closes as a duplicate.
 */
async function listMarked(options, login) {
    const issues = await options.client.paginate('GET /repos/{owner}/{repo}/issues', {
        owner: options.owner,
        repo: options.repo,
        state: 'all',
        per_page: 100,
    });
    const marked = issues.filter((issue) => !issue.pull_request && MARKER.test(issue.body ?? ''));
    const out = [];
    for (const issue of await writtenByGateOnly(marked, login)) {
        const match = MARKER.exec(issue.body ?? '');
        if (!match)
            continue;
        let key;
        try {
            key = decodeURIComponent(match[1]);
        }
        catch {
            continue;
        }
        out.push({
            number: issue.number,
            title: issue.title,
            body: issue.body ?? '',
            state: issue.state === 'closed' ? 'closed' : 'open',
            key,
        });
    }
    return out;
}
async function remind(options) {
    const due = (0,governance_due/* fallingDue */.e)(options.registry, options.now, options.withinDays);
    // The token's login is asked at most once a run, however often the issues are listed.
    let self;
    const login = () => (self ??= tokenLogin(options.client));
    const existing = await listMarked(options, login);
    const actions = planReminders(due, existing, options.registrySource);
    if (options.dryRun)
        return { due, actions };
    const { client, owner, repo } = options;
    const done = [];
    let created = false;
    for (const action of actions) {
        switch (action.op) {
            case 'create': {
                const response = await client.request('POST /repos/{owner}/{repo}/issues', {
                    owner,
                    repo,
                    title: action.title,
                    body: action.body,
                });
                created = true;
                done.push({ ...action, number: response.data.number });
                break;
            }
            case 'update':
                await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                    owner,
                    repo,
                    issue_number: action.number,
                    title: action.title,
                    body: action.body,
                    ...(action.reopen ? { state: 'open' } : {}),
                });
                done.push(action);
                break;
            case 'close':
                await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                    owner,
                    repo,
                    issue_number: action.number,
                    state: 'closed',
                    state_reason: action.why === 'duplicate' ? 'not_planned' : 'completed',
                });
                done.push(action);
                break;
            case 'keep':
                done.push(action);
                break;
        }
    }
    if (created) {
        // A concurrent run may have created the same items: keep the lowest number per item.
        const again = await listMarked(options, login);
        const dueKeys = new Set(due.map((d) => d.key));
        const cleanup = planReminders(due, again, options.registrySource).filter((a) => a.op === 'close' && a.why === 'duplicate' && dueKeys.has(a.key));
        for (const action of cleanup) {
            await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                owner,
                repo,
                issue_number: action.number,
                state: 'closed',
                state_reason: 'not_planned',
            });
            done.push(action);
        }
    }
    return { due, actions: done };
}

// EXTERNAL MODULE: ./src/org/sweep.ts + 1 modules
var sweep = __webpack_require__(9661);
// EXTERNAL MODULE: ./src/rules/dates.ts
var dates = __webpack_require__(1426);
// EXTERNAL MODULE: ./src/sources/registry.ts + 1 modules
var sources_registry = __webpack_require__(8838);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/remind.ts
// `remind --registry SOURCE --repository OWNER/NAME [--within DAYS] [--now] [--dry-run]`.









const REMIND_HELP = `Usage: ai-vendor-gate remind --registry SOURCE --repository OWNER/NAME [options]

Opens one issue in OWNER/NAME per review, attestation, certification or waiver of the registry
falling due within DAYS (overdue ones included), naming the owner the registry gives; updates
it in place on later runs (found again by a hidden marker), and closes it once the registry no
longer has the item falling due.

  --within DAYS       how far ahead to look (default: 30)
  --now YYYY-MM-DD    as of this UTC day (default: today)
  --dry-run           print what it would do; change nothing

The GitHub API is GITHUB_API_URL, the token GITHUB_TOKEN (issues: write).
Exit codes: 0 done, 2 could not run.
`;
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
function describe(action, dryRun) {
    const verb = (done, would) => (dryRun ? would : done);
    switch (action.op) {
        case 'create':
            return `${verb('opened', 'would open')}${action.number ? ` #${action.number}` : ''}: ${action.title}`;
        case 'update':
            return `${action.reopen ? verb('reopened', 'would reopen') : verb('updated', 'would update')} #${action.number}: ${action.title}`;
        case 'close':
            return `${verb('closed', 'would close')} #${action.number} (${action.why === 'duplicate' ? 'a duplicate' : 'no longer falling due'}): ${action.key}`;
        case 'keep':
            return `unchanged #${action.number}: ${action.key}`;
    }
}
const remindCommand = async (argv, io) => {
    const { values, positionals } = (0,options/* parse */.qg)(argv, {
        registry: { type: 'string' },
        repository: { type: 'string' },
        within: { type: 'string' },
        now: { type: 'string' },
        'dry-run': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'remind');
    if (values.help) {
        io.stdout(REMIND_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new errors/* GateError */.u(`remind takes no arguments, got "${positionals[0]}".`);
    const target = REPOSITORY.exec(values.repository ?? '');
    if (!target) {
        throw new errors/* GateError */.u(`--repository OWNER/NAME is required${values.repository ? `, not "${values.repository}"` : ''}.`);
    }
    const within = values.within === undefined ? 30 : Number(values.within);
    if (!/^\d{1,4}$/.test(values.within ?? '30') || within > 3650) {
        throw new errors/* GateError */.u(`--within must be a whole number of days from 0 to 3650, not "${values.within}".`);
    }
    const now = (0,options/* parseNow */.A7)(values.now, (0,dates/* todayUtc */.O2)());
    if (!values.registry)
        throw new errors/* GateError */.u('No registry given: pass --registry PATH or github:OWNER/REPO/PATH@REF.');
    const fetched = await (0,sources_registry/* readRegistrySource */.r0)(values.registry, {
        root: io.cwd,
        cwd: io.cwd,
        api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
        displayPath: gate/* displayPath */.Gt,
    });
    const registry = (await (0,gate/* readRegistry */._5)({ source: fetched.source, file: fetched.file, bytes: fetched.bytes })).data;
    const client = (0,github_client.createGitHubClient)({
        apiUrl: io.env.GITHUB_API_URL,
        token: io.env.GITHUB_TOKEN,
        onWait: (message) => io.stderr(`ai-vendor-gate: ${(0,report_escape/* singleLine */.pF)(message)}\n`),
    });
    const dryRun = values['dry-run'] === true;
    let outcome;
    try {
        outcome = await remind({
            client,
            owner: target[1],
            repo: target[2],
            registry,
            registrySource: fetched.source,
            now,
            withinDays: within,
            dryRun,
        });
    }
    catch (error) {
        throw new errors/* GateError */.u(`The reminders in ${target[0]} could not be updated: ${(0,sweep/* describeError */.Uc)(error)}.`);
    }
    io.stdout(`${outcome.due.length} item${outcome.due.length === 1 ? '' : 's'} of the registry fall${outcome.due.length === 1 ? 's' : ''} due by ${now} + ${within} days${dryRun ? ' (dry run: nothing changed)' : ''}.\n`);
    for (const action of outcome.actions)
        io.stdout(`  ${(0,report_escape/* singleLine */.pF)(describe(action, dryRun))}\n`);
    return 0;
};


/***/ }),

/***/ 8434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ fallingDue)
/* harmony export */ });
/* unused harmony export registryCalendar */
/* harmony import */ var _rules_dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1426);
/* harmony import */ var _rules_review_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6415);


const byDueThenKey = (a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
/** Everything in the registry with a due date, overdue or not, sorted by date then key. */
function registryCalendar(registry, now) {
    const today = (0,_rules_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(now);
    const items = [];
    const push = (item) => items.push({ ...item, daysLeft: (0,_rules_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(item.due) - today });
    for (const [vendorId, vendor] of Object.entries(registry.vendors)) {
        const cadenceCondition = vendor.conditions?.find((c) => c.check === 'review-cadence');
        const reviewOwner = cadenceCondition?.owner ?? vendor.review?.reviewer ?? 'Security';
        const reviewDate = vendor.review?.date;
        if (reviewDate) {
            const cadence = vendor.review?.cadenceDays ?? registry.defaults?.reviewCadenceDays ?? _rules_review_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CADENCE_DAYS */ .__;
            let due = (0,_rules_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addDays */ .fi)(reviewDate, cadence);
            let title = `Review of ${vendor.name} (last reviewed ${reviewDate})`;
            // A significant change after the review makes a re-review due on the change's day.
            const change = (vendor.changes ?? [])
                .filter((c) => c.significant !== false && c.date > reviewDate)
                .map((c) => c.date)
                .sort()[0];
            if (change !== undefined && change < due) {
                due = change;
                title = `Re-review of ${vendor.name} after a significant change on ${change}`;
            }
            push({
                key: `review:${vendorId}`,
                kind: 'review',
                vendor: vendorId,
                vendorName: vendor.name,
                title,
                due,
                owner: reviewOwner,
            });
        }
        for (const [id, attestation] of Object.entries(vendor.attestations ?? {})) {
            if (!attestation.expires)
                continue;
            const condition = vendor.conditions?.find((c) => c.id === id);
            push({
                key: `attestation:${vendorId}:${id}`,
                kind: 'attestation',
                vendor: vendorId,
                vendorName: vendor.name,
                id,
                title: `Attestation "${condition?.title ?? id}" for ${vendor.name} expires`,
                due: attestation.expires,
                owner: condition?.owner ?? attestation.by,
            });
        }
        for (const certification of vendor.profile?.certifications ?? []) {
            if (certification.status !== 'verified' || !certification.expires)
                continue;
            push({
                key: `certification:${vendorId}:${certification.name}`,
                kind: 'certification',
                vendor: vendorId,
                vendorName: vendor.name,
                id: certification.name,
                title: `Certification ${certification.name} of ${vendor.name} expires`,
                due: certification.expires,
                owner: reviewOwner,
            });
        }
    }
    for (const waiver of registry.waivers ?? []) {
        push({
            key: `waiver:${waiver.id}`,
            kind: 'waiver',
            vendor: waiver.vendor,
            vendorName: waiver.vendor ? registry.vendors[waiver.vendor]?.name : undefined,
            id: waiver.id,
            title: `Waiver ${waiver.id} of ${waiver.rule}${waiver.vendor ? ` for ${waiver.vendor}` : ''} expires`,
            due: waiver.expires,
            owner: waiver.approvedBy,
        });
    }
    return items.sort(byDueThenKey);
}
/** What falls due on or before `now + withinDays` (overdue items included). */
function fallingDue(registry, now, withinDays) {
    return registryCalendar(registry, now).filter((item) => item.daysLeft <= withinDays);
}


/***/ })

};
;