"use strict";
exports.id = 689;
exports.ids = [689];
exports.modules = {

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


/***/ }),

/***/ 5689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderOrgMarkdown: () => (/* binding */ renderOrgMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _org_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(901);


/** Rows shown per table; the rest is counted (a job summary is capped at 1 MiB). */
const ROWS = 200;
const cut = (total, what) => total > ROWS ? [`\n_${total - ROWS} more ${what} not shown; see the HTML report._`] : [];
function renderOrgMarkdown(inventory) {
    const view = (0,_org_view_js__WEBPACK_IMPORTED_MODULE_1__/* .orgView */ .cN)(inventory);
    const { totals } = view;
    const out = [
        `## AI vendor inventory: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(view.organization)}`,
        '',
        `As of ${view.now}: **${totals.repositories}** repositories, **${totals.pass}** pass, **${totals.fail}** fail, **${totals.error}** could not be evaluated, **${totals.noManifest}** without a manifest.`,
        '',
        `Registry \`${view.registry.sha256.slice(0, 12)}\` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(view.registry.source)}).`,
        '',
        '### Vendors by number of repositories',
        '',
    ];
    if (view.vendors.length === 0)
        out.push('_No AI vendor is declared or found._');
    else {
        out.push('| Vendor | Registry status | Repositories | Undeclared in | Highest classification |');
        out.push('| --- | --- | ---: | ---: | --- |');
        for (const v of view.vendors.slice(0, ROWS)) {
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(v.name)} (\`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(v.vendor)}\`) | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(v.status)} | ${v.repositories} | ${v.undeclared} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(v.highestClassification ?? '—')} |`);
        }
        out.push(...cut(view.vendors.length, 'vendors'));
    }
    out.push('', '### Failing repositories', '');
    if (view.failing.length === 0)
        out.push('_None._');
    else {
        out.push('| Repository | Decision | Why |', '| --- | --- | --- |');
        for (const f of view.failing.slice(0, ROWS)) {
            const why = f.reasons.map((r) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.ruleId)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.message)}`).join('<br>');
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(f.repository)} | ${f.decision} | ${why}${f.more ? `<br>and ${f.more} more` : ''} |`);
        }
        out.push(...cut(view.failing.length, 'repositories'));
    }
    out.push('', '### Repositories without a manifest', '');
    if (view.noManifest.length === 0)
        out.push('_None._');
    else {
        out.push('| Repository | Vendors found |', '| --- | --- |');
        for (const r of view.noManifest.slice(0, ROWS)) {
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.repository)} | ${r.vendors.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV).join(', ') || '—'} |`);
        }
        out.push(...cut(view.noManifest.length, 'repositories'));
    }
    out.push('', `### Falling due in the next ${_org_view_js__WEBPACK_IMPORTED_MODULE_1__/* .DUE_WINDOW_DAYS */ .kH} days`, '');
    if (!view.calendarKnown)
        out.push('_The inventory does not carry its registry._');
    else if (view.due.length === 0)
        out.push('_Nothing falls due._');
    else {
        out.push('| Due | When | What | Owner |', '| --- | --- | --- | --- |');
        for (const d of view.due.slice(0, ROWS)) {
            out.push(`| ${d.due} | ${(0,_org_view_js__WEBPACK_IMPORTED_MODULE_1__/* .dueWhen */ .N_)(d)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.title)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.owner)} |`);
        }
        out.push(...cut(view.due.length, 'items'));
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ dueWhen),
/* harmony export */   cN: () => (/* binding */ orgView),
/* harmony export */   kH: () => (/* binding */ DUE_WINDOW_DAYS)
/* harmony export */ });
/* harmony import */ var _governance_due_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8434);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
// The organization page's view model, shared by its HTML and markdown renderers: what the
// inventory says about the organization, computed once, in a fixed order.


const DUE_WINDOW_DAYS = 90;
const REASONS_SHOWN = 5;
function highest(a, b) {
    if (a === null)
        return b;
    const rank = (c) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASSIFICATION_RANK */ .gL[c] ?? -1;
    return rank(b) > rank(a) ? b : a;
}
function cellsOf(repo) {
    const cells = new Map();
    for (const vendor of repo.vendors)
        cells.set(vendor, { classification: null, declared: false });
    for (const use of repo.declared ?? []) {
        for (const vendor of use.via ? [use.vendor, use.via] : [use.vendor]) {
            const cell = cells.get(vendor) ?? { classification: null, declared: false };
            cells.set(vendor, {
                classification: highest(cell.classification, use.dataClassification),
                declared: true,
            });
        }
    }
    return cells;
}
const bySeverity = (a, b) => {
    const rank = { error: 0, warning: 1, note: 2 };
    return rank[a.severity] - rank[b.severity];
};
function orgView(inventory) {
    const registry = inventory.registryDocument;
    const repos = inventory.repositories;
    const usage = new Map();
    const grid = [];
    const perRepo = repos.map((repo) => ({ repo, cells: cellsOf(repo) }));
    for (const { cells } of perRepo) {
        for (const [vendor, cell] of cells) {
            const known = registry?.vendors[vendor];
            const use = usage.get(vendor) ?? {
                vendor,
                name: known?.name ?? vendor,
                status: known?.status ?? 'not in the registry',
                repositories: 0,
                undeclared: 0,
                highestClassification: null,
            };
            use.repositories++;
            if (!cell.declared)
                use.undeclared++;
            if (cell.classification !== null) {
                use.highestClassification = highest(use.highestClassification, cell.classification);
            }
            usage.set(vendor, use);
        }
    }
    const vendors = [...usage.values()].sort((a, b) => b.repositories - a.repositories || (a.vendor < b.vendor ? -1 : 1));
    const columns = vendors.map((v) => v.vendor);
    for (const { repo, cells } of perRepo) {
        if (cells.size === 0)
            continue;
        grid.push({
            repository: repo.repository,
            decision: repo.decision,
            cells: columns.map((vendor) => cells.get(vendor) ?? null),
        });
    }
    const failing = [];
    for (const repo of repos) {
        if (repo.decision === 'pass')
            continue;
        if (repo.decision === 'error') {
            failing.push({
                repository: repo.repository,
                decision: 'error',
                reasons: [
                    { ruleId: 'error', message: repo.reason ?? 'The repository could not be evaluated.' },
                ],
                more: 0,
            });
            continue;
        }
        const deciding = [...repo.findings]
            .filter((f) => f.severity === 'error' || f.severity === 'warning')
            .sort(bySeverity);
        failing.push({
            repository: repo.repository,
            decision: 'fail',
            reasons: deciding
                .slice(0, REASONS_SHOWN)
                .map((f) => ({ ruleId: f.ruleId, message: f.message })),
            more: Math.max(0, deciding.length - REASONS_SHOWN),
        });
    }
    const count = (decision) => repos.filter((r) => r.decision === decision).length;
    const noManifest = repos
        .filter((r) => !r.manifest && r.decision !== 'error')
        .map((r) => ({ repository: r.repository, vendors: r.vendors }));
    return {
        organization: inventory.organization,
        now: inventory.now,
        registry: inventory.registry,
        totals: {
            repositories: repos.length,
            pass: count('pass'),
            fail: count('fail'),
            error: count('error'),
            noManifest: noManifest.length,
        },
        vendors,
        grid,
        failing,
        noManifest,
        due: registry ? (0,_governance_due_js__WEBPACK_IMPORTED_MODULE_0__/* .fallingDue */ .e)(registry, inventory.now, DUE_WINDOW_DAYS) : [],
        calendarKnown: registry !== undefined,
    };
}
function dueWhen(item) {
    if (item.daysLeft < 0)
        return `overdue by ${-item.daysLeft} day${item.daysLeft === -1 ? '' : 's'}`;
    if (item.daysLeft === 0)
        return 'due today';
    return `in ${item.daysLeft} day${item.daysLeft === 1 ? '' : 's'}`;
}


/***/ })

};
;