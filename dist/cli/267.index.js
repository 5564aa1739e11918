"use strict";
exports.id = 267;
exports.ids = [267,134];
exports.modules = {

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  js: () => (/* reexport */ tool.TOOL),
  Gt: () => (/* binding */ displayPath),
  _5: () => (/* binding */ readRegistry),
  Rg: () => (/* binding */ runGate),
  sc: () => (/* binding */ sha256)
});

// UNUSED EXPORTS: gateOwnFiles, insideRoot

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/detect/index.ts + 6 modules
var detect = __webpack_require__(3874);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/load/documents.ts + 2 modules
var documents = __webpack_require__(4594);
// EXTERNAL MODULE: ./src/detect/evidence.ts
var detect_evidence = __webpack_require__(6742);
;// CONCATENATED MODULE: ./src/rules/decision.ts
// Evidence has one order, defined beside the scan that produces it.

const RANK = { note: 0, warning: 1, error: 2 };
/** Code-unit order: never locale-dependent. */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function compareFindings(a, b) {
    return (cmp(a.location?.file ?? '', b.location?.file ?? '') ||
        cmp(a.location?.line ?? 0, b.location?.line ?? 0) ||
        cmp(a.location?.column ?? 0, b.location?.column ?? 0) ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.vendor ?? '', b.vendor ?? '') ||
        cmp(a.condition ?? '', b.condition ?? '') ||
        cmp(a.message, b.message));
}
function decide(findings, failOn) {
    if (failOn === 'never')
        return 'pass';
    return findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 'fail' : 'pass';
}

// EXTERNAL MODULE: ./src/rules/context.ts
var context = __webpack_require__(7184);
;// CONCATENATED MODULE: ./src/rules/conditions.ts

function conditionApplies(ctx, condition, use) {
    const scope = condition.appliesTo;
    if (!scope)
        return true;
    if (scope.products && !(use.product !== undefined && scope.products.includes(use.product))) {
        return false;
    }
    if (scope.requirements) {
        const listed = ctx.manifest.data.requirements ?? [];
        if (!scope.requirements.some((requirement) => listed.includes(requirement)))
            return false;
    }
    return true;
}
/** The state of each attestation condition across all uses of the vendor. */
function attestationOutcomes(ctx, vendor, uses) {
    return (vendor.conditions ?? [])
        .filter((condition) => condition.evidence === 'attestation')
        .map((condition) => {
        const use = uses.find((candidate) => conditionApplies(ctx, condition, candidate));
        if (!use)
            return { condition, state: 'not applicable' };
        const attestation = (0,context/* own */.ZV)(vendor.attestations, condition.id);
        if (!attestation)
            return { condition, state: 'unmet', use };
        if (attestation.expires && (0,context/* isPast */.R6)(attestation.expires, ctx)) {
            return { condition, state: 'expired', use };
        }
        return { condition, state: 'met', use };
    });
}
function whatToDo(condition) {
    const owner = condition.owner ?? 'Security';
    const task = condition.description
        ? condition.description.replace(/\s+$/, '').replace(/\.$/, '')
        : `${owner} must meet it`;
    const lead = condition.description && condition.owner && !task.startsWith(condition.owner)
        ? `${owner}: ${task}`
        : task;
    return `${lead}, then record attestations.${condition.id} in the registry.`;
}
function conditionFindings(ctx, vendorId, vendor, outcomes) {
    const findings = [];
    for (const { condition, state, use } of outcomes) {
        if (!use || (state !== 'unmet' && state !== 'expired'))
            continue;
        const fields = { vendor: vendorId, condition: condition.id, location: use.location };
        if (state === 'unmet') {
            findings.push((0,context/* makeFinding */.MH)('condition-unmet', `${vendor.name} condition "${condition.title}" (${condition.id}) is not met: ${whatToDo(condition)}`, fields));
        }
        else {
            const attestation = (0,context/* own */.ZV)(vendor.attestations, condition.id);
            findings.push((0,context/* makeFinding */.MH)('condition-expired', `${vendor.name} condition "${condition.title}" (${condition.id}) lapsed: its attestation expired on ${attestation?.expires}. ${condition.owner ?? 'Security'} must renew it and update attestations.${condition.id} in the registry.`, fields));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/rules/accounts.ts


function personalAccountFindings(ctx, use, vendor) {
    if (use.entry.accounts !== 'personal')
        return [];
    const location = (0,context/* entryLocation */.Mb)(ctx, use, 'accounts');
    const condition = vendor?.conditions?.find((c) => c.check === 'personal-accounts' &&
        conditionApplies(ctx, c, { product: use.entry.product, location }));
    const owner = condition?.owner ? ` (${condition.owner} enforces "${condition.title}")` : '';
    const name = vendor?.name ?? use.entry.vendor;
    return [
        (0,context/* makeFinding */.MH)('personal-account', `This use of ${name} declares personal accounts, which carry no DPA protection and are not allowed for work${owner}: move it to the organization's account and set accounts: organization.`, { vendor: use.entry.vendor, product: use.entry.product, condition: condition?.id, location }),
    ];
}

;// CONCATENATED MODULE: ./src/rules/cap.ts

const FINDING_LIMITS = { perRulePerFile: 50, total: 1000 };
const cap_RANK = { note: 0, warning: 1, error: 2 };
/** `findings` must already be in report order: the first of each kind are the ones kept. */
function capFindings(findings, limits = FINDING_LIMITS) {
    if (findings.length <= limits.total && findings.length <= limits.perRulePerFile)
        return findings;
    const kept = [];
    const perFile = new Map();
    const buckets = new Map();
    const order = [];
    const elide = (key, finding, overall) => {
        let bucket = buckets.get(key);
        if (!bucket) {
            bucket = { first: finding, count: 0, severity: 'note', files: new Set(), overall };
            buckets.set(key, bucket);
            order.push(bucket);
        }
        bucket.count += finding.count ?? 1;
        if (cap_RANK[finding.severity] > cap_RANK[bucket.severity])
            bucket.severity = finding.severity;
        bucket.files.add(finding.location?.file ?? '');
    };
    for (const finding of findings) {
        const file = finding.location?.file ?? '';
        const fileKey = `${finding.ruleId}\0${file}`;
        const seen = perFile.get(fileKey) ?? 0;
        if (seen >= limits.perRulePerFile && buckets.has(`file\0${fileKey}`)) {
            elide(`file\0${fileKey}`, finding, false);
        }
        else if (kept.length + order.length >= limits.total) {
            elide(`all\0${finding.ruleId}`, finding, true);
        }
        else if (seen >= limits.perRulePerFile) {
            elide(`file\0${fileKey}`, finding, false);
        }
        else {
            perFile.set(fileKey, seen + 1);
            kept.push(finding);
        }
    }
    return [...kept, ...order.map(summaryOf)];
}
function summaryOf(bucket) {
    const { first } = bucket;
    const rule = first.ruleId;
    const file = first.location?.file;
    const plural = bucket.count === 1 ? '' : 's';
    const where = bucket.overall
        ? `in ${bucket.files.size} file${bucket.files.size === 1 ? '' : 's'} (the report keeps ${FINDING_LIMITS.total} findings)`
        : `in ${file ?? 'the inputs'} (the report keeps ${FINDING_LIMITS.perRulePerFile} per rule and file)`;
    return (0,context/* makeFinding */.MH)(rule, `…and ${bucket.count} more ${rule} finding${plural} ${where}, starting here: ${first.message}`, {
        severity: bucket.severity,
        vendor: first.vendor,
        product: first.product,
        condition: first.condition,
        location: first.location,
        situation: first.situation,
    });
}

// EXTERNAL MODULE: ./src/rules/dates.ts
var dates = __webpack_require__(1426);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/rules/table.ts
var table = __webpack_require__(8091);
;// CONCATENATED MODULE: ./src/rules/intermediary.ts
// intermediary-not-approved, and the intermediary's data ceiling: a gateway in the path sees the
// data too (seed: "verify that any third-party API middleware or integrations do not reintroduce
// data sharing"). Reasons are built from the intermediary's outcomes, never from message text.



/**
 * The intermediary's own product with the entry's product id when it has one; else the
 * strictest ceiling among its approved products. null when nothing limits the data.
 */
function intermediaryCeiling(intermediary, productId) {
    const same = (0,context/* own */.ZV)(intermediary.products, productId);
    if (same) {
        return same.maxClassification
            ? { product: productId, name: same.name, max: same.maxClassification }
            : null;
    }
    let strictest = null;
    for (const [id, product] of Object.entries(intermediary.products)) {
        if (product.status !== 'approved' || !product.maxClassification)
            continue;
        const rank = model/* CLASSIFICATION_RANK */.gL[product.maxClassification];
        if (!strictest || rank < model/* CLASSIFICATION_RANK */.gL[strictest.max]) {
            strictest = { product: id, name: product.name, max: product.maxClassification };
        }
    }
    return strictest;
}
function intermediaryFindings(ctx, use, check, isWaived) {
    const { entry } = use;
    const via = check.id;
    const location = (0,context/* entryLocation */.Mb)(ctx, use, 'via');
    const fields = { vendor: entry.vendor, product: entry.product, location };
    const fail = (why) => [
        (0,context/* makeFinding */.MH)('intermediary-not-approved', `The intermediary "${via}" ${why}: route the traffic directly to the vendor, or ask Security to approve the intermediary.`, fields),
    ];
    const intermediary = check.vendor;
    if (!intermediary)
        return fail('is not a vendor in the registry');
    if (intermediary.intermediary !== true)
        return fail(`(${intermediary.name}) is not registered as an intermediary`);
    if (!(0,context/* isUsable */.Ng)(intermediary))
        return fail(`(${intermediary.name}) is ${intermediary.status}`);
    const same = (0,context/* own */.ZV)(intermediary.products, entry.product);
    if (same && same.status !== 'approved') {
        return fail(`(${intermediary.name}) has its product ${same.name} ${same.status}`);
    }
    const failed = (check.verdict?.findings ?? []).filter((finding) => finding.severity === 'error' && !isWaived(finding));
    if (failed.length > 0) {
        const reasons = failed.map((finding) => `${(0,table/* ruleInfo */.PI)(finding.ruleId).title.toLowerCase()}${finding.condition ? ` (${finding.condition})` : ''} [${finding.ruleId}]`);
        return fail(`(${intermediary.name}) fails vendor rules: ${[...new Set(reasons)].join('; ')}`);
    }
    const ceiling = intermediaryCeiling(intermediary, entry.product);
    if (ceiling && model/* CLASSIFICATION_RANK */.gL[entry.dataClassification] > model/* CLASSIFICATION_RANK */.gL[ceiling.max]) {
        return [
            (0,context/* makeFinding */.MH)('classification-exceeded', `${entry.dataClassification} data may not go through ${ceiling.name} (${intermediary.name}), which is approved up to ${ceiling.max}: send only ${ceiling.max} or lower data through it, call the vendor directly, or ask Security to review the intermediary for ${entry.dataClassification} data.`, {
                vendor: via,
                product: ceiling.product,
                location: (0,context/* entryLocation */.Mb)(ctx, use, 'dataClassification'),
            }),
        ];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/rules/product.ts
// product-unknown, product-not-approved, classification-exceeded.


function productFindings(ctx, use, vendor) {
    const { entry } = use;
    const fields = { vendor: entry.vendor, product: entry.product };
    const product = (0,context/* own */.ZV)(vendor.products, entry.product);
    const approved = Object.entries(vendor.products)
        .filter(([, p]) => p.status === 'approved')
        .map(([id]) => id);
    const alternatives = approved.length > 0
        ? `approved products: ${approved.join(', ')}`
        : 'the vendor has no approved product';
    if (!product) {
        return [
            (0,context/* makeFinding */.MH)('product-unknown', `${vendor.name} has no product "${entry.product}" in the registry (${alternatives}): fix the product id, or ask Security to review the product.`, { ...fields, location: (0,context/* entryLocation */.Mb)(ctx, use, 'product') }),
        ];
    }
    if (product.status !== 'approved') {
        const why = product.reason ? ` ${product.reason.replace(/\s+$/, '')}` : '';
        const state = product.status === 'prohibited' ? 'prohibited' : 'still under review';
        return [
            (0,context/* makeFinding */.MH)('product-not-approved', `${product.name} (${vendor.name}) is ${state}.${why.endsWith('.') || !why ? why : `${why}.`} Use an approved product instead (${alternatives}).`, {
                ...fields,
                location: (0,context/* entryLocation */.Mb)(ctx, use, 'product'),
                situation: product.status === 'prohibited' ? 'product-prohibited' : 'product-under-review',
            }),
        ];
    }
    const ceiling = product.maxClassification;
    if (ceiling && model/* CLASSIFICATION_RANK */.gL[entry.dataClassification] > model/* CLASSIFICATION_RANK */.gL[ceiling]) {
        return [
            (0,context/* makeFinding */.MH)('classification-exceeded', `${entry.dataClassification} data may not be sent to ${product.name} (${vendor.name}), which is approved up to ${ceiling}: send only ${ceiling} or lower data, or ask Security to review the product for ${entry.dataClassification} data.`, { ...fields, location: (0,context/* entryLocation */.Mb)(ctx, use, 'dataClassification') }),
        ];
    }
    return [];
}

// EXTERNAL MODULE: ./src/glob/glob.ts
var glob_glob = __webpack_require__(978);
;// CONCATENATED MODULE: ./src/rules/paths.ts
// Which manifest `paths` globs cover a file, in work linear in the files (issue 9: no per-finding
// scan of everything). Globs are bucketed by their literal directory prefix, so a file is tested
// only against the buckets of its own ancestors. The same
// index marks which globs some file matched, for `declaration-unused`.

/** Distinct globs read per vendor; further ones cover nothing (failing closed: more findings). */
const MAX_GLOBS_PER_VENDOR = 500;
const compiled = new Map();
/** One glob's matcher: bounded work whatever the pattern (the pull request writes it). */
function expressionOf(glob) {
    let tester = compiled.get(glob);
    if (tester === undefined) {
        tester = { test: (0,glob_glob/* compileGlob */.SO)(glob) };
        if (compiled.size > 10_000)
            compiled.clear();
        compiled.set(glob, tester);
    }
    return tester;
}
/** Any of `globs`, as one tester. */
function compile(globs) {
    const testers = globs.map(expressionOf);
    return [{ test: (file) => testers.some((tester) => tester.test(file)) }];
}
const anyMatches = (testers, file) => testers.some((tester) => tester.test(file));
function matchesOne(glob, file) {
    return expressionOf(glob).test(file);
}
/** The literal directory a glob starts with ('' when it starts with a pattern or negates). */
function bucketOf(glob) {
    return (0,glob_glob/* literalBase */.t)(glob);
}
/** '' , every ancestor directory of `file`, and `file` itself: the buckets that may match it. */
function prefixes(file) {
    const out = [''];
    for (let at = file.indexOf('/'); at !== -1; at = file.indexOf('/', at + 1)) {
        out.push(file.slice(0, at));
    }
    out.push(file);
    return out;
}
class PathIndex {
    buckets = new Map();
    seen = new Set();
    /** Every directory that holds a glob's literal prefix, with the globs it holds. */
    holders = new Map();
    marked = new Set();
    /** Globs past MAX_GLOBS_PER_VENDOR, which the index does not read. */
    dropped;
    constructor(globs) {
        const distinct = [...new Set(globs)];
        this.dropped = Math.max(0, distinct.length - MAX_GLOBS_PER_VENDOR);
        for (const glob of distinct.slice(0, MAX_GLOBS_PER_VENDOR)) {
            const key = bucketOf(glob);
            if (!glob.startsWith('!')) {
                for (const dir of prefixes(key)) {
                    const held = this.holders.get(dir);
                    if (held)
                        held.push(glob);
                    else
                        this.holders.set(dir, [glob]);
                }
            }
            const bucket = this.buckets.get(key);
            if (bucket) {
                bucket.globs.push(glob);
                bucket.pending.push(glob);
            }
            else {
                this.buckets.set(key, {
                    globs: [glob],
                    any: undefined,
                    unseen: undefined,
                    pending: [glob],
                });
            }
        }
    }
    /** Whether any glob matches `file`; with `mark`, remember every glob that matches it. */
    covers(file, mark = false) {
        let covered = false;
        for (const prefix of prefixes(file)) {
            const bucket = this.buckets.get(prefix);
            if (!bucket)
                continue;
            if (bucket.any === undefined)
                bucket.any = compile(bucket.globs);
            const hit = bucket.any
                ? anyMatches(bucket.any, file)
                : bucket.globs.some((glob) => matchesOne(glob, file));
            if (!hit)
                continue;
            covered = true;
            if (!mark)
                return true;
            this.markIn(bucket, file);
        }
        return covered;
    }
    /**
     * Whether the directory `dir` ('' for the root) holds some declared path: a dependency file
     * there declares packages for the code under it. With `mark`, its globs count as matched.
     */
    holds(dir, mark = false) {
        const held = this.holders.get(dir);
        if (!held)
            return false;
        if (mark && !this.marked.has(dir)) {
            this.marked.add(dir);
            for (const glob of held)
                this.seen.add(glob);
        }
        return true;
    }
    /** Whether some file given to `covers(file, true)` matched `glob`. */
    wasMatched(glob) {
        return this.seen.has(glob);
    }
    markIn(bucket, file) {
        if (bucket.pending.length === 0)
            return;
        if (bucket.unseen === undefined)
            bucket.unseen = compile(bucket.pending);
        if (bucket.unseen && !anyMatches(bucket.unseen, file))
            return;
        // A glob matched for the first time: find which (each glob is found once, so this
        // happens at most once per glob), then rebuild the expression of those still unseen.
        const still = [];
        for (const glob of bucket.pending) {
            if (matchesOne(glob, file))
                this.seen.add(glob);
            else
                still.push(glob);
        }
        if (still.length !== bucket.pending.length) {
            bucket.pending = still;
            bucket.unseen = undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/rules/profile.ts

function certificationFindings(ctx, vendorId, vendor, location) {
    return (vendor.profile?.certifications ?? [])
        .filter((cert) => cert.status === 'verified' && cert.expires && (0,context/* isPast */.R6)(cert.expires, ctx))
        .map((cert) => (0,context/* makeFinding */.MH)('certification-expired', `${vendor.name}'s ${cert.name} certification expired on ${cert.expires}: ${vendor.review?.reviewer ?? 'Security'} should obtain the current report and update the registry.`, { vendor: vendorId, location }));
}
function residencyFindings(ctx, vendorId, vendor, location) {
    const allowed = ctx.manifest.data.dataResidency;
    if (!allowed)
        return [];
    const regions = vendor.profile?.processingRegions ?? [];
    if (regions.length === 0) {
        return [
            (0,context/* makeFinding */.MH)('residency-mismatch', `${vendor.name}'s processing regions are unknown (the registry states none) and this repository's data must stay in ${allowed.join(', ')}: ask Security to establish where the vendor processes data, or use another vendor.`, { vendor: vendorId, location }),
        ];
    }
    const outside = regions.filter((region) => !allowed.includes(region));
    if (outside.length === 0)
        return [];
    return [
        (0,context/* makeFinding */.MH)('residency-mismatch', `${vendor.name} processes data in ${outside.join(', ')}, outside this repository's data residency (${allowed.join(', ')}): use a vendor or region that keeps the data in place, or have Legal approve the transfer and widen dataResidency.`, { vendor: vendorId, location }),
    ];
}

// EXTERNAL MODULE: ./src/rules/review.ts
var rules_review = __webpack_require__(6415);
;// CONCATENATED MODULE: ./src/rules/vendor.ts




function unknownVendorFinding(ctx, vendorId, location) {
    const known = Object.keys(ctx.registry.data.vendors).sort();
    const listed = known.length > 20 ? `${known.slice(0, 20).join(', ')}, …` : known.join(', ');
    return (0,context/* makeFinding */.MH)('vendor-unknown', `"${vendorId}" is not a vendor in the registry${known.length ? ` (known: ${listed})` : ''}: fix the id, or ask Security to review the vendor before using it.`, { vendor: vendorId, location, situation: 'vendor-unknown' });
}
/** The fix situation of a vendor the registry does not allow (or undefined when it does). */
function notAllowedSituation(vendor) {
    if (!vendor)
        return 'vendor-unknown';
    if (vendor.status === 'under-review')
        return 'vendor-under-review';
    if (vendor.status === 'rejected')
        return 'vendor-rejected';
    if (vendor.status === 'suspended')
        return 'vendor-suspended';
    return undefined;
}
function notApprovedFinding(vendorId, vendor, location) {
    const advice = {
        'under-review': 'wait for Security to finish the review before using it',
        rejected: 'Security rejected it; use an approved vendor instead',
        suspended: 'Security suspended its use; stop sending data and use an approved vendor',
    };
    return (0,context/* makeFinding */.MH)('vendor-not-approved', `${vendor.name} is ${vendor.status}: ${advice[vendor.status] ?? 'use an approved vendor'}.`, { vendor: vendorId, location, situation: notAllowedSituation(vendor) });
}
/**
 * The rules that hold for a usable (approved or conditional) vendor: review cadence,
 * certifications, residency and attestation conditions. Used for direct uses and intermediaries.
 */
function vendorChecks(ctx, vendorId, vendor, uses) {
    const location = uses[0].location;
    const attestations = attestationOutcomes(ctx, vendor, uses);
    const review = (0,rules_review/* reviewFindings */.FV)(ctx, vendorId, vendor, location);
    const findings = [
        ...review,
        ...certificationFindings(ctx, vendorId, vendor, location),
        ...residencyFindings(ctx, vendorId, vendor, location),
        ...conditionFindings(ctx, vendorId, vendor, attestations),
    ];
    const reviewFired = new Set(review.map((finding) => finding.ruleId));
    const byCondition = new Map(attestations.map((outcome) => [outcome.condition, outcome.state]));
    const conditions = (vendor.conditions ?? []).map((condition) => {
        const applicable = uses.filter((use) => conditionApplies(ctx, condition, use));
        let state;
        if (applicable.length === 0)
            state = 'not applicable';
        else if (condition.check === 'review-cadence') {
            state = reviewFired.has('review-stale')
                ? 'expired'
                : reviewFired.has('review-missing') || reviewFired.has('review-invalidated')
                    ? 'unmet'
                    : 'met';
        }
        else if (condition.check === 'personal-accounts') {
            state = applicable.some((use) => use.accounts === 'personal') ? 'unmet' : 'met';
        }
        else
            state = byCondition.get(condition) ?? 'unmet';
        return { id: condition.id, title: condition.title, owner: condition.owner, state };
    });
    return { findings, conditions };
}
/** The conditions of a vendor that cannot be used at all: none of them can be met. */
function blockedConditions(vendor) {
    return (vendor.conditions ?? []).map((condition) => ({
        id: condition.id,
        title: condition.title,
        owner: condition.owner,
        state: 'unmet',
    }));
}
function vendorRow(vendorId, vendor, conditions) {
    return vendor
        ? { vendor: vendorId, name: vendor.name, status: vendor.status, conditions }
        : { vendor: vendorId, name: vendorId, status: 'unknown', conditions: [] };
}


;// CONCATENATED MODULE: ./src/rules/usage.ts





/**
 * How strongly an item shows use, lower first: a runtime dependency declared in a manifest, then
 * the same in a lockfile (which only records what a manifest asked for), then a runtime import,
 * then other runtime source, then CI, then a declaration elsewhere, then the rest.
 */
function tier(item) {
    const declared = item.kind === 'dependency' && item.direct;
    if (item.context === 'runtime') {
        if (declared)
            return (0,detect_evidence/* isLockfile */.em)(item.file) ? 1 : 0;
        return item.kind === 'import' ? 2 : 3;
    }
    if (item.context === 'ci')
        return 4;
    return declared ? 5 : 6;
}
/** The strongest item: lowest tier, then first in file order. One pass. */
function strongestEvidence(items) {
    let best = items[0];
    // Each item's tier once (a lockfile check is a file-name lookup); callers pass a vendor's items.
    let bestTier = items.length > 0 ? tier(best) : Infinity;
    for (const item of items) {
        const t = tier(item);
        if (t < bestTier || (t === bestTier && (0,detect_evidence/* compareEvidence */.NU)(item, best) < 0)) {
            best = item;
            bestTier = t;
        }
    }
    return best;
}
/** The matched text when the scan gave its span, else the line from its first column. */
function evidenceLocation(item) {
    const spanned = item.column !== undefined && item.endColumn !== undefined && item.endColumn > item.column;
    return {
        file: item.file,
        line: item.line,
        column: spanned ? item.column : 1,
        endLine: item.line,
        endColumn: spanned ? item.endColumn : 1,
    };
}
function coverageOf(entries) {
    const globs = new Map();
    const add = (vendor, paths) => {
        let cover = globs.get(vendor);
        if (!cover) {
            cover = { whole: false, paths: [] };
            globs.set(vendor, cover);
        }
        if (paths === undefined)
            cover.whole = true;
        else
            cover.paths.push(...paths);
    };
    for (const entry of entries) {
        add(entry.vendor, entry.paths);
        if (entry.via)
            add(entry.via, entry.paths);
    }
    const coverage = new Map();
    for (const [vendor, { whole, paths }] of globs) {
        const distinct = [...new Set(paths)];
        coverage.set(vendor, { whole, paths: distinct, index: new PathIndex(distinct) });
    }
    return coverage;
}
/**
 * Whether a declaration covers an item: a file under its globs, or a dependency file in a
 * directory that holds a declared path (the root package.json of `paths: ["src/**"]`).
 */
function covered(cover, item) {
    const underGlobs = cover.index.covers(item.file, true);
    const slash = item.file.lastIndexOf('/');
    const holder = item.kind === 'dependency' &&
        cover.index.holds(slash === -1 ? '' : item.file.slice(0, slash), true);
    return cover.whole || underGlobs || holder;
}
function describe(item) {
    switch (item.kind) {
        case 'dependency':
            return `depends on ${item.name}`;
        case 'workflow':
            return `uses the action ${item.name}`;
        case 'endpoint':
            return `calls ${item.name}`;
        case 'import':
            return `imports ${item.name}`;
        default:
            return `reads ${item.name}`;
    }
}
const listed = (values, max = 5) => values.length > max ? `${values.slice(0, max).join(', ')}, …` : values.join(', ');
function usageFindings(input) {
    const { manifest, evidence } = input;
    const findings = [];
    const groups = new Map();
    for (const item of evidence ?? []) {
        const group = groups.get(item.vendor);
        if (group)
            group.push(item);
        else
            groups.set(item.vendor, [item]);
    }
    if (!manifest) {
        const used = (evidence ?? []).some((item) => (0,detect_evidence/* isUse */.C)(item) && !input.isSelfHosted(item.vendor));
        const vendors = [...groups.keys()].sort();
        findings.push(used
            ? (0,context/* makeFinding */.MH)('manifest-missing', `No manifest at ${input.manifestFile}, yet the scan found AI vendor use (${listed(vendors, 10)}): declare each vendor, product, purpose and data classification there (ai-vendor-gate init writes a starter).`)
            : (0,context/* makeFinding */.MH)('manifest-missing', `No manifest at ${input.manifestFile}; the scan found no AI vendor use in runtime code or CI${vendors.length ? ` (only ${listed(vendors, 10)} outside it)` : ''}. Add one when the repository starts using an AI vendor.`, { severity: 'note', situation: 'no-usage' }));
    }
    if (evidence === null)
        return findings;
    const entries = manifest?.data.vendors ?? [];
    const coverage = coverageOf(entries);
    for (const vendor of [...groups.keys()].sort()) {
        const cover = coverage.get(vendor);
        const items = groups.get(vendor);
        // Every file is matched (and its globs marked as used) even when a declaration covers the
        // whole repository, so that declaration-unused can tell which `paths` saw evidence.
        const uncovered = cover ? items.filter((item) => !covered(cover, item)) : items;
        if (uncovered.length === 0)
            continue;
        findings.push(undeclaredFinding(input, vendor, uncovered, cover));
    }
    const seen = new Set();
    entries.forEach((entry, index) => {
        const key = `${entry.vendor}\0${entry.paths === undefined ? '' : JSON.stringify(entry.paths)}`;
        if (seen.has(key))
            return;
        seen.add(key);
        const used = entry.paths
            ? entry.paths.some((glob) => coverage.get(entry.vendor).index.wasMatched(glob))
            : groups.has(entry.vendor);
        if (used)
            return;
        const where = entry.paths ? ` under its paths (${listed(entry.paths)})` : '';
        findings.push((0,context/* makeFinding */.MH)('declaration-unused', `${input.vendorName(entry.vendor)} is declared but the scan found no use of it${where}: remove the entry if the repository no longer uses it, or correct its paths if the use lives elsewhere.`, {
            vendor: entry.vendor,
            product: entry.product,
            location: manifest.locate(['vendors', index, entry.paths ? 'paths' : 'vendor']),
        }));
    });
    return findings;
}
function undeclaredFinding(input, vendor, items, cover) {
    const name = input.vendorName(vendor);
    const best = strongestEvidence(items);
    const selfHosted = input.isSelfHosted(vendor);
    const inUse = items.some(detect_evidence/* isUse */.C);
    const registered = input.registryVendor(vendor);
    const notAllowed = registered && !(0,context/* isUsable */.Ng)(registered) ? notAllowedSituation(registered) : undefined;
    // The registry's verdict on the vendor decides the fix: never "declare it" for a vendor that
    // cannot be declared. An unregistered vendor the catalog knows is a vendor to review first.
    const situation = selfHosted
        ? 'self-hosted'
        : (notAllowed ?? (registered ? (cover ? 'outside-paths' : undefined) : 'vendor-unknown'));
    const others = items.length > 1 ? ` (and ${items.length - 1} more place${items.length > 2 ? 's' : ''})` : '';
    const what = cover
        ? `${name} is used outside the paths its declaration covers (${listed(cover.paths)}): ${best.file} ${describe(best)}${others}`
        : `${name} is used but not declared: ${best.file} ${describe(best)}${others}`;
    const contexts = [...new Set(items.map((item) => item.context))].sort();
    const why = selfHosted
        ? ' It is a note: a self-hosted model sends no data to a vendor.'
        : inUse
            ? ''
            : items.every((item) => !item.direct)
                ? ' It is a note: the only evidence is a transitive lockfile entry.'
                : ` It is a note: the evidence is only in ${listed(contexts)} files, not runtime code or CI.`;
    const fix = situation === undefined
        ? `Declare it in ${input.manifestFile} with its product, purpose and data classification, or remove the use.`
        : (0,table/* fixFor */.jc)({ ruleId: 'usage-undeclared', situation });
    return (0,context/* makeFinding */.MH)('usage-undeclared', `${what}. ${fix}${why}`, {
        vendor,
        location: evidenceLocation(best),
        situation,
        ...(inUse && !selfHosted ? {} : { severity: 'note' }),
    });
}

;// CONCATENATED MODULE: ./src/rules/waivers.ts
// Time-boxed waivers: a covered finding becomes a note until the waiver's expiry day (inclusive);
// after that the finding keeps its severity and `waiver-expired` says so.



/** Rules a waiver cannot cover: a broken manifest is never waved through. */
const UNWAIVABLE = new Set(['manifest-invalid', 'waiver-expired']);
function waiverCovers(waiver, finding, repository) {
    if (UNWAIVABLE.has(finding.ruleId) || waiver.rule !== finding.ruleId)
        return false;
    if (waiver.vendor !== undefined && waiver.vendor !== finding.vendor)
        return false;
    if (waiver.repositories === undefined)
        return true;
    // A waiver scoped to repositories cannot cover a run whose repository is unknown: fail closed.
    if (!repository)
        return false;
    // The same bounded matcher as the manifest's `paths`; repository names ignore case on GitHub.
    return waiver.repositories.some((glob) => (0,glob_glob/* compileGlob */.SO)(glob, { nocase: true })(repository));
}
function isActive(waiver, today) {
    return (0,dates/* dayNumber */.U$)(waiver.expires) >= today;
}
function waiverChecker(registry, today, repository) {
    const waivers = registry.waivers ?? [];
    return (finding) => waivers.some((w) => isActive(w, today) && waiverCovers(w, finding, repository));
}
function applyWaivers(findings, registry, today, repository) {
    const waivers = registry.data.waivers ?? [];
    const expiredUsed = new Set();
    const out = findings.map((finding) => {
        const covering = waivers
            .map((waiver, index) => ({ waiver, index }))
            .filter(({ waiver }) => waiverCovers(waiver, finding, repository));
        const active = covering.find(({ waiver }) => isActive(waiver, today));
        if (active) {
            const { id, reason, approvedBy, expires } = active.waiver;
            return { ...finding, severity: 'note', waived: { id, reason, approvedBy, expires } };
        }
        for (const { index } of covering)
            expiredUsed.add(index);
        return finding;
    });
    for (const index of [...expiredUsed].sort((a, b) => a - b)) {
        const waiver = waivers[index];
        out.push((0,context/* makeFinding */.MH)('waiver-expired', `Waiver ${waiver.id} for ${waiver.rule}${waiver.vendor ? ` on ${waiver.vendor}` : ''} (approved by ${waiver.approvedBy}) expired on ${waiver.expires}, so the findings it covered count again: fix them, or ask ${waiver.approvedBy} to renew the waiver.`, { vendor: waiver.vendor, location: registry.locate(['waivers', index, 'expires']) }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/index.ts










const isProblems = (value) => value !== null && 'problems' in value;
function evaluate(input) {
    const { registry } = input;
    const today = (0,dates/* dayNumber */.U$)(input.now);
    const findings = [];
    const vendors = [];
    const registryVendor = (id) => (0,context/* vendorOf */.AK)({ registry }, id);
    const vendorName = (id) => registryVendor(id)?.name ?? input.vendorName?.(id) ?? id;
    const finish = () => ({
        // Sorted before the cap (the first of each kind are kept) and after (summaries in place).
        findings: capFindings(applyWaivers(findings, registry, today, input.repository).sort(compareFindings)).sort(compareFindings),
        vendors: vendors.sort((a, b) => (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0)),
    });
    if (input.registryChanged) {
        findings.push((0,context/* makeFinding */.MH)('registry-changed', `This pull request changes the registry ${input.registryChanged.file}; the gate used the version of the base commit ${input.registryChanged.base.slice(0, 12)}, so a pull request cannot approve its own vendor. Land registry changes on their own, reviewed by Security.`, {
            location: {
                file: input.registryChanged.file,
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 1,
            },
        }));
    }
    findings.push(...scanFindings(input));
    if (isProblems(input.manifest)) {
        for (const problem of input.manifest.problems) {
            const finding = (0,context/* makeFinding */.MH)('manifest-invalid', problem.message, {
                location: problem.location,
            });
            if (problem.count !== undefined)
                finding.count = problem.count;
            findings.push(finding);
        }
        return finish();
    }
    const manifest = input.manifest;
    if (manifest) {
        const ctx = { registry, manifest, today, now: input.now };
        const isWaived = waiverChecker(registry.data, today, input.repository);
        const byVendor = new Map();
        const byIntermediary = new Map();
        manifest.data.vendors.forEach((entry, index) => {
            const use = { entry, index };
            findings.push(...personalAccountFindings(ctx, use, (0,context/* vendorOf */.AK)(ctx, entry.vendor)));
            push(byVendor, entry.vendor, use);
            if (entry.via !== undefined)
                push(byIntermediary, entry.via, use);
        });
        for (const [vendorId, vendorUses] of byVendor) {
            const vendor = (0,context/* vendorOf */.AK)(ctx, vendorId);
            const first = (0,context/* entryLocation */.Mb)(ctx, vendorUses[0]);
            if (!vendor) {
                findings.push(unknownVendorFinding(ctx, vendorId, first));
                vendors.push(vendorRow(vendorId, undefined, []));
                continue;
            }
            for (const use of vendorUses)
                findings.push(...productFindings(ctx, use, vendor));
            if (!(0,context/* isUsable */.Ng)(vendor)) {
                findings.push(notApprovedFinding(vendorId, vendor, first));
                vendors.push(vendorRow(vendorId, vendor, blockedConditions(vendor)));
                continue;
            }
            const verdict = vendorChecks(ctx, vendorId, vendor, vendorUses.map((use) => conditionUse(ctx, use)));
            findings.push(...verdict.findings);
            vendors.push(vendorRow(vendorId, vendor, verdict.conditions));
        }
        // An intermediary sees the data too: it is checked once, with every use that goes through
        // it, and listed with its conditions beside the vendors (unless it is also used directly).
        for (const [viaId, viaUses] of byIntermediary) {
            const intermediary = (0,context/* vendorOf */.AK)(ctx, viaId);
            const usable = intermediary?.intermediary === true && (0,context/* isUsable */.Ng)(intermediary);
            const verdict = usable
                ? vendorChecks(ctx, viaId, intermediary, viaUses.map((use) => ({
                    product: intermediaryCeiling(intermediary, use.entry.product)?.product ?? use.entry.product,
                    location: (0,context/* entryLocation */.Mb)(ctx, use, 'via'),
                })))
                : null;
            const check = { id: viaId, vendor: intermediary, verdict };
            for (const use of viaUses)
                findings.push(...intermediaryFindings(ctx, use, check, isWaived));
            if (!byVendor.has(viaId)) {
                vendors.push(vendorRow(viaId, intermediary, verdict?.conditions ?? (intermediary ? blockedConditions(intermediary) : [])));
            }
        }
    }
    findings.push(...usageFindings({
        manifest,
        manifestFile: input.manifestFile,
        evidence: input.evidence,
        isSelfHosted: input.isSelfHosted ?? (() => false),
        vendorName,
        registryVendor,
    }));
    return finish();
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
const conditionUse = (ctx, use) => ({
    product: use.entry.product,
    location: (0,context/* entryLocation */.Mb)(ctx, use),
    accounts: use.entry.accounts ?? 'organization',
});
/** scan-empty: a scan that read no file cannot see undeclared use, and must say so. */
function scanFindings(input) {
    const scan = input.scan;
    if (!scan || scan.filesRead > 0)
        return [];
    const excludedAll = (scan.skippedByReason['excluded-all'] ?? 0) > 0 || input.scanExcluded === true;
    const location = isProblems(input.manifest) || input.manifest === null ? undefined : input.manifest.locate([]);
    return [
        (0,context/* makeFinding */.MH)('scan-empty', excludedAll
            ? `The scan read no file: scan-exclude leaves nothing to scan${scan.skippedCount ? ` (${scan.skippedCount} file${scan.skippedCount === 1 ? '' : 's'} left out)` : ''}, so undeclared AI use cannot be seen. Narrow scan-exclude so that the source files stay in the scan.`
            : `The scan read no file${scan.skippedCount ? ` (${scan.skippedCount} file${scan.skippedCount === 1 ? '' : 's'} skipped)` : ''}, so undeclared AI use cannot be seen. Check that the checkout holds the repository and that its files are readable.`, { location, situation: excludedAll ? 'excluded-all' : 'nothing-read' }),
    ];
}

// EXTERNAL MODULE: ./src/tool.ts + 1 modules
var tool = __webpack_require__(3134);
;// CONCATENATED MODULE: ./src/gate.ts
// The one engine both front ends call: read the inputs, scan, evaluate, build the report.










/** `file` relative to `root` with `/` separators when it lies inside the root, else null. */
function insideRoot(root, file) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(root), external_node_path_default().resolve(root, file));
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return null;
    return relative.split((external_node_path_default()).sep).join('/');
}
/** Files the gate reads or writes itself, which the scan must never count as evidence. */
function gateOwnFiles(options) {
    const own = new Set();
    const { source, file } = options.registry;
    if (!source.startsWith('github:')) {
        // A path source is read relative to the working directory; its display path is
        // repo-relative when it is inside the root (and on a pull request, the base commit's path).
        const candidates = [external_node_path_default().resolve(source), file];
        if (options.registry.localPath)
            candidates.push(options.registry.localPath);
        for (const candidate of candidates) {
            const relative = insideRoot(options.root, candidate);
            if (relative !== null)
                own.add(relative);
        }
    }
    for (const output of options.outputFiles ?? []) {
        const relative = insideRoot(options.root, output);
        if (relative !== null)
            own.add(relative);
    }
    return [...own].sort();
}
const sha256 = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
/** `a/b` relative to root when inside it, else the path as given; always `/` separators. */
function displayPath(root, file) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(root), external_node_path_default().resolve(root, file));
    const inside = relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
    return (inside ? relative : file).split((external_node_path_default()).sep).join('/');
}
/** Parse and check the registry; an unusable registry means the gate cannot evaluate. */
async function readRegistry(input) {
    const loaded = await (0,documents/* loadRegistry */.Ag)(input.bytes, input.file);
    if (loaded.ok)
        return loaded.document;
    const [first] = loaded.problems;
    const more = loaded.problems.length - 1;
    throw new errors/* GateError */.u(`The registry ${input.file} is invalid at line ${first.location.line}, column ${first.location.column}: ${first.message.replace(/\.$/, '')}${more > 0 ? ` (${more} more problem${more > 1 ? 's' : ''} below)` : ''}.`, loaded.problems.map((p) => `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`));
}
async function readManifest(file, display) {
    const at1 = { file: display, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const invalid = (message) => ({
        kind: 'invalid',
        sha256: null,
        problems: [{ message, location: at1 }],
    });
    let info;
    try {
        info = (0,external_node_fs_.statSync)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { kind: 'missing' };
        return invalid(`The manifest ${display} cannot be read.`);
    }
    if (!info.isFile())
        return invalid(`The manifest ${display} is not a file.`);
    if (info.size > documents/* MANIFEST_LIMITS */.T1.maxBytes) {
        return invalid(`${display} is larger than the 1 MiB limit.`);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return invalid(`The manifest ${display} cannot be read.`);
    }
    const digest = sha256(bytes);
    const loaded = await (0,documents/* loadManifest */.eY)(bytes, display);
    return loaded.ok
        ? { kind: 'loaded', sha256: digest, document: loaded.document }
        : { kind: 'invalid', sha256: digest, problems: loaded.problems };
}
async function runGate(options) {
    // The file listing (git, in its own process) runs while the registry and manifest are read.
    const listing = !options.evidence && options.scan ? (0,detect/* startListing */.jF)(options.root, options.scanExclude) : undefined;
    try {
        return await gateWith(options, listing);
    }
    finally {
        listing?.stop();
    }
}
async function gateWith(options, listing) {
    const registry = await readRegistry(options.registry);
    const manifestFile = external_node_path_default().resolve(options.root, options.manifestPath);
    const manifestDisplay = displayPath(options.root, manifestFile);
    const manifest = await readManifest(manifestFile, manifestDisplay);
    let scanned = options.evidence
        ? { evidence: options.evidence, skipped: [], summary: null }
        : null;
    if (scanned === null && options.scan) {
        const extensions = {};
        for (const [id, vendor] of Object.entries(registry.data.vendors)) {
            if (vendor.detect)
                extensions[id] = vendor.detect;
        }
        scanned = await (0,detect/* scan */.SQ)(options.root, {
            exclude: options.scanExclude,
            extensions,
            ignore: gateOwnFiles(options),
            ...(listing ? { listing } : {}),
        });
    }
    const evidence = scanned?.evidence ?? null;
    const evaluation = evaluate({
        registry,
        manifest: manifest.kind === 'loaded'
            ? manifest.document
            : manifest.kind === 'invalid'
                ? { problems: manifest.problems }
                : null,
        manifestFile: manifestDisplay,
        evidence,
        scan: scanned?.summary ?? null,
        now: options.now,
        repository: options.repository,
        registryChanged: options.registryChanged,
        isSelfHosted: (id) => (0,detect/* catalogVendor */.gE)(id)?.selfHosted === true,
        vendorName: (id) => (0,detect/* catalogVendor */.gE)(id)?.name ?? id,
    });
    const findings = evaluation.findings;
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    const report = {
        schemaVersion: 1,
        tool: { ...tool.TOOL },
        decision: decide(findings, options.failOn),
        now: options.now,
        failOn: options.failOn,
        summary: { errors: count('error'), warnings: count('warning'), notes: count('note') },
        findings,
        evidence: [...(evidence ?? [])].sort(detect_evidence/* compareEvidence */.NU),
        skipped: scanned?.skipped ?? [],
        scan: scanned?.summary ?? null,
        inputs: {
            manifest: {
                path: manifestDisplay,
                sha256: manifest.kind === 'missing' ? null : manifest.sha256,
            },
            registry: { source: options.registry.source, sha256: sha256(options.registry.bytes) },
        },
    };
    return {
        report,
        vendors: evaluation.vendors,
        registry: registry.data,
        organization: registry.data.organization,
        repository: options.repository,
    };
}


/***/ }),

/***/ 5865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s_: () => (/* binding */ DUPLICATE_KEY),
/* harmony export */   w_: () => (/* binding */ parseBlockYaml)
/* harmony export */ });
/* unused harmony export CORE_SCALAR_TESTS */
const DUPLICATE_KEY = 'Duplicate key: each key may appear once in a map.';
/** Gave up: the library path decides. */
class GiveUp extends Error {
}
const GIVE_UP = new GiveUp();
const SPAN = 5;
const isCollection = (value) => typeof value === 'object' && value !== null;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SINGLE = 0x27;
const DOUBLE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
/** The library's one-character escapes in double quotes (resolve-flow-scalar.js), tab aside. */
const ESCAPES = new Map(Object.entries({
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
}));
/**
 * A character a scalar may hold: printable ASCII but flow brackets, and non-ASCII text but
 * characters some reader treats specially (NEL, line and paragraph separators, BOM,
 * non-characters). Conservative: outside it, the library decides.
 */
function isScalarChar(c) {
    if (c < 0x7f)
        return c >= SPACE && c !== 0x5b && c !== 0x5d && c !== 0x7b && c !== 0x7d;
    return c >= 0xa0 && c !== 0x2028 && c !== 0x2029 && c !== 0xfeff && c < 0xfffe;
}
/** Between quotes, flow brackets are text. */
const isQuotedChar = (c) => (c >= SPACE && c < 0x7f) || isScalarChar(c);
/**
 * A character a plain scalar may start with: a letter, a digit, one of `_ . / ~ + $ (`, or
 * non-ASCII text. Never an indicator (`- ? : , [ ] { } # & * ! | > ' " % @` and backquote),
 * which is what keeps every plain scalar here a scalar.
 */
function isPlainStart(c) {
    if (c >= 0x30 && c <= 0x39)
        return true; // 0-9
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
        return true; // a-z, A-Z
    if (c === 0x5f || c === 0x2e || c === 0x2f || c === 0x7e || c === 0x2b || c === 0x24) {
        return true; // _ . / ~ + $
    }
    if (c === 0x28)
        return true; // (
    return c >= 0xa0 && isScalarChar(c);
}
const isLetter = (c) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isWordChar = (c) => (c >= 0x30 && c <= 0x39) ||
    ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ||
    c === 0x2e ||
    c === 0x5f;
/**
 * The YAML 1.2 core schema's plain-scalar tags, as the yaml library (2.x) tests and resolves
 * them, in its order: the first test that matches types the scalar, and a scalar none matches is
 * a string. Written out here so that reading a document never loads the library; the tests hold
 * `CORE_SCALAR_TESTS` to the library's own table, and the differential tests every value. No tag
 * of this schema is for keys only, so a key is typed as a value is.
 */
const CORE_SCALARS = [
    { test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null },
    { test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, resolve: (s) => s[0] === 't' || s[0] === 'T' },
    { test: /^0o[0-7]+$/, resolve: (s) => parseInt(s.slice(2), 8) },
    { test: /^[-+]?[0-9]+$/, resolve: (s) => parseInt(s, 10) },
    { test: /^0x[0-9a-fA-F]+$/, resolve: (s) => parseInt(s.slice(2), 16) },
    {
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (s) => s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity,
    },
    { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, resolve: parseFloat },
    { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, resolve: parseFloat },
];
/** For tests: the tests above, in order, as the library writes its tags' tests. */
const CORE_SCALAR_TESTS = CORE_SCALARS.map(({ test }) => String(test));
/** No test above matches a letter first, except these words. */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Values of other plain scalars by text (`1`, `true`, `0.5` repeat). */
const typed = new Map();
const TYPED_MAX = 4096;
/** A plain scalar's value as the library types it. */
function plainValue(source) {
    if (isLetter(source.charCodeAt(0)) && !WORDS.has(source))
        return source;
    const known = typed.get(source);
    if (known !== undefined)
        return known;
    const tag = CORE_SCALARS.find(({ test }) => test.test(source));
    const value = tag ? tag.resolve(source) : source;
    if (typed.size < TYPED_MAX)
        typed.set(source, value);
    return value;
}
/**
 * Reads one line of YAML after another. `pos` is the start of the current line, `lineEnd` the
 * offset of its newline (or the text's end), `next` the start of the line after.
 */
class Reader {
    text;
    maxDepth;
    stack = [];
    root;
    lineEnd = 0;
    next = 0;
    /** Since the last content line: comments that scalars' ends did not take in. */
    absorbing = true;
    deepestComment = -1;
    sawComment = false;
    /** Where each line starts, as the library's LineCounter has them: 0, then after each newline. */
    lineStarts = [0];
    lineNo = 0;
    lineStart = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }
    read() {
        const { text } = this;
        let pos = 0;
        while (pos < text.length) {
            const newline = text.indexOf('\n', pos);
            this.lineEnd = newline === -1 ? text.length : newline;
            this.next = newline === -1 ? text.length : newline + 1;
            this.lineNo++;
            this.lineStart = pos;
            if (newline !== -1)
                this.lineStarts.push(this.next);
            const column = this.skipSpaces(pos);
            if (column === this.lineEnd) {
                // A blank line: only the comments around it move ranges.
            }
            else if (text.charCodeAt(column) === HASH) {
                this.comment(column - pos);
            }
            else {
                this.content(pos, column);
            }
            pos = this.next;
        }
        this.close(-1, text.length);
        if (!this.root)
            throw GIVE_UP;
        return this.root;
    }
    /** A full-line comment at `indent`. */
    comment(indent) {
        const top = this.stack[this.stack.length - 1];
        if (!top)
            return; // before the document: the library keeps it with the document
        this.sawComment = true;
        if (top.pending)
            return; // with the pending value: fine if a nested block follows
        if (this.absorbing && indent > top.indent) {
            // Indented past its collection, right after a scalar (blank lines between or not): the
            // parser adds the comment, and its newline, to that scalar's end.
            top.tail = this.next;
            return;
        }
        this.absorbing = false;
        this.deepestComment = Math.max(this.deepestComment, indent);
    }
    content(lineStart, column) {
        const { text } = this;
        const indent = column - lineStart;
        const c = text.charCodeAt(column);
        const dash = c === DASH && this.isIndicatorEnd(column + 1);
        if (!this.root) {
            if (indent !== 0 || this.startsMarker(column))
                throw GIVE_UP;
            this.sawComment = false;
            this.line(column, undefined, dash);
            return;
        }
        if (indent === 0 && this.startsMarker(column))
            throw GIVE_UP;
        const top = this.stack[this.stack.length - 1];
        if (top?.pending) {
            const nested = indent > top.indent || (top.node.kind === 'map' && indent === top.indent && dash);
            if (nested) {
                this.resetGap();
                this.line(column, top, dash);
                return;
            }
            // The value is null. A comment with it would stretch its range: the library decides.
            this.setNull(top);
        }
        else if (top && indent > top.indent) {
            throw GIVE_UP; // a continuation line, or an error
        }
        this.close(indent, column, dash);
        const parent = this.stack[this.stack.length - 1];
        if (!parent || parent.indent !== indent)
            throw GIVE_UP;
        const commented = this.sawComment;
        this.resetGap();
        this.line(column, parent, dash, commented);
    }
    resetGap() {
        this.absorbing = true;
        this.deepestComment = -1;
        this.sawComment = false;
    }
    /**
     * Close the collections the line at `indent` leaves (all at the end: `indent` -1). Trailing
     * comment lines stay with the innermost closed collection whose indent one of them reaches
     * (the library's parser keeps them there), which then ends where the next line's content
     * starts; otherwise they move up, to the next item or the document, and move nothing.
     */
    close(indent, contentStart, dash = false) {
        let keep = this.deepestComment >= 0;
        while (this.stack.length > 0) {
            const top = this.stack[this.stack.length - 1];
            const leaves = top.indent > indent || (top.node.kind === 'seq' && top.indent === indent && !dash);
            if (!leaves)
                break;
            if (top.pending)
                this.setNull(top);
            top.node.end = top.tail;
            let tail = top.tail;
            if (keep && top.indent > 0 && this.deepestComment >= top.indent) {
                tail = contentStart;
                keep = false;
            }
            this.stack.pop();
            const parent = this.stack[this.stack.length - 1];
            if (parent)
                parent.tail = tail;
        }
    }
    /**
     * The content of a line from `column`: an item of `parent` (or the root when it is
     * undefined), then whatever the item holds on the same line.
     */
    line(column, parent, dash, commented = false) {
        const { text } = this;
        let open;
        if (parent && !parent.pending) {
            open = parent;
            if ((open.node.kind === 'seq') !== dash)
                throw GIVE_UP;
        }
        else {
            open = this.open(column, dash, parent);
        }
        const { node } = open;
        if (dash) {
            node.spans.push(this.lineNo, 0, 0);
            const at = this.skipSpaces(column + 1);
            if (at === this.lineEnd || text.charCodeAt(at) === HASH) {
                this.pend(open, at, commented || at < this.lineEnd);
                return;
            }
            open.pending = true;
            const c = text.charCodeAt(at);
            if (c === DASH && this.isIndicatorEnd(at + 1)) {
                this.line(at, open, true);
                return;
            }
            const flow = this.flowValue(at);
            if (flow) {
                this.setValue(open, flow, this.next);
                return;
            }
            const scalar = this.scalar(at);
            if (scalar.key) {
                this.line(at, open, false);
                return;
            }
            this.setScalar(open, at, scalar);
            return;
        }
        const key = this.scalar(column);
        if (!key.key)
            throw GIVE_UP;
        // The library refuses a key whose `:` is more than 1024 characters after its start.
        if (key.end - column > 1000)
            throw GIVE_UP;
        const raw = key.value;
        if (raw === null)
            throw GIVE_UP; // "A map entry has no key": the library words it
        node.keys.push(typeof raw === 'string' ? raw : String(raw));
        node.spans.push(this.lineNo, column, key.end);
        const at = this.skipSpaces(key.end + 1); // past the colon
        if (at === this.lineEnd || text.charCodeAt(at) === HASH) {
            this.pend(open, at, at < this.lineEnd);
            return;
        }
        const c = text.charCodeAt(at);
        if (c === DASH && this.isIndicatorEnd(at + 1))
            throw GIVE_UP; // a list on the key's line
        const flow = this.flowValue(at);
        if (flow) {
            this.setValue(open, flow, this.next);
            return;
        }
        const value = this.scalar(at);
        if (value.key)
            throw GIVE_UP; // a map on the key's line
        this.setScalar(open, at, value);
    }
    /** A new collection at `column`, the value of `parent`'s pending item (or the root). */
    open(column, dash, parent) {
        if (this.stack.length >= this.maxDepth)
            throw GIVE_UP; // the library words the problem
        const node = this.collection(dash ? 'seq' : 'map', column, column);
        if (parent) {
            parent.pending = false;
            parent.node.values.push(node);
            parent.node.spans.push(0, 0);
        }
        else {
            this.root = node;
        }
        const open = {
            node,
            indent: column - this.lineStart,
            tail: column,
            pending: false,
            pendingAt: 0,
            pendingCommented: false,
        };
        this.stack.push(open);
        return open;
    }
    /** An empty collection from `start` to `end` on the current line. */
    collection(kind, start, end) {
        const { lineNo: line, lineStart } = this;
        return { kind, start, end, line, lineStart, keys: [], values: [], spans: [] };
    }
    pend(open, at, commented) {
        open.pending = true;
        open.pendingAt = at;
        open.pendingCommented = commented;
        open.tail = at;
    }
    /**
     * The pending value is null. A comment with it would stretch its range (the library ranges
     * an empty value over its comments): the library decides.
     */
    setNull(open) {
        if (open.pendingCommented || this.sawComment)
            throw GIVE_UP;
        const { node, pendingAt: at } = open;
        node.values.push(null);
        node.spans.push(at, at); // on the item's line
        open.pending = false;
        open.tail = at; // where a null sits is where it ends
    }
    /** The last item's value is a scalar on this line: it ends with the line's newline. */
    setScalar(open, at, scalar) {
        open.node.values.push(scalar.value);
        open.node.spans.push(at, scalar.end);
        open.pending = false;
        open.tail = this.next;
    }
    /** The last item's value is a collection, which ends at `tail` as the library counts it. */
    setValue(open, value, tail) {
        open.node.values.push(value);
        open.node.spans.push(0, 0);
        open.pending = false;
        open.tail = tail;
    }
    /**
     * A scalar at `at`: a key when a `:` indicator follows it, else a value, which must end the
     * line (a comment may follow).
     */
    scalar(at) {
        const { text } = this;
        const c = text.charCodeAt(at);
        let end;
        let value;
        if (c === SINGLE || c === DOUBLE) {
            const quoted = c === SINGLE ? this.singleQuoted(at) : this.doubleQuoted(at);
            end = quoted.end;
            value = quoted.value;
            if (text.charCodeAt(end) === COLON && this.isIndicatorEnd(end + 1)) {
                return { value, end, key: true };
            }
            this.lineRest(end);
            return { value, end, key: false };
        }
        // `-` starts a plain scalar when text follows (`-1`, `-.inf`, `-x`), not a space.
        if (c === DASH ? !isWordChar(text.charCodeAt(at + 1)) : !isPlainStart(c))
            throw GIVE_UP;
        let i = at + 1;
        end = i;
        const lineEnd = this.lineEnd;
        for (; i < lineEnd; i++) {
            const ch = text.charCodeAt(i);
            if (ch === COLON && this.isIndicatorEnd(i + 1)) {
                // The key's colon must follow it directly (`key :` is left to the library).
                if (end !== i)
                    throw GIVE_UP;
                return { value: plainValue(text.slice(at, i)), end: i, key: true };
            }
            if (ch === SPACE) {
                if (text.charCodeAt(i + 1) === HASH)
                    break; // a comment
                continue;
            }
            if (!isScalarChar(ch))
                throw GIVE_UP;
            end = i + 1;
        }
        return { value: plainValue(text.slice(at, end)), end, key: false };
    }
    /**
     * A flow collection on one line as a whole value: `[]`, `[us, eu]`, `{ products: [x] }`, as
     * registries and manifests write short lists. Items are the subset's scalars or nested flow
     * collections, separated by commas; a map's keys are followed by `: `. Anything else (an
     * empty item, a trailing comma, a comment or a line break inside, `[a: b]`, `{a}`) gives up.
     */
    flowValue(at) {
        const c = this.text.charCodeAt(at);
        if (c !== OPEN_BRACKET && c !== OPEN_BRACE)
            return undefined;
        const node = this.flow(at, this.stack.length + 1);
        this.lineRest(node.end);
        return node;
    }
    flow(at, depth) {
        if (depth > this.maxDepth)
            throw GIVE_UP; // the library words the problem
        const { text } = this;
        const isMap = text.charCodeAt(at) === OPEN_BRACE;
        const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
        const node = this.collection(isMap ? 'map' : 'seq', at, at + 1);
        let i = at + 1;
        if (text.charCodeAt(i) === close) {
            node.end = i + 1;
            return node;
        }
        for (;;) {
            i = this.skipSpaces(i);
            if (isMap) {
                const key = this.flowScalar(i, true);
                // The key's colon follows it directly, then a space (`{a:1}` is left to the library).
                if (text.charCodeAt(key.end) !== COLON || text.charCodeAt(key.end + 1) !== SPACE) {
                    throw GIVE_UP;
                }
                if (key.end - i > 1000 || key.value === null)
                    throw GIVE_UP;
                node.keys.push(typeof key.value === 'string' ? key.value : String(key.value));
                node.spans.push(this.lineNo, i, key.end);
                i = this.skipSpaces(key.end + 1);
            }
            else {
                node.spans.push(this.lineNo, 0, 0);
            }
            const c = text.charCodeAt(i);
            if (c === OPEN_BRACKET || c === OPEN_BRACE) {
                const inner = this.flow(i, depth + 1);
                node.values.push(inner);
                node.spans.push(0, 0);
                i = inner.end;
            }
            else {
                const item = this.flowScalar(i, false);
                node.values.push(item.value);
                node.spans.push(i, item.end);
                i = item.end;
            }
            i = this.skipSpaces(i);
            const next = text.charCodeAt(i);
            if (next === close) {
                node.end = i + 1;
                return node;
            }
            if (next !== COMMA)
                throw GIVE_UP;
            i++;
        }
    }
    /**
     * A scalar inside a flow collection: quoted, or plain up to a comma or a closing bracket
     * (trailing spaces are not its text). A `:` ends a key when a space follows; anywhere else
     * it gives up, as does a comment, which would end the line inside the collection.
     */
    flowScalar(at, atKey) {
        const { text } = this;
        const c = text.charCodeAt(at);
        if (c === SINGLE)
            return this.singleQuoted(at);
        if (c === DOUBLE)
            return this.doubleQuoted(at);
        if (c === DASH ? !isWordChar(text.charCodeAt(at + 1)) : !isPlainStart(c))
            throw GIVE_UP;
        let end = at + 1;
        for (let i = at + 1; i < this.lineEnd; i++) {
            const ch = text.charCodeAt(i);
            if (ch === COMMA || ch === CLOSE_BRACKET || ch === CLOSE_BRACE)
                break;
            if (ch === COLON) {
                if (atKey && i === end && this.isIndicatorEnd(i + 1))
                    break;
                throw GIVE_UP;
            }
            if (ch === SPACE) {
                if (text.charCodeAt(i + 1) === HASH)
                    throw GIVE_UP;
                continue;
            }
            if (!isScalarChar(ch))
                throw GIVE_UP;
            end = i + 1;
        }
        return { value: plainValue(text.slice(at, end)), end };
    }
    /** Past the spaces from `at` on the current line. */
    skipSpaces(at) {
        let i = at;
        while (i < this.lineEnd && this.text.charCodeAt(i) === SPACE)
            i++;
        return i;
    }
    /** After a quoted value: spaces, then the line's end or a comment. */
    lineRest(at) {
        const i = this.skipSpaces(at);
        if (i === this.lineEnd)
            return;
        if (this.text.charCodeAt(i) !== HASH || i === at)
            throw GIVE_UP;
    }
    singleQuoted(at) {
        const { text } = this;
        let value = '';
        let from = at + 1;
        for (let i = at + 1; i < this.lineEnd; i++) {
            const c = text.charCodeAt(i);
            if (c === SINGLE) {
                value += text.slice(from, i);
                if (text.charCodeAt(i + 1) !== SINGLE)
                    return { value, end: i + 1 };
                i++; // '' is one quote
                from = i;
            }
            else if (!isQuotedChar(c)) {
                throw GIVE_UP;
            }
        }
        throw GIVE_UP; // no closing quote on the line
    }
    doubleQuoted(at) {
        const { text } = this;
        let value = '';
        let from = at + 1;
        for (let i = at + 1; i < this.lineEnd; i++) {
            const c = text.charCodeAt(i);
            if (c === DOUBLE)
                return { value: value + text.slice(from, i), end: i + 1 };
            if (c === BACKSLASH) {
                const escaped = ESCAPES.get(text[i + 1]);
                if (escaped === undefined || i + 1 >= this.lineEnd)
                    throw GIVE_UP;
                value += text.slice(from, i) + escaped;
                i++;
                from = i + 1;
            }
            else if (!isQuotedChar(c)) {
                throw GIVE_UP;
            }
        }
        throw GIVE_UP;
    }
    /** An indicator (`-`, `:`) ends where a space, the line's end or the text's end follows. */
    isIndicatorEnd(at) {
        return at >= this.lineEnd || this.text.charCodeAt(at) === SPACE;
    }
    /** `---` or `...` at a line's start: a document marker, or close enough to leave alone. */
    startsMarker(column) {
        const three = this.text.slice(column, column + 3);
        return three === '---' || three === '...';
    }
}
/**
 * Parse `text` if it is in the subset; undefined when it is not (the library path decides).
 * Linear in the text whatever its shape, so it needs none of the library path's nesting
 * estimates; the loader checks size and encoding before either runs.
 */
function parseBlockYaml(text, file, limits) {
    // Characters the subset never holds, checked once rather than at every scalar and comment.
    if (/[\t\r\uFEFF]/.test(text))
        return undefined;
    let root;
    let lineStarts;
    try {
        const reader = new Reader(text, limits.maxDepth);
        root = reader.read();
        lineStarts = reader.lineStarts;
    }
    catch (error) {
        if (error instanceof GiveUp)
            return undefined;
        throw error;
    }
    // As the library path's LineCounter.linePos gives them. A key or a scalar ends on its own
    // line; a collection's end is on the line a binary search finds.
    const locations = {
        collection(node) {
            let low = 0;
            let high = lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1;
                if (lineStarts[mid] <= node.end)
                    low = mid + 1;
                else
                    high = mid;
            }
            const column = node.start - node.lineStart + 1;
            const endColumn = node.end - lineStarts[low - 1] + 1;
            return { file, line: node.line, column, endLine: low, endColumn };
        },
        item({ spans }, index, key) {
            const at = index * SPAN;
            const line = spans[at];
            const lineStart = lineStarts[line - 1];
            const start = spans[key ? at + 1 : at + 3];
            const end = spans[key ? at + 2 : at + 4];
            return {
                file,
                line,
                column: start - lineStart + 1,
                endLine: line,
                endColumn: end - lineStart + 1,
            };
        },
    };
    const built = new Builder(locations);
    const value = built.build(root);
    if (built.problems.length > 0)
        return { ok: false, problems: built.problems };
    return { ok: true, parsed: { value, locate: built.locator(root) } };
}
/** The plain value and `locate`, as the library path's builder makes them from its nodes. */
class Builder {
    locations;
    problems = [];
    sources = new WeakMap();
    rootValue;
    constructor(locations) {
        this.locations = locations;
    }
    build(root) {
        this.rootValue = this.node(root);
        return this.rootValue;
    }
    item(value) {
        return isCollection(value) ? this.node(value) : value;
    }
    // Recursion is bounded: the reader gives up past the depth limit.
    node(node) {
        if (node.kind === 'seq') {
            const value = [];
            this.sources.set(value, node);
            for (const item of node.values)
                value.push(this.item(item));
            return value;
        }
        const value = {};
        this.sources.set(value, node);
        for (let i = 0; i < node.keys.length; i++) {
            const key = node.keys[i];
            const item = this.item(node.values[i]);
            if (Object.prototype.hasOwnProperty.call(value, key)) {
                this.problems.push({
                    message: DUPLICATE_KEY,
                    location: this.locations.item(node, i, true),
                });
                continue;
            }
            if (key === '__proto__') {
                // An own property, never the prototype.
                Object.defineProperty(value, key, {
                    value: item,
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            else {
                value[key] = item;
            }
        }
        return value;
    }
    locator(root) {
        return (path, options = {}) => {
            // Where the walk is: a collection, or else item `index` of `parent` (reached by a key).
            let collection = root;
            let parent = root;
            let index = -1;
            let keyed = false;
            let value = this.rootValue;
            for (let step = 0; step < path.length; step++) {
                const segment = path[step];
                const source = value !== null && typeof value === 'object' ? this.sources.get(value) : undefined;
                if (!source)
                    break;
                let at;
                if (source.kind === 'map') {
                    at = pairIndex(source, String(segment));
                    if (at === undefined)
                        break;
                }
                else if (typeof segment === 'number' && segment < source.values.length) {
                    at = segment;
                }
                else {
                    break;
                }
                parent = source;
                index = at;
                keyed = source.kind === 'map';
                const item = source.values[at];
                collection = isCollection(item) ? item : undefined;
                // The value below is only needed to go on: not after the last step, which saves a
                // lookup in a map of 50,000 keys for each of 50,000 unknown keys.
                if (step + 1 < path.length)
                    value = value[segment];
            }
            if (options.key && keyed)
                return this.locations.item(parent, index, true);
            if (collection)
                return this.locations.collection(collection);
            return this.locations.item(parent, index, false);
        };
    }
}
/**
 * The pair with `key`. A validator reports a map's unknown keys in document order, so the few
 * pairs after the last one found are tried first: 50,000 lookups then need no map of 50,000
 * keys. That is the first pair with the key because a map that parsed has no duplicate keys.
 */
function pairIndex(node, key) {
    const from = node.cursor ?? 0;
    const to = Math.min(from + 16, node.keys.length);
    for (let i = from; i < to; i++) {
        if (node.keys[i] === key) {
            node.cursor = i + 1;
            return i;
        }
    }
    const index = pairsOf(node).get(key);
    if (index !== undefined)
        node.cursor = index + 1;
    return index;
}
function pairsOf(node) {
    if (node.byKey)
        return node.byKey;
    const byKey = new Map();
    node.keys.forEach((key, index) => {
        if (!byKey.has(key))
            byKey.set(key, index);
    });
    node.byKey = byKey;
    return byKey;
}


/***/ }),

/***/ 4594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T1: () => (/* binding */ MANIFEST_LIMITS),
  Vb: () => (/* binding */ REGISTRY_LIMITS),
  eY: () => (/* binding */ loadManifest),
  Ag: () => (/* binding */ loadRegistry)
});

// UNUSED EXPORTS: MAX_PROBLEMS, capProblems, checkManifest, checkRegistry

;// CONCATENATED MODULE: ./src/load/generated/validators.js
// Generated by scripts/compile-schemas.mjs from schemas/*.schema.json. Do not edit.
const validateManifest = validate52;const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/manifest.schema.json","title":"ai-vendor-gate manifest","description":"The AI vendors and products this repository uses, for what, and with which data.","type":"object","additionalProperties":false,"required":["version","owner","vendors"],"properties":{"version":{"const":1,"description":"Format version; must be 1."},"owner":{"type":"string","minLength":1,"maxLength":200,"description":"Accountable team."},"contact":{"type":"string","minLength":1,"maxLength":200,"description":"How to reach the owner (channel, email)."},"businessUnit":{"type":"string","minLength":1,"maxLength":200,"description":"Business unit the repository belongs to."},"requirements":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"maxItems":1000,"description":"Compliance regimes the repository is under (e.g. iso27001, gdpr)."},"dataResidency":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"maxItems":1000,"description":"Regions where its data may be processed (e.g. eu, us)."},"vendors":{"type":"array","maxItems":1000,"description":"Each AI vendor and product in use.","items":{"type":"object","additionalProperties":false,"required":["vendor","product","purpose","dataClassification"],"description":"One use of an AI vendor product.","properties":{"vendor":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Registry vendor id."},"product":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Registry product id of that vendor."},"purpose":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the repository uses it: auditors ask."},"dataClassification":{"enum":["public","internal","confidential","restricted"],"description":"Highest class of data sent. One of public < internal < confidential < restricted."},"accounts":{"enum":["organization","personal"],"description":"Whose accounts are used: organization (default) or personal."},"via":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Intermediary vendor id the traffic goes through (e.g. openrouter)."},"paths":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Globs of where the use lives in the repository."}}}}}};const pattern3 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/manifest.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate52.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.owner === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.vendors === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendors"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((((((key0 === "version") || (key0 === "owner")) || (key0 === "contact")) || (key0 === "businessUnit")) || (key0 === "requirements")) || (key0 === "dataResidency")) || (key0 === "vendors"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.owner !== undefined){let data1 = data.owner;if(typeof data1 === "string"){if(data1.length > 200){const err5 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data1.length < 1){const err6 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.contact !== undefined){let data2 = data.contact;if(typeof data2 === "string"){if(data2.length > 200){const err8 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data2.length < 1){const err9 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.businessUnit !== undefined){let data3 = data.businessUnit;if(typeof data3 === "string"){if(data3.length > 200){const err11 = {instancePath:instancePath+"/businessUnit",schemaPath:"#/properties/businessUnit/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data3.length < 1){const err12 = {instancePath:instancePath+"/businessUnit",schemaPath:"#/properties/businessUnit/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/businessUnit",schemaPath:"#/properties/businessUnit/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.requirements !== undefined){let data4 = data.requirements;if(Array.isArray(data4)){if(data4.length > 1000){const err14 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(data5.length > 64){const err15 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/properties/requirements/items/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data5.length < 1){const err16 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/properties/requirements/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern3.test(data5)){const err17 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/properties/requirements/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/properties/requirements/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.dataResidency !== undefined){let data6 = data.dataResidency;if(Array.isArray(data6)){if(data6.length > 1000){const err20 = {instancePath:instancePath+"/dataResidency",schemaPath:"#/properties/dataResidency/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(typeof data7 === "string"){if(data7.length > 64){const err21 = {instancePath:instancePath+"/dataResidency/" + i1,schemaPath:"#/properties/dataResidency/items/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data7.length < 1){const err22 = {instancePath:instancePath+"/dataResidency/" + i1,schemaPath:"#/properties/dataResidency/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(!pattern3.test(data7)){const err23 = {instancePath:instancePath+"/dataResidency/" + i1,schemaPath:"#/properties/dataResidency/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/dataResidency/" + i1,schemaPath:"#/properties/dataResidency/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/dataResidency",schemaPath:"#/properties/dataResidency/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.vendors !== undefined){let data8 = data.vendors;if(Array.isArray(data8)){if(data8.length > 1000){const err26 = {instancePath:instancePath+"/vendors",schemaPath:"#/properties/vendors/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}const len2 = data8.length;for(let i2=0; i2<len2; i2++){let data9 = data8[i2];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.vendor === undefined){const err27 = {instancePath:instancePath+"/vendors/" + i2,schemaPath:"#/properties/vendors/items/required",keyword:"required",params:{missingProperty: "vendor"}};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data9.product === undefined){const err28 = {instancePath:instancePath+"/vendors/" + i2,schemaPath:"#/properties/vendors/items/required",keyword:"required",params:{missingProperty: "product"}};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data9.purpose === undefined){const err29 = {instancePath:instancePath+"/vendors/" + i2,schemaPath:"#/properties/vendors/items/required",keyword:"required",params:{missingProperty: "purpose"}};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data9.dataClassification === undefined){const err30 = {instancePath:instancePath+"/vendors/" + i2,schemaPath:"#/properties/vendors/items/required",keyword:"required",params:{missingProperty: "dataClassification"}};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}for(const key1 in data9){if(!(((((((key1 === "vendor") || (key1 === "product")) || (key1 === "purpose")) || (key1 === "dataClassification")) || (key1 === "accounts")) || (key1 === "via")) || (key1 === "paths"))){const err31 = {instancePath:instancePath+"/vendors/" + i2,schemaPath:"#/properties/vendors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data9.vendor !== undefined){let data10 = data9.vendor;if(typeof data10 === "string"){if(data10.length > 64){const err32 = {instancePath:instancePath+"/vendors/" + i2+"/vendor",schemaPath:"#/properties/vendors/items/properties/vendor/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(!pattern3.test(data10)){const err33 = {instancePath:instancePath+"/vendors/" + i2+"/vendor",schemaPath:"#/properties/vendors/items/properties/vendor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/vendors/" + i2+"/vendor",schemaPath:"#/properties/vendors/items/properties/vendor/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data9.product !== undefined){let data11 = data9.product;if(typeof data11 === "string"){if(data11.length > 64){const err35 = {instancePath:instancePath+"/vendors/" + i2+"/product",schemaPath:"#/properties/vendors/items/properties/product/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(!pattern3.test(data11)){const err36 = {instancePath:instancePath+"/vendors/" + i2+"/product",schemaPath:"#/properties/vendors/items/properties/product/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/vendors/" + i2+"/product",schemaPath:"#/properties/vendors/items/properties/product/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data9.purpose !== undefined){let data12 = data9.purpose;if(typeof data12 === "string"){if(data12.length > 2000){const err38 = {instancePath:instancePath+"/vendors/" + i2+"/purpose",schemaPath:"#/properties/vendors/items/properties/purpose/maxLength",keyword:"maxLength",params:{limit: 2000}};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data12.length < 1){const err39 = {instancePath:instancePath+"/vendors/" + i2+"/purpose",schemaPath:"#/properties/vendors/items/properties/purpose/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/vendors/" + i2+"/purpose",schemaPath:"#/properties/vendors/items/properties/purpose/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data9.dataClassification !== undefined){let data13 = data9.dataClassification;if(!((((data13 === "public") || (data13 === "internal")) || (data13 === "confidential")) || (data13 === "restricted"))){const err41 = {instancePath:instancePath+"/vendors/" + i2+"/dataClassification",schemaPath:"#/properties/vendors/items/properties/dataClassification/enum",keyword:"enum",params:{allowedValues: schema19.properties.vendors.items.properties.dataClassification.enum}};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data9.accounts !== undefined){let data14 = data9.accounts;if(!((data14 === "organization") || (data14 === "personal"))){const err42 = {instancePath:instancePath+"/vendors/" + i2+"/accounts",schemaPath:"#/properties/vendors/items/properties/accounts/enum",keyword:"enum",params:{allowedValues: schema19.properties.vendors.items.properties.accounts.enum}};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data9.via !== undefined){let data15 = data9.via;if(typeof data15 === "string"){if(data15.length > 64){const err43 = {instancePath:instancePath+"/vendors/" + i2+"/via",schemaPath:"#/properties/vendors/items/properties/via/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(!pattern3.test(data15)){const err44 = {instancePath:instancePath+"/vendors/" + i2+"/via",schemaPath:"#/properties/vendors/items/properties/via/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/vendors/" + i2+"/via",schemaPath:"#/properties/vendors/items/properties/via/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data9.paths !== undefined){let data16 = data9.paths;if(Array.isArray(data16)){if(data16.length > 1000){const err46 = {instancePath:instancePath+"/vendors/" + i2+"/paths",schemaPath:"#/properties/vendors/items/properties/paths/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}const len3 = data16.length;for(let i3=0; i3<len3; i3++){let data17 = data16[i3];if(typeof data17 === "string"){if(data17.length > 200){const err47 = {instancePath:instancePath+"/vendors/" + i2+"/paths/" + i3,schemaPath:"#/properties/vendors/items/properties/paths/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(data17.length < 1){const err48 = {instancePath:instancePath+"/vendors/" + i2+"/paths/" + i3,schemaPath:"#/properties/vendors/items/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/vendors/" + i2+"/paths/" + i3,schemaPath:"#/properties/vendors/items/properties/paths/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}else {const err50 = {instancePath:instancePath+"/vendors/" + i2+"/paths",schemaPath:"#/properties/vendors/items/properties/paths/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/vendors/" + i2,schemaPath:"#/properties/vendors/items/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/vendors",schemaPath:"#/properties/vendors/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}validate52.errors = vErrors;return errors === 0;}validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const validateRegistry = validate53;const schema20 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/registry.schema.json","title":"ai-vendor-gate registry","description":"The organization's reviewed AI vendors, owned by security and compliance.","type":"object","additionalProperties":false,"required":["version","vendors"],"properties":{"version":{"const":1,"description":"Format version; must be 1."},"organization":{"type":"string","minLength":1,"maxLength":200,"description":"Organization name, shown in reports."},"defaults":{"type":"object","additionalProperties":false,"description":"Defaults for every vendor.","properties":{"reviewCadenceDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days between vendor reviews (365 = annual). Default 365."},"reviewWarningDays":{"type":"integer","minimum":0,"maximum":3650,"description":"Warn this many days before a review falls due. Default 30."}}},"vendors":{"type":"object","description":"Reviewed vendors by id (lowercase kebab-case).","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"$ref":"#/$defs/vendor"}},"waivers":{"type":"array","description":"Time-boxed exceptions granted by security.","maxItems":10000,"items":{"$ref":"#/$defs/waiver"}}},"$defs":{"vendor":{"type":"object","additionalProperties":false,"required":["name","status","products"],"description":"One reviewed vendor.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name of the vendor."},"status":{"enum":["approved","conditional","under-review","rejected","suspended"],"description":"Review outcome: approved, conditional (approved subject to conditions), under-review, rejected or suspended."},"intermediary":{"type":"boolean","description":"True for gateways and middleware (OpenRouter, AI gateways) that pass data to other vendors."},"review":{"type":"object","additionalProperties":false,"description":"The last completed review.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"Date the last review was completed (YYYY-MM-DD, a real calendar day)."},"cadenceDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days until the next review is due; overrides defaults.reviewCadenceDays."},"reviewer":{"type":"string","minLength":1,"maxLength":200,"description":"Who performed the review."},"document":{"type":"string","minLength":1,"maxLength":2000,"description":"Link to the review document."}}},"changes":{"type":"array","maxItems":1000,"description":"Vendor product or policy changes since reviews; a significant change after the review invalidates it.","items":{"type":"object","additionalProperties":false,"required":["date","summary"],"description":"One vendor change.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the change took effect (YYYY-MM-DD, a real calendar day)."},"summary":{"type":"string","minLength":1,"maxLength":2000,"description":"What changed."},"significant":{"type":"boolean","description":"Whether the change invalidates the review (default true)."}}}},"profile":{"type":"object","additionalProperties":false,"description":"Facts the review established.","properties":{"processingRegions":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"maxItems":1000,"description":"Regions where the vendor processes data (e.g. us, eu)."},"trainsOnCustomerData":{"type":"boolean","description":"Whether the vendor trains models on customer data."},"retention":{"enum":["none","limited","until-deleted","indefinite"],"description":"How long the vendor retains inputs and outputs."},"customerManagedKeys":{"type":"boolean","description":"Whether customer-managed encryption keys are available."},"encryption":{"type":"object","additionalProperties":false,"description":"Encryption facts.","properties":{"inTransit":{"type":"string","minLength":1,"maxLength":200,"description":"Encryption in transit (e.g. TLS 1.2+)."},"atRest":{"type":"string","minLength":1,"maxLength":200,"description":"Encryption at rest (e.g. AES-256)."}}},"certifications":{"type":"array","maxItems":100,"description":"Security certifications and their verification status.","items":{"type":"object","additionalProperties":false,"required":["name","status"],"description":"One certification.","properties":{"name":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Certification id, e.g. soc2-type2, iso27001."},"status":{"enum":["verified","unverified","absent"],"description":"verified (report seen), unverified (claimed, not confirmed) or absent."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the certification or report expires (YYYY-MM-DD, a real calendar day)."}}}}}},"findings":{"type":"array","maxItems":1000,"description":"The review's findings, for reports.","items":{"type":"object","additionalProperties":false,"required":["category","title"],"description":"One review finding.","properties":{"category":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Finding category, e.g. data-retention."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"Finding title."},"summary":{"type":"string","minLength":1,"maxLength":5000,"description":"What the review found."}}}},"products":{"type":"object","description":"The vendor's products by id.","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"type":"object","additionalProperties":false,"required":["name","status"],"description":"One product.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name of the product."},"status":{"enum":["approved","prohibited","under-review"],"description":"approved, prohibited or under-review."},"maxClassification":{"enum":["public","internal","confidential","restricted"],"description":"Highest data classification allowed with this product; no ceiling when absent. One of public < internal < confidential < restricted."},"reason":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the product has this status; shown in findings."}}}},"conditions":{"type":"array","maxItems":200,"description":"Conditions of approval.","items":{"type":"object","additionalProperties":false,"required":["id","title"],"description":"One condition: met by an attestation or by a built-in check.","oneOf":[{"required":["evidence"]},{"required":["check"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Condition id; an attestation with the same id meets it."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"Short title."},"owner":{"type":"string","minLength":1,"maxLength":200,"description":"Who must act to meet it (e.g. Legal)."},"description":{"type":"string","minLength":1,"maxLength":2000,"description":"What must be done."},"evidence":{"const":"attestation","description":"Met by an unexpired attestation with the same id."},"check":{"enum":["personal-accounts","review-cadence"],"description":"Met when this built-in rule finds nothing."},"appliesTo":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Narrows the condition; without it, it applies to every use.","properties":{"products":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Product id."},"maxItems":1000,"description":"Only uses of these product ids."},"requirements":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64},"maxItems":1000,"description":"Only repositories whose manifest lists any of these requirements."}}}}}},"attestations":{"type":"object","description":"Evidence that conditions are met, by condition id.","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"type":"object","additionalProperties":false,"required":["date","by"],"description":"One attestation.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the condition was met (YYYY-MM-DD, a real calendar day)."},"by":{"type":"string","minLength":1,"maxLength":200,"description":"Who attests it."},"reference":{"type":"string","minLength":1,"maxLength":200,"description":"Contract or ticket reference."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the attestation lapses (YYYY-MM-DD, a real calendar day)."}}}},"detect":{"type":"object","additionalProperties":false,"description":"Signatures added to the built-in detection catalog for this vendor.","properties":{"npm":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"npm package names."},"pypi":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"PyPI package names."},"go":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Go module paths."},"maven":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Maven group:artifact."},"nuget":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"NuGet package ids."},"rubygems":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Ruby gem names."},"crates":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Rust crate names."},"composer":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Composer (Packagist) package names, vendor/package."},"hosts":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"API hostnames."},"env":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"API-key environment variable names."},"actions":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"GitHub Actions (owner/name) that call the vendor."},"imports":{"type":"object","additionalProperties":false,"description":"Module names that source files import, per language (`import x`, `from x import`, `use x::`).","properties":{"python":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Python module names."},"js":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"JavaScript/TypeScript module specifiers."},"go":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Go import paths."},"java":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Java/Kotlin package prefixes."},"ruby":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Ruby require names."},"rust":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Rust crate paths."}}}}}}},"waiver":{"type":"object","additionalProperties":false,"required":["id","rule","reason","approvedBy","expires"],"description":"A time-boxed exception: findings it covers become notes until it expires.","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64,"description":"Waiver id, e.g. WVR-12."},"rule":{"enum":["manifest-invalid","manifest-missing","vendor-unknown","vendor-not-approved","product-unknown","product-not-approved","personal-account","condition-unmet","condition-expired","review-missing","review-stale","review-due-soon","review-invalidated","certification-expired","residency-mismatch","classification-exceeded","intermediary-not-approved","usage-undeclared","declaration-unused","waiver-expired","registry-changed","scan-empty"],"description":"The rule id it waives (generated from the rule table: any rule the gate has)."},"vendor":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Only findings about this vendor; all vendors when absent."},"repositories":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Globs on owner/name; all repositories when absent."},"reason":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the exception was granted."},"approvedBy":{"type":"string","minLength":1,"maxLength":200,"description":"Who granted it."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"Last day the waiver applies (YYYY-MM-DD, a real calendar day)."}}}}};const schema21 = {"type":"object","additionalProperties":false,"required":["name","status","products"],"description":"One reviewed vendor.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name of the vendor."},"status":{"enum":["approved","conditional","under-review","rejected","suspended"],"description":"Review outcome: approved, conditional (approved subject to conditions), under-review, rejected or suspended."},"intermediary":{"type":"boolean","description":"True for gateways and middleware (OpenRouter, AI gateways) that pass data to other vendors."},"review":{"type":"object","additionalProperties":false,"description":"The last completed review.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"Date the last review was completed (YYYY-MM-DD, a real calendar day)."},"cadenceDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days until the next review is due; overrides defaults.reviewCadenceDays."},"reviewer":{"type":"string","minLength":1,"maxLength":200,"description":"Who performed the review."},"document":{"type":"string","minLength":1,"maxLength":2000,"description":"Link to the review document."}}},"changes":{"type":"array","maxItems":1000,"description":"Vendor product or policy changes since reviews; a significant change after the review invalidates it.","items":{"type":"object","additionalProperties":false,"required":["date","summary"],"description":"One vendor change.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the change took effect (YYYY-MM-DD, a real calendar day)."},"summary":{"type":"string","minLength":1,"maxLength":2000,"description":"What changed."},"significant":{"type":"boolean","description":"Whether the change invalidates the review (default true)."}}}},"profile":{"type":"object","additionalProperties":false,"description":"Facts the review established.","properties":{"processingRegions":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"maxItems":1000,"description":"Regions where the vendor processes data (e.g. us, eu)."},"trainsOnCustomerData":{"type":"boolean","description":"Whether the vendor trains models on customer data."},"retention":{"enum":["none","limited","until-deleted","indefinite"],"description":"How long the vendor retains inputs and outputs."},"customerManagedKeys":{"type":"boolean","description":"Whether customer-managed encryption keys are available."},"encryption":{"type":"object","additionalProperties":false,"description":"Encryption facts.","properties":{"inTransit":{"type":"string","minLength":1,"maxLength":200,"description":"Encryption in transit (e.g. TLS 1.2+)."},"atRest":{"type":"string","minLength":1,"maxLength":200,"description":"Encryption at rest (e.g. AES-256)."}}},"certifications":{"type":"array","maxItems":100,"description":"Security certifications and their verification status.","items":{"type":"object","additionalProperties":false,"required":["name","status"],"description":"One certification.","properties":{"name":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Certification id, e.g. soc2-type2, iso27001."},"status":{"enum":["verified","unverified","absent"],"description":"verified (report seen), unverified (claimed, not confirmed) or absent."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the certification or report expires (YYYY-MM-DD, a real calendar day)."}}}}}},"findings":{"type":"array","maxItems":1000,"description":"The review's findings, for reports.","items":{"type":"object","additionalProperties":false,"required":["category","title"],"description":"One review finding.","properties":{"category":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Finding category, e.g. data-retention."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"Finding title."},"summary":{"type":"string","minLength":1,"maxLength":5000,"description":"What the review found."}}}},"products":{"type":"object","description":"The vendor's products by id.","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"type":"object","additionalProperties":false,"required":["name","status"],"description":"One product.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name of the product."},"status":{"enum":["approved","prohibited","under-review"],"description":"approved, prohibited or under-review."},"maxClassification":{"enum":["public","internal","confidential","restricted"],"description":"Highest data classification allowed with this product; no ceiling when absent. One of public < internal < confidential < restricted."},"reason":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the product has this status; shown in findings."}}}},"conditions":{"type":"array","maxItems":200,"description":"Conditions of approval.","items":{"type":"object","additionalProperties":false,"required":["id","title"],"description":"One condition: met by an attestation or by a built-in check.","oneOf":[{"required":["evidence"]},{"required":["check"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Condition id; an attestation with the same id meets it."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"Short title."},"owner":{"type":"string","minLength":1,"maxLength":200,"description":"Who must act to meet it (e.g. Legal)."},"description":{"type":"string","minLength":1,"maxLength":2000,"description":"What must be done."},"evidence":{"const":"attestation","description":"Met by an unexpired attestation with the same id."},"check":{"enum":["personal-accounts","review-cadence"],"description":"Met when this built-in rule finds nothing."},"appliesTo":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Narrows the condition; without it, it applies to every use.","properties":{"products":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Product id."},"maxItems":1000,"description":"Only uses of these product ids."},"requirements":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64},"maxItems":1000,"description":"Only repositories whose manifest lists any of these requirements."}}}}}},"attestations":{"type":"object","description":"Evidence that conditions are met, by condition id.","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"type":"object","additionalProperties":false,"required":["date","by"],"description":"One attestation.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the condition was met (YYYY-MM-DD, a real calendar day)."},"by":{"type":"string","minLength":1,"maxLength":200,"description":"Who attests it."},"reference":{"type":"string","minLength":1,"maxLength":200,"description":"Contract or ticket reference."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the attestation lapses (YYYY-MM-DD, a real calendar day)."}}}},"detect":{"type":"object","additionalProperties":false,"description":"Signatures added to the built-in detection catalog for this vendor.","properties":{"npm":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"npm package names."},"pypi":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"PyPI package names."},"go":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Go module paths."},"maven":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Maven group:artifact."},"nuget":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"NuGet package ids."},"rubygems":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Ruby gem names."},"crates":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Rust crate names."},"composer":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Composer (Packagist) package names, vendor/package."},"hosts":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"API hostnames."},"env":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"API-key environment variable names."},"actions":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"GitHub Actions (owner/name) that call the vendor."},"imports":{"type":"object","additionalProperties":false,"description":"Module names that source files import, per language (`import x`, `from x import`, `use x::`).","properties":{"python":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Python module names."},"js":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"JavaScript/TypeScript module specifiers."},"go":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Go import paths."},"java":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Java/Kotlin package prefixes."},"ruby":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Ruby require names."},"rust":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Rust crate paths."}}}}}}};const func1 = Object.prototype.hasOwnProperty;const pattern9 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate54.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.status === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.products === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func1.call(schema21.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(data0.length > 200){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.length < 1){const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.status !== undefined){let data1 = data.status;if(!(((((data1 === "approved") || (data1 === "conditional")) || (data1 === "under-review")) || (data1 === "rejected")) || (data1 === "suspended"))){const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema21.properties.status.enum}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.intermediary !== undefined){if(typeof data.intermediary !== "boolean"){const err8 = {instancePath:instancePath+"/intermediary",schemaPath:"#/properties/intermediary/type",keyword:"type",params:{type: "boolean"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.review !== undefined){let data3 = data.review;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((((key1 === "date") || (key1 === "cadenceDays")) || (key1 === "reviewer")) || (key1 === "document"))){const err9 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.date !== undefined){let data4 = data3.date;if(typeof data4 === "string"){if(!pattern9.test(data4)){const err10 = {instancePath:instancePath+"/review/date",schemaPath:"#/properties/review/properties/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/review/date",schemaPath:"#/properties/review/properties/date/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.cadenceDays !== undefined){let data5 = data3.cadenceDays;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err12 = {instancePath:instancePath+"/review/cadenceDays",schemaPath:"#/properties/review/properties/cadenceDays/type",keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 3650 || isNaN(data5)){const err13 = {instancePath:instancePath+"/review/cadenceDays",schemaPath:"#/properties/review/properties/cadenceDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data5 < 1 || isNaN(data5)){const err14 = {instancePath:instancePath+"/review/cadenceDays",schemaPath:"#/properties/review/properties/cadenceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data3.reviewer !== undefined){let data6 = data3.reviewer;if(typeof data6 === "string"){if(data6.length > 200){const err15 = {instancePath:instancePath+"/review/reviewer",schemaPath:"#/properties/review/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data6.length < 1){const err16 = {instancePath:instancePath+"/review/reviewer",schemaPath:"#/properties/review/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/review/reviewer",schemaPath:"#/properties/review/properties/reviewer/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data3.document !== undefined){let data7 = data3.document;if(typeof data7 === "string"){if(data7.length > 2000){const err18 = {instancePath:instancePath+"/review/document",schemaPath:"#/properties/review/properties/document/maxLength",keyword:"maxLength",params:{limit: 2000}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data7.length < 1){const err19 = {instancePath:instancePath+"/review/document",schemaPath:"#/properties/review/properties/document/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/review/document",schemaPath:"#/properties/review/properties/document/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.changes !== undefined){let data8 = data.changes;if(Array.isArray(data8)){if(data8.length > 1000){const err22 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.date === undefined){const err23 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "date"}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data9.summary === undefined){const err24 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "summary"}};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key2 in data9){if(!(((key2 === "date") || (key2 === "summary")) || (key2 === "significant"))){const err25 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data9.date !== undefined){let data10 = data9.date;if(typeof data10 === "string"){if(!pattern9.test(data10)){const err26 = {instancePath:instancePath+"/changes/" + i0+"/date",schemaPath:"#/properties/changes/items/properties/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/changes/" + i0+"/date",schemaPath:"#/properties/changes/items/properties/date/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data9.summary !== undefined){let data11 = data9.summary;if(typeof data11 === "string"){if(data11.length > 2000){const err28 = {instancePath:instancePath+"/changes/" + i0+"/summary",schemaPath:"#/properties/changes/items/properties/summary/maxLength",keyword:"maxLength",params:{limit: 2000}};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data11.length < 1){const err29 = {instancePath:instancePath+"/changes/" + i0+"/summary",schemaPath:"#/properties/changes/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/changes/" + i0+"/summary",schemaPath:"#/properties/changes/items/properties/summary/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data9.significant !== undefined){if(typeof data9.significant !== "boolean"){const err31 = {instancePath:instancePath+"/changes/" + i0+"/significant",schemaPath:"#/properties/changes/items/properties/significant/type",keyword:"type",params:{type: "boolean"}};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.profile !== undefined){let data13 = data.profile;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key3 in data13){if(!((((((key3 === "processingRegions") || (key3 === "trainsOnCustomerData")) || (key3 === "retention")) || (key3 === "customerManagedKeys")) || (key3 === "encryption")) || (key3 === "certifications"))){const err34 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data13.processingRegions !== undefined){let data14 = data13.processingRegions;if(Array.isArray(data14)){if(data14.length > 1000){const err35 = {instancePath:instancePath+"/profile/processingRegions",schemaPath:"#/properties/profile/properties/processingRegions/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}const len1 = data14.length;for(let i1=0; i1<len1; i1++){let data15 = data14[i1];if(typeof data15 === "string"){if(data15.length > 64){const err36 = {instancePath:instancePath+"/profile/processingRegions/" + i1,schemaPath:"#/properties/profile/properties/processingRegions/items/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data15.length < 1){const err37 = {instancePath:instancePath+"/profile/processingRegions/" + i1,schemaPath:"#/properties/profile/properties/processingRegions/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(!pattern3.test(data15)){const err38 = {instancePath:instancePath+"/profile/processingRegions/" + i1,schemaPath:"#/properties/profile/properties/processingRegions/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/profile/processingRegions/" + i1,schemaPath:"#/properties/profile/properties/processingRegions/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/profile/processingRegions",schemaPath:"#/properties/profile/properties/processingRegions/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data13.trainsOnCustomerData !== undefined){if(typeof data13.trainsOnCustomerData !== "boolean"){const err41 = {instancePath:instancePath+"/profile/trainsOnCustomerData",schemaPath:"#/properties/profile/properties/trainsOnCustomerData/type",keyword:"type",params:{type: "boolean"}};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data13.retention !== undefined){let data17 = data13.retention;if(!((((data17 === "none") || (data17 === "limited")) || (data17 === "until-deleted")) || (data17 === "indefinite"))){const err42 = {instancePath:instancePath+"/profile/retention",schemaPath:"#/properties/profile/properties/retention/enum",keyword:"enum",params:{allowedValues: schema21.properties.profile.properties.retention.enum}};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data13.customerManagedKeys !== undefined){if(typeof data13.customerManagedKeys !== "boolean"){const err43 = {instancePath:instancePath+"/profile/customerManagedKeys",schemaPath:"#/properties/profile/properties/customerManagedKeys/type",keyword:"type",params:{type: "boolean"}};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data13.encryption !== undefined){let data19 = data13.encryption;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key4 in data19){if(!((key4 === "inTransit") || (key4 === "atRest"))){const err44 = {instancePath:instancePath+"/profile/encryption",schemaPath:"#/properties/profile/properties/encryption/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data19.inTransit !== undefined){let data20 = data19.inTransit;if(typeof data20 === "string"){if(data20.length > 200){const err45 = {instancePath:instancePath+"/profile/encryption/inTransit",schemaPath:"#/properties/profile/properties/encryption/properties/inTransit/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data20.length < 1){const err46 = {instancePath:instancePath+"/profile/encryption/inTransit",schemaPath:"#/properties/profile/properties/encryption/properties/inTransit/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/profile/encryption/inTransit",schemaPath:"#/properties/profile/properties/encryption/properties/inTransit/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data19.atRest !== undefined){let data21 = data19.atRest;if(typeof data21 === "string"){if(data21.length > 200){const err48 = {instancePath:instancePath+"/profile/encryption/atRest",schemaPath:"#/properties/profile/properties/encryption/properties/atRest/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data21.length < 1){const err49 = {instancePath:instancePath+"/profile/encryption/atRest",schemaPath:"#/properties/profile/properties/encryption/properties/atRest/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/profile/encryption/atRest",schemaPath:"#/properties/profile/properties/encryption/properties/atRest/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/profile/encryption",schemaPath:"#/properties/profile/properties/encryption/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data13.certifications !== undefined){let data22 = data13.certifications;if(Array.isArray(data22)){if(data22.length > 100){const err52 = {instancePath:instancePath+"/profile/certifications",schemaPath:"#/properties/profile/properties/certifications/maxItems",keyword:"maxItems",params:{limit: 100}};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}const len2 = data22.length;for(let i2=0; i2<len2; i2++){let data23 = data22[i2];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.name === undefined){const err53 = {instancePath:instancePath+"/profile/certifications/" + i2,schemaPath:"#/properties/profile/properties/certifications/items/required",keyword:"required",params:{missingProperty: "name"}};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data23.status === undefined){const err54 = {instancePath:instancePath+"/profile/certifications/" + i2,schemaPath:"#/properties/profile/properties/certifications/items/required",keyword:"required",params:{missingProperty: "status"}};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}for(const key5 in data23){if(!(((key5 === "name") || (key5 === "status")) || (key5 === "expires"))){const err55 = {instancePath:instancePath+"/profile/certifications/" + i2,schemaPath:"#/properties/profile/properties/certifications/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data23.name !== undefined){let data24 = data23.name;if(typeof data24 === "string"){if(data24.length > 64){const err56 = {instancePath:instancePath+"/profile/certifications/" + i2+"/name",schemaPath:"#/properties/profile/properties/certifications/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!pattern3.test(data24)){const err57 = {instancePath:instancePath+"/profile/certifications/" + i2+"/name",schemaPath:"#/properties/profile/properties/certifications/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/profile/certifications/" + i2+"/name",schemaPath:"#/properties/profile/properties/certifications/items/properties/name/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data23.status !== undefined){let data25 = data23.status;if(!(((data25 === "verified") || (data25 === "unverified")) || (data25 === "absent"))){const err59 = {instancePath:instancePath+"/profile/certifications/" + i2+"/status",schemaPath:"#/properties/profile/properties/certifications/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema21.properties.profile.properties.certifications.items.properties.status.enum}};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data23.expires !== undefined){let data26 = data23.expires;if(typeof data26 === "string"){if(!pattern9.test(data26)){const err60 = {instancePath:instancePath+"/profile/certifications/" + i2+"/expires",schemaPath:"#/properties/profile/properties/certifications/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/profile/certifications/" + i2+"/expires",schemaPath:"#/properties/profile/properties/certifications/items/properties/expires/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/profile/certifications/" + i2,schemaPath:"#/properties/profile/properties/certifications/items/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/profile/certifications",schemaPath:"#/properties/profile/properties/certifications/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data.findings !== undefined){let data27 = data.findings;if(Array.isArray(data27)){if(data27.length > 1000){const err65 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}const len3 = data27.length;for(let i3=0; i3<len3; i3++){let data28 = data27[i3];if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.category === undefined){const err66 = {instancePath:instancePath+"/findings/" + i3,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "category"}};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(data28.title === undefined){const err67 = {instancePath:instancePath+"/findings/" + i3,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "title"}};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}for(const key6 in data28){if(!(((key6 === "category") || (key6 === "title")) || (key6 === "summary"))){const err68 = {instancePath:instancePath+"/findings/" + i3,schemaPath:"#/properties/findings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data28.category !== undefined){let data29 = data28.category;if(typeof data29 === "string"){if(data29.length > 64){const err69 = {instancePath:instancePath+"/findings/" + i3+"/category",schemaPath:"#/properties/findings/items/properties/category/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(!pattern3.test(data29)){const err70 = {instancePath:instancePath+"/findings/" + i3+"/category",schemaPath:"#/properties/findings/items/properties/category/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/findings/" + i3+"/category",schemaPath:"#/properties/findings/items/properties/category/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data28.title !== undefined){let data30 = data28.title;if(typeof data30 === "string"){if(data30.length > 200){const err72 = {instancePath:instancePath+"/findings/" + i3+"/title",schemaPath:"#/properties/findings/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data30.length < 1){const err73 = {instancePath:instancePath+"/findings/" + i3+"/title",schemaPath:"#/properties/findings/items/properties/title/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}else {const err74 = {instancePath:instancePath+"/findings/" + i3+"/title",schemaPath:"#/properties/findings/items/properties/title/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data28.summary !== undefined){let data31 = data28.summary;if(typeof data31 === "string"){if(data31.length > 5000){const err75 = {instancePath:instancePath+"/findings/" + i3+"/summary",schemaPath:"#/properties/findings/items/properties/summary/maxLength",keyword:"maxLength",params:{limit: 5000}};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data31.length < 1){const err76 = {instancePath:instancePath+"/findings/" + i3+"/summary",schemaPath:"#/properties/findings/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/findings/" + i3+"/summary",schemaPath:"#/properties/findings/items/properties/summary/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/findings/" + i3,schemaPath:"#/properties/findings/items/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.products !== undefined){let data32 = data.products;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key7 in data32){const _errs71 = errors;if(typeof key7 === "string"){if(key7.length > 64){const err80 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},propertyName:key7};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(!pattern3.test(key7)){const err81 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},propertyName:key7};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}var valid15 = _errs71 === errors;if(!valid15){const err82 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/propertyNames",keyword:"propertyNames",params:{propertyName: key7}};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}for(const key8 in data32){let data33 = data32[key8];if(data33 && typeof data33 == "object" && !Array.isArray(data33)){if(data33.name === undefined){const err83 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/products/additionalProperties/required",keyword:"required",params:{missingProperty: "name"}};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(data33.status === undefined){const err84 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/products/additionalProperties/required",keyword:"required",params:{missingProperty: "status"}};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}for(const key9 in data33){if(!((((key9 === "name") || (key9 === "status")) || (key9 === "maxClassification")) || (key9 === "reason"))){const err85 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/products/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data33.name !== undefined){let data34 = data33.name;if(typeof data34 === "string"){if(data34.length > 200){const err86 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/products/additionalProperties/properties/name/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(data34.length < 1){const err87 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/products/additionalProperties/properties/name/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}else {const err88 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/products/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data33.status !== undefined){let data35 = data33.status;if(!(((data35 === "approved") || (data35 === "prohibited")) || (data35 === "under-review"))){const err89 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/status",schemaPath:"#/properties/products/additionalProperties/properties/status/enum",keyword:"enum",params:{allowedValues: schema21.properties.products.additionalProperties.properties.status.enum}};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data33.maxClassification !== undefined){let data36 = data33.maxClassification;if(!((((data36 === "public") || (data36 === "internal")) || (data36 === "confidential")) || (data36 === "restricted"))){const err90 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxClassification",schemaPath:"#/properties/products/additionalProperties/properties/maxClassification/enum",keyword:"enum",params:{allowedValues: schema21.properties.products.additionalProperties.properties.maxClassification.enum}};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data33.reason !== undefined){let data37 = data33.reason;if(typeof data37 === "string"){if(data37.length > 2000){const err91 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/reason",schemaPath:"#/properties/products/additionalProperties/properties/reason/maxLength",keyword:"maxLength",params:{limit: 2000}};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}if(data37.length < 1){const err92 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/reason",schemaPath:"#/properties/products/additionalProperties/properties/reason/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/reason",schemaPath:"#/properties/products/additionalProperties/properties/reason/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath:instancePath+"/products/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/products/additionalProperties/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data.conditions !== undefined){let data38 = data.conditions;if(Array.isArray(data38)){if(data38.length > 200){const err96 = {instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/maxItems",keyword:"maxItems",params:{limit: 200}};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}const len4 = data38.length;for(let i4=0; i4<len4; i4++){let data39 = data38[i4];const _errs86 = errors;let valid20 = false;let passing0 = null;const _errs87 = errors;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.evidence === undefined){const err97 = {instancePath:instancePath+"/conditions/" + i4,schemaPath:"#/properties/conditions/items/oneOf/0/required",keyword:"required",params:{missingProperty: "evidence"}};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}var _valid0 = _errs87 === errors;if(_valid0){valid20 = true;passing0 = 0;}const _errs88 = errors;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.check === undefined){const err98 = {instancePath:instancePath+"/conditions/" + i4,schemaPath:"#/properties/conditions/items/oneOf/1/required",keyword:"required",params:{missingProperty: "check"}};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}var _valid0 = _errs88 === errors;if(_valid0 && valid20){valid20 = false;passing0 = [passing0, 1];}else {if(_valid0){valid20 = true;passing0 = 1;}}if(!valid20){const err99 = {instancePath:instancePath+"/conditions/" + i4,schemaPath:"#/properties/conditions/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}else {errors = _errs86;if(vErrors !== null){if(_errs86){vErrors.length = _errs86;}else {vErrors = null;}}}if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.id === undefined){const err100 = {instancePath:instancePath+"/conditions/" + i4,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "id"}};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(data39.title === undefined){const err101 = {instancePath:instancePath+"/conditions/" + i4,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "title"}};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}for(const key10 in data39){if(!(((((((key10 === "id") || (key10 === "title")) || (key10 === "owner")) || (key10 === "description")) || (key10 === "evidence")) || (key10 === "check")) || (key10 === "appliesTo"))){const err102 = {instancePath:instancePath+"/conditions/" + i4,schemaPath:"#/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data39.id !== undefined){let data40 = data39.id;if(typeof data40 === "string"){if(data40.length > 64){const err103 = {instancePath:instancePath+"/conditions/" + i4+"/id",schemaPath:"#/properties/conditions/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}if(!pattern3.test(data40)){const err104 = {instancePath:instancePath+"/conditions/" + i4+"/id",schemaPath:"#/properties/conditions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}else {const err105 = {instancePath:instancePath+"/conditions/" + i4+"/id",schemaPath:"#/properties/conditions/items/properties/id/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data39.title !== undefined){let data41 = data39.title;if(typeof data41 === "string"){if(data41.length > 200){const err106 = {instancePath:instancePath+"/conditions/" + i4+"/title",schemaPath:"#/properties/conditions/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data41.length < 1){const err107 = {instancePath:instancePath+"/conditions/" + i4+"/title",schemaPath:"#/properties/conditions/items/properties/title/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}else {const err108 = {instancePath:instancePath+"/conditions/" + i4+"/title",schemaPath:"#/properties/conditions/items/properties/title/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data39.owner !== undefined){let data42 = data39.owner;if(typeof data42 === "string"){if(data42.length > 200){const err109 = {instancePath:instancePath+"/conditions/" + i4+"/owner",schemaPath:"#/properties/conditions/items/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}if(data42.length < 1){const err110 = {instancePath:instancePath+"/conditions/" + i4+"/owner",schemaPath:"#/properties/conditions/items/properties/owner/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}else {const err111 = {instancePath:instancePath+"/conditions/" + i4+"/owner",schemaPath:"#/properties/conditions/items/properties/owner/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data39.description !== undefined){let data43 = data39.description;if(typeof data43 === "string"){if(data43.length > 2000){const err112 = {instancePath:instancePath+"/conditions/" + i4+"/description",schemaPath:"#/properties/conditions/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000}};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if(data43.length < 1){const err113 = {instancePath:instancePath+"/conditions/" + i4+"/description",schemaPath:"#/properties/conditions/items/properties/description/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}else {const err114 = {instancePath:instancePath+"/conditions/" + i4+"/description",schemaPath:"#/properties/conditions/items/properties/description/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data39.evidence !== undefined){if("attestation" !== data39.evidence){const err115 = {instancePath:instancePath+"/conditions/" + i4+"/evidence",schemaPath:"#/properties/conditions/items/properties/evidence/const",keyword:"const",params:{allowedValue: "attestation"}};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data39.check !== undefined){let data45 = data39.check;if(!((data45 === "personal-accounts") || (data45 === "review-cadence"))){const err116 = {instancePath:instancePath+"/conditions/" + i4+"/check",schemaPath:"#/properties/conditions/items/properties/check/enum",keyword:"enum",params:{allowedValues: schema21.properties.conditions.items.properties.check.enum}};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data39.appliesTo !== undefined){let data46 = data39.appliesTo;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){if(Object.keys(data46).length < 1){const err117 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo",schemaPath:"#/properties/conditions/items/properties/appliesTo/minProperties",keyword:"minProperties",params:{limit: 1}};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}for(const key11 in data46){if(!((key11 === "products") || (key11 === "requirements"))){const err118 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo",schemaPath:"#/properties/conditions/items/properties/appliesTo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data46.products !== undefined){let data47 = data46.products;if(Array.isArray(data47)){if(data47.length > 1000){const err119 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/products",schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/products/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}const len5 = data47.length;for(let i5=0; i5<len5; i5++){let data48 = data47[i5];if(typeof data48 === "string"){if(data48.length > 64){const err120 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/products/" + i5,schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/products/items/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if(!pattern3.test(data48)){const err121 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/products/" + i5,schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/products/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}else {const err122 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/products/" + i5,schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/products/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}}else {const err123 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/products",schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/products/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data46.requirements !== undefined){let data49 = data46.requirements;if(Array.isArray(data49)){if(data49.length > 1000){const err124 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/requirements",schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/requirements/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}const len6 = data49.length;for(let i6=0; i6<len6; i6++){let data50 = data49[i6];if(typeof data50 === "string"){if(data50.length > 64){const err125 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/requirements/" + i6,schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/requirements/items/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}if(data50.length < 1){const err126 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/requirements/" + i6,schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/requirements/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}else {const err127 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/requirements/" + i6,schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/requirements/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo/requirements",schemaPath:"#/properties/conditions/items/properties/appliesTo/properties/requirements/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}}else {const err129 = {instancePath:instancePath+"/conditions/" + i4+"/appliesTo",schemaPath:"#/properties/conditions/items/properties/appliesTo/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}}else {const err130 = {instancePath:instancePath+"/conditions/" + i4,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}}else {const err131 = {instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data.attestations !== undefined){let data51 = data.attestations;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){for(const key12 in data51){const _errs113 = errors;if(typeof key12 === "string"){if(key12.length > 64){const err132 = {instancePath:instancePath+"/attestations",schemaPath:"#/properties/attestations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},propertyName:key12};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}if(!pattern3.test(key12)){const err133 = {instancePath:instancePath+"/attestations",schemaPath:"#/properties/attestations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},propertyName:key12};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}var valid27 = _errs113 === errors;if(!valid27){const err134 = {instancePath:instancePath+"/attestations",schemaPath:"#/properties/attestations/propertyNames",keyword:"propertyNames",params:{propertyName: key12}};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}for(const key13 in data51){let data52 = data51[key13];if(data52 && typeof data52 == "object" && !Array.isArray(data52)){if(data52.date === undefined){const err135 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attestations/additionalProperties/required",keyword:"required",params:{missingProperty: "date"}};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}if(data52.by === undefined){const err136 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attestations/additionalProperties/required",keyword:"required",params:{missingProperty: "by"}};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}for(const key14 in data52){if(!((((key14 === "date") || (key14 === "by")) || (key14 === "reference")) || (key14 === "expires"))){const err137 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attestations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data52.date !== undefined){let data53 = data52.date;if(typeof data53 === "string"){if(!pattern9.test(data53)){const err138 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/date",schemaPath:"#/properties/attestations/additionalProperties/properties/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}else {const err139 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/date",schemaPath:"#/properties/attestations/additionalProperties/properties/date/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data52.by !== undefined){let data54 = data52.by;if(typeof data54 === "string"){if(data54.length > 200){const err140 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/by",schemaPath:"#/properties/attestations/additionalProperties/properties/by/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}if(data54.length < 1){const err141 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/by",schemaPath:"#/properties/attestations/additionalProperties/properties/by/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}else {const err142 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/by",schemaPath:"#/properties/attestations/additionalProperties/properties/by/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data52.reference !== undefined){let data55 = data52.reference;if(typeof data55 === "string"){if(data55.length > 200){const err143 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/reference",schemaPath:"#/properties/attestations/additionalProperties/properties/reference/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}if(data55.length < 1){const err144 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/reference",schemaPath:"#/properties/attestations/additionalProperties/properties/reference/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}else {const err145 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/reference",schemaPath:"#/properties/attestations/additionalProperties/properties/reference/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data52.expires !== undefined){let data56 = data52.expires;if(typeof data56 === "string"){if(!pattern9.test(data56)){const err146 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/expires",schemaPath:"#/properties/attestations/additionalProperties/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}else {const err147 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/expires",schemaPath:"#/properties/attestations/additionalProperties/properties/expires/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}}else {const err148 = {instancePath:instancePath+"/attestations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attestations/additionalProperties/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}}else {const err149 = {instancePath:instancePath+"/attestations",schemaPath:"#/properties/attestations/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data.detect !== undefined){let data57 = data.detect;if(data57 && typeof data57 == "object" && !Array.isArray(data57)){for(const key15 in data57){if(!(func1.call(schema21.properties.detect.properties, key15))){const err150 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15}};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data57.npm !== undefined){let data58 = data57.npm;if(Array.isArray(data58)){if(data58.length > 1000){const err151 = {instancePath:instancePath+"/detect/npm",schemaPath:"#/properties/detect/properties/npm/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}const len7 = data58.length;for(let i7=0; i7<len7; i7++){let data59 = data58[i7];if(typeof data59 === "string"){if(data59.length > 200){const err152 = {instancePath:instancePath+"/detect/npm/" + i7,schemaPath:"#/properties/detect/properties/npm/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}if(data59.length < 1){const err153 = {instancePath:instancePath+"/detect/npm/" + i7,schemaPath:"#/properties/detect/properties/npm/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}else {const err154 = {instancePath:instancePath+"/detect/npm/" + i7,schemaPath:"#/properties/detect/properties/npm/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}}else {const err155 = {instancePath:instancePath+"/detect/npm",schemaPath:"#/properties/detect/properties/npm/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data57.pypi !== undefined){let data60 = data57.pypi;if(Array.isArray(data60)){if(data60.length > 1000){const err156 = {instancePath:instancePath+"/detect/pypi",schemaPath:"#/properties/detect/properties/pypi/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}const len8 = data60.length;for(let i8=0; i8<len8; i8++){let data61 = data60[i8];if(typeof data61 === "string"){if(data61.length > 200){const err157 = {instancePath:instancePath+"/detect/pypi/" + i8,schemaPath:"#/properties/detect/properties/pypi/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}if(data61.length < 1){const err158 = {instancePath:instancePath+"/detect/pypi/" + i8,schemaPath:"#/properties/detect/properties/pypi/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}else {const err159 = {instancePath:instancePath+"/detect/pypi/" + i8,schemaPath:"#/properties/detect/properties/pypi/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}}else {const err160 = {instancePath:instancePath+"/detect/pypi",schemaPath:"#/properties/detect/properties/pypi/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data57.go !== undefined){let data62 = data57.go;if(Array.isArray(data62)){if(data62.length > 1000){const err161 = {instancePath:instancePath+"/detect/go",schemaPath:"#/properties/detect/properties/go/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}const len9 = data62.length;for(let i9=0; i9<len9; i9++){let data63 = data62[i9];if(typeof data63 === "string"){if(data63.length > 200){const err162 = {instancePath:instancePath+"/detect/go/" + i9,schemaPath:"#/properties/detect/properties/go/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}if(data63.length < 1){const err163 = {instancePath:instancePath+"/detect/go/" + i9,schemaPath:"#/properties/detect/properties/go/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}else {const err164 = {instancePath:instancePath+"/detect/go/" + i9,schemaPath:"#/properties/detect/properties/go/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}}else {const err165 = {instancePath:instancePath+"/detect/go",schemaPath:"#/properties/detect/properties/go/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data57.maven !== undefined){let data64 = data57.maven;if(Array.isArray(data64)){if(data64.length > 1000){const err166 = {instancePath:instancePath+"/detect/maven",schemaPath:"#/properties/detect/properties/maven/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}const len10 = data64.length;for(let i10=0; i10<len10; i10++){let data65 = data64[i10];if(typeof data65 === "string"){if(data65.length > 200){const err167 = {instancePath:instancePath+"/detect/maven/" + i10,schemaPath:"#/properties/detect/properties/maven/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}if(data65.length < 1){const err168 = {instancePath:instancePath+"/detect/maven/" + i10,schemaPath:"#/properties/detect/properties/maven/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}else {const err169 = {instancePath:instancePath+"/detect/maven/" + i10,schemaPath:"#/properties/detect/properties/maven/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}}else {const err170 = {instancePath:instancePath+"/detect/maven",schemaPath:"#/properties/detect/properties/maven/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data57.nuget !== undefined){let data66 = data57.nuget;if(Array.isArray(data66)){if(data66.length > 1000){const err171 = {instancePath:instancePath+"/detect/nuget",schemaPath:"#/properties/detect/properties/nuget/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}const len11 = data66.length;for(let i11=0; i11<len11; i11++){let data67 = data66[i11];if(typeof data67 === "string"){if(data67.length > 200){const err172 = {instancePath:instancePath+"/detect/nuget/" + i11,schemaPath:"#/properties/detect/properties/nuget/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}if(data67.length < 1){const err173 = {instancePath:instancePath+"/detect/nuget/" + i11,schemaPath:"#/properties/detect/properties/nuget/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}else {const err174 = {instancePath:instancePath+"/detect/nuget/" + i11,schemaPath:"#/properties/detect/properties/nuget/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}}else {const err175 = {instancePath:instancePath+"/detect/nuget",schemaPath:"#/properties/detect/properties/nuget/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data57.rubygems !== undefined){let data68 = data57.rubygems;if(Array.isArray(data68)){if(data68.length > 1000){const err176 = {instancePath:instancePath+"/detect/rubygems",schemaPath:"#/properties/detect/properties/rubygems/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}const len12 = data68.length;for(let i12=0; i12<len12; i12++){let data69 = data68[i12];if(typeof data69 === "string"){if(data69.length > 200){const err177 = {instancePath:instancePath+"/detect/rubygems/" + i12,schemaPath:"#/properties/detect/properties/rubygems/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}if(data69.length < 1){const err178 = {instancePath:instancePath+"/detect/rubygems/" + i12,schemaPath:"#/properties/detect/properties/rubygems/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}else {const err179 = {instancePath:instancePath+"/detect/rubygems/" + i12,schemaPath:"#/properties/detect/properties/rubygems/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}}else {const err180 = {instancePath:instancePath+"/detect/rubygems",schemaPath:"#/properties/detect/properties/rubygems/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data57.crates !== undefined){let data70 = data57.crates;if(Array.isArray(data70)){if(data70.length > 1000){const err181 = {instancePath:instancePath+"/detect/crates",schemaPath:"#/properties/detect/properties/crates/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}const len13 = data70.length;for(let i13=0; i13<len13; i13++){let data71 = data70[i13];if(typeof data71 === "string"){if(data71.length > 200){const err182 = {instancePath:instancePath+"/detect/crates/" + i13,schemaPath:"#/properties/detect/properties/crates/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}if(data71.length < 1){const err183 = {instancePath:instancePath+"/detect/crates/" + i13,schemaPath:"#/properties/detect/properties/crates/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}else {const err184 = {instancePath:instancePath+"/detect/crates/" + i13,schemaPath:"#/properties/detect/properties/crates/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}}else {const err185 = {instancePath:instancePath+"/detect/crates",schemaPath:"#/properties/detect/properties/crates/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data57.composer !== undefined){let data72 = data57.composer;if(Array.isArray(data72)){if(data72.length > 1000){const err186 = {instancePath:instancePath+"/detect/composer",schemaPath:"#/properties/detect/properties/composer/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}const len14 = data72.length;for(let i14=0; i14<len14; i14++){let data73 = data72[i14];if(typeof data73 === "string"){if(data73.length > 200){const err187 = {instancePath:instancePath+"/detect/composer/" + i14,schemaPath:"#/properties/detect/properties/composer/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}if(data73.length < 1){const err188 = {instancePath:instancePath+"/detect/composer/" + i14,schemaPath:"#/properties/detect/properties/composer/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}else {const err189 = {instancePath:instancePath+"/detect/composer/" + i14,schemaPath:"#/properties/detect/properties/composer/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}}else {const err190 = {instancePath:instancePath+"/detect/composer",schemaPath:"#/properties/detect/properties/composer/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}if(data57.hosts !== undefined){let data74 = data57.hosts;if(Array.isArray(data74)){if(data74.length > 1000){const err191 = {instancePath:instancePath+"/detect/hosts",schemaPath:"#/properties/detect/properties/hosts/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}const len15 = data74.length;for(let i15=0; i15<len15; i15++){let data75 = data74[i15];if(typeof data75 === "string"){if(data75.length > 200){const err192 = {instancePath:instancePath+"/detect/hosts/" + i15,schemaPath:"#/properties/detect/properties/hosts/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}if(data75.length < 1){const err193 = {instancePath:instancePath+"/detect/hosts/" + i15,schemaPath:"#/properties/detect/properties/hosts/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}else {const err194 = {instancePath:instancePath+"/detect/hosts/" + i15,schemaPath:"#/properties/detect/properties/hosts/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}}else {const err195 = {instancePath:instancePath+"/detect/hosts",schemaPath:"#/properties/detect/properties/hosts/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data57.env !== undefined){let data76 = data57.env;if(Array.isArray(data76)){if(data76.length > 1000){const err196 = {instancePath:instancePath+"/detect/env",schemaPath:"#/properties/detect/properties/env/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}const len16 = data76.length;for(let i16=0; i16<len16; i16++){let data77 = data76[i16];if(typeof data77 === "string"){if(data77.length > 200){const err197 = {instancePath:instancePath+"/detect/env/" + i16,schemaPath:"#/properties/detect/properties/env/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}if(data77.length < 1){const err198 = {instancePath:instancePath+"/detect/env/" + i16,schemaPath:"#/properties/detect/properties/env/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}else {const err199 = {instancePath:instancePath+"/detect/env/" + i16,schemaPath:"#/properties/detect/properties/env/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}}else {const err200 = {instancePath:instancePath+"/detect/env",schemaPath:"#/properties/detect/properties/env/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}if(data57.actions !== undefined){let data78 = data57.actions;if(Array.isArray(data78)){if(data78.length > 1000){const err201 = {instancePath:instancePath+"/detect/actions",schemaPath:"#/properties/detect/properties/actions/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}const len17 = data78.length;for(let i17=0; i17<len17; i17++){let data79 = data78[i17];if(typeof data79 === "string"){if(data79.length > 200){const err202 = {instancePath:instancePath+"/detect/actions/" + i17,schemaPath:"#/properties/detect/properties/actions/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}if(data79.length < 1){const err203 = {instancePath:instancePath+"/detect/actions/" + i17,schemaPath:"#/properties/detect/properties/actions/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}else {const err204 = {instancePath:instancePath+"/detect/actions/" + i17,schemaPath:"#/properties/detect/properties/actions/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}}else {const err205 = {instancePath:instancePath+"/detect/actions",schemaPath:"#/properties/detect/properties/actions/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}if(data57.imports !== undefined){let data80 = data57.imports;if(data80 && typeof data80 == "object" && !Array.isArray(data80)){for(const key16 in data80){if(!((((((key16 === "python") || (key16 === "js")) || (key16 === "go")) || (key16 === "java")) || (key16 === "ruby")) || (key16 === "rust"))){const err206 = {instancePath:instancePath+"/detect/imports",schemaPath:"#/properties/detect/properties/imports/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16}};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}if(data80.python !== undefined){let data81 = data80.python;if(Array.isArray(data81)){if(data81.length > 1000){const err207 = {instancePath:instancePath+"/detect/imports/python",schemaPath:"#/properties/detect/properties/imports/properties/python/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}const len18 = data81.length;for(let i18=0; i18<len18; i18++){let data82 = data81[i18];if(typeof data82 === "string"){if(data82.length > 200){const err208 = {instancePath:instancePath+"/detect/imports/python/" + i18,schemaPath:"#/properties/detect/properties/imports/properties/python/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}if(data82.length < 1){const err209 = {instancePath:instancePath+"/detect/imports/python/" + i18,schemaPath:"#/properties/detect/properties/imports/properties/python/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}else {const err210 = {instancePath:instancePath+"/detect/imports/python/" + i18,schemaPath:"#/properties/detect/properties/imports/properties/python/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}}else {const err211 = {instancePath:instancePath+"/detect/imports/python",schemaPath:"#/properties/detect/properties/imports/properties/python/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}if(data80.js !== undefined){let data83 = data80.js;if(Array.isArray(data83)){if(data83.length > 1000){const err212 = {instancePath:instancePath+"/detect/imports/js",schemaPath:"#/properties/detect/properties/imports/properties/js/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}const len19 = data83.length;for(let i19=0; i19<len19; i19++){let data84 = data83[i19];if(typeof data84 === "string"){if(data84.length > 200){const err213 = {instancePath:instancePath+"/detect/imports/js/" + i19,schemaPath:"#/properties/detect/properties/imports/properties/js/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}if(data84.length < 1){const err214 = {instancePath:instancePath+"/detect/imports/js/" + i19,schemaPath:"#/properties/detect/properties/imports/properties/js/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}else {const err215 = {instancePath:instancePath+"/detect/imports/js/" + i19,schemaPath:"#/properties/detect/properties/imports/properties/js/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}}else {const err216 = {instancePath:instancePath+"/detect/imports/js",schemaPath:"#/properties/detect/properties/imports/properties/js/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data80.go !== undefined){let data85 = data80.go;if(Array.isArray(data85)){if(data85.length > 1000){const err217 = {instancePath:instancePath+"/detect/imports/go",schemaPath:"#/properties/detect/properties/imports/properties/go/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}const len20 = data85.length;for(let i20=0; i20<len20; i20++){let data86 = data85[i20];if(typeof data86 === "string"){if(data86.length > 200){const err218 = {instancePath:instancePath+"/detect/imports/go/" + i20,schemaPath:"#/properties/detect/properties/imports/properties/go/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}if(data86.length < 1){const err219 = {instancePath:instancePath+"/detect/imports/go/" + i20,schemaPath:"#/properties/detect/properties/imports/properties/go/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}else {const err220 = {instancePath:instancePath+"/detect/imports/go/" + i20,schemaPath:"#/properties/detect/properties/imports/properties/go/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}}else {const err221 = {instancePath:instancePath+"/detect/imports/go",schemaPath:"#/properties/detect/properties/imports/properties/go/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}if(data80.java !== undefined){let data87 = data80.java;if(Array.isArray(data87)){if(data87.length > 1000){const err222 = {instancePath:instancePath+"/detect/imports/java",schemaPath:"#/properties/detect/properties/imports/properties/java/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}const len21 = data87.length;for(let i21=0; i21<len21; i21++){let data88 = data87[i21];if(typeof data88 === "string"){if(data88.length > 200){const err223 = {instancePath:instancePath+"/detect/imports/java/" + i21,schemaPath:"#/properties/detect/properties/imports/properties/java/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}if(data88.length < 1){const err224 = {instancePath:instancePath+"/detect/imports/java/" + i21,schemaPath:"#/properties/detect/properties/imports/properties/java/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}else {const err225 = {instancePath:instancePath+"/detect/imports/java/" + i21,schemaPath:"#/properties/detect/properties/imports/properties/java/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}}else {const err226 = {instancePath:instancePath+"/detect/imports/java",schemaPath:"#/properties/detect/properties/imports/properties/java/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}if(data80.ruby !== undefined){let data89 = data80.ruby;if(Array.isArray(data89)){if(data89.length > 1000){const err227 = {instancePath:instancePath+"/detect/imports/ruby",schemaPath:"#/properties/detect/properties/imports/properties/ruby/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}const len22 = data89.length;for(let i22=0; i22<len22; i22++){let data90 = data89[i22];if(typeof data90 === "string"){if(data90.length > 200){const err228 = {instancePath:instancePath+"/detect/imports/ruby/" + i22,schemaPath:"#/properties/detect/properties/imports/properties/ruby/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}if(data90.length < 1){const err229 = {instancePath:instancePath+"/detect/imports/ruby/" + i22,schemaPath:"#/properties/detect/properties/imports/properties/ruby/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}else {const err230 = {instancePath:instancePath+"/detect/imports/ruby/" + i22,schemaPath:"#/properties/detect/properties/imports/properties/ruby/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}}else {const err231 = {instancePath:instancePath+"/detect/imports/ruby",schemaPath:"#/properties/detect/properties/imports/properties/ruby/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}if(data80.rust !== undefined){let data91 = data80.rust;if(Array.isArray(data91)){if(data91.length > 1000){const err232 = {instancePath:instancePath+"/detect/imports/rust",schemaPath:"#/properties/detect/properties/imports/properties/rust/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}const len23 = data91.length;for(let i23=0; i23<len23; i23++){let data92 = data91[i23];if(typeof data92 === "string"){if(data92.length > 200){const err233 = {instancePath:instancePath+"/detect/imports/rust/" + i23,schemaPath:"#/properties/detect/properties/imports/properties/rust/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}if(data92.length < 1){const err234 = {instancePath:instancePath+"/detect/imports/rust/" + i23,schemaPath:"#/properties/detect/properties/imports/properties/rust/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}else {const err235 = {instancePath:instancePath+"/detect/imports/rust/" + i23,schemaPath:"#/properties/detect/properties/imports/properties/rust/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}}else {const err236 = {instancePath:instancePath+"/detect/imports/rust",schemaPath:"#/properties/detect/properties/imports/properties/rust/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}}else {const err237 = {instancePath:instancePath+"/detect/imports",schemaPath:"#/properties/detect/properties/imports/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}}else {const err238 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}}else {const err239 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}validate54.errors = vErrors;return errors === 0;}validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema22 = {"type":"object","additionalProperties":false,"required":["id","rule","reason","approvedBy","expires"],"description":"A time-boxed exception: findings it covers become notes until it expires.","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64,"description":"Waiver id, e.g. WVR-12."},"rule":{"enum":["manifest-invalid","manifest-missing","vendor-unknown","vendor-not-approved","product-unknown","product-not-approved","personal-account","condition-unmet","condition-expired","review-missing","review-stale","review-due-soon","review-invalidated","certification-expired","residency-mismatch","classification-exceeded","intermediary-not-approved","usage-undeclared","declaration-unused","waiver-expired","registry-changed","scan-empty"],"description":"The rule id it waives (generated from the rule table: any rule the gate has)."},"vendor":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Only findings about this vendor; all vendors when absent."},"repositories":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Globs on owner/name; all repositories when absent."},"reason":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the exception was granted."},"approvedBy":{"type":"string","minLength":1,"maxLength":200,"description":"Who granted it."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"Last day the waiver applies (YYYY-MM-DD, a real calendar day)."}}};const pattern21 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate56.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.rule === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.reason === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.approvedBy === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvedBy"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.expires === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){if(!(((((((key0 === "id") || (key0 === "rule")) || (key0 === "vendor")) || (key0 === "repositories")) || (key0 === "reason")) || (key0 === "approvedBy")) || (key0 === "expires"))){const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(data0.length > 64){const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!pattern21.test(data0)){const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.rule !== undefined){let data1 = data.rule;if(!((((((((((((((((((((((data1 === "manifest-invalid") || (data1 === "manifest-missing")) || (data1 === "vendor-unknown")) || (data1 === "vendor-not-approved")) || (data1 === "product-unknown")) || (data1 === "product-not-approved")) || (data1 === "personal-account")) || (data1 === "condition-unmet")) || (data1 === "condition-expired")) || (data1 === "review-missing")) || (data1 === "review-stale")) || (data1 === "review-due-soon")) || (data1 === "review-invalidated")) || (data1 === "certification-expired")) || (data1 === "residency-mismatch")) || (data1 === "classification-exceeded")) || (data1 === "intermediary-not-approved")) || (data1 === "usage-undeclared")) || (data1 === "declaration-unused")) || (data1 === "waiver-expired")) || (data1 === "registry-changed")) || (data1 === "scan-empty"))){const err9 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/enum",keyword:"enum",params:{allowedValues: schema22.properties.rule.enum}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.vendor !== undefined){let data2 = data.vendor;if(typeof data2 === "string"){if(data2.length > 64){const err10 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/maxLength",keyword:"maxLength",params:{limit: 64}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!pattern3.test(data2)){const err11 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.repositories !== undefined){let data3 = data.repositories;if(Array.isArray(data3)){if(data3.length > 1000){const err13 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/maxItems",keyword:"maxItems",params:{limit: 1000}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(data4.length > 200){const err14 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data4.length < 1){const err15 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.reason !== undefined){let data5 = data.reason;if(typeof data5 === "string"){if(data5.length > 2000){const err18 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 2000}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data5.length < 1){const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.approvedBy !== undefined){let data6 = data.approvedBy;if(typeof data6 === "string"){if(data6.length > 200){const err21 = {instancePath:instancePath+"/approvedBy",schemaPath:"#/properties/approvedBy/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data6.length < 1){const err22 = {instancePath:instancePath+"/approvedBy",schemaPath:"#/properties/approvedBy/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/approvedBy",schemaPath:"#/properties/approvedBy/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.expires !== undefined){let data7 = data.expires;if(typeof data7 === "string"){if(!pattern9.test(data7)){const err24 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}validate56.errors = vErrors;return errors === 0;}validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/registry.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate53.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.vendors === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendors"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "version") || (key0 === "organization")) || (key0 === "defaults")) || (key0 === "vendors")) || (key0 === "waivers"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.organization !== undefined){let data1 = data.organization;if(typeof data1 === "string"){if(data1.length > 200){const err4 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/maxLength",keyword:"maxLength",params:{limit: 200}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1.length < 1){const err5 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.defaults !== undefined){let data2 = data.defaults;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!((key1 === "reviewCadenceDays") || (key1 === "reviewWarningDays"))){const err7 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data2.reviewCadenceDays !== undefined){let data3 = data2.reviewCadenceDays;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err8 = {instancePath:instancePath+"/defaults/reviewCadenceDays",schemaPath:"#/properties/defaults/properties/reviewCadenceDays/type",keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 3650 || isNaN(data3)){const err9 = {instancePath:instancePath+"/defaults/reviewCadenceDays",schemaPath:"#/properties/defaults/properties/reviewCadenceDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data3 < 1 || isNaN(data3)){const err10 = {instancePath:instancePath+"/defaults/reviewCadenceDays",schemaPath:"#/properties/defaults/properties/reviewCadenceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data2.reviewWarningDays !== undefined){let data4 = data2.reviewWarningDays;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err11 = {instancePath:instancePath+"/defaults/reviewWarningDays",schemaPath:"#/properties/defaults/properties/reviewWarningDays/type",keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 3650 || isNaN(data4)){const err12 = {instancePath:instancePath+"/defaults/reviewWarningDays",schemaPath:"#/properties/defaults/properties/reviewWarningDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data4 < 0 || isNaN(data4)){const err13 = {instancePath:instancePath+"/defaults/reviewWarningDays",schemaPath:"#/properties/defaults/properties/reviewWarningDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.vendors !== undefined){let data5 = data.vendors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key2 in data5){const _errs14 = errors;if(typeof key2 === "string"){if(key2.length > 64){const err15 = {instancePath:instancePath+"/vendors",schemaPath:"#/properties/vendors/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},propertyName:key2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!pattern3.test(key2)){const err16 = {instancePath:instancePath+"/vendors",schemaPath:"#/properties/vendors/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},propertyName:key2};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var valid2 = _errs14 === errors;if(!valid2){const err17 = {instancePath:instancePath+"/vendors",schemaPath:"#/properties/vendors/propertyNames",keyword:"propertyNames",params:{propertyName: key2}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}for(const key3 in data5){if(!(validate54(data5[key3], {instancePath:instancePath+"/vendors/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key3,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}}}else {const err18 = {instancePath:instancePath+"/vendors",schemaPath:"#/properties/vendors/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.waivers !== undefined){let data7 = data.waivers;if(Array.isArray(data7)){if(data7.length > 10000){const err19 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/maxItems",keyword:"maxItems",params:{limit: 10000}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len0 = data7.length;for(let i0=0; i0<len0; i0++){if(!(validate56(data7[i0], {instancePath:instancePath+"/waivers/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}}}else {const err20 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate53.errors = vErrors;return errors === 0;}validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: ./schemas/manifest.schema.json
var manifest_schema = __webpack_require__(907);
// EXTERNAL MODULE: ./schemas/registry.schema.json
var registry_schema = __webpack_require__(2517);
// EXTERNAL MODULE: ./src/load/schema.ts
var load_schema = __webpack_require__(17);
// EXTERNAL MODULE: ./src/load/block-yaml.ts
var block_yaml = __webpack_require__(5865);
;// CONCATENATED MODULE: ./src/load/yaml.ts

function formatSize(bytes) {
    return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}
/** Parse one YAML document from raw bytes; never throws for bad input. */
async function parseYamlBytes(bytes, file, limits) {
    const decoded = decodeYaml(bytes, file, limits);
    return 'text' in decoded ? parseYamlText(decoded.text, file, limits) : decoded.failed;
}
/** The checks before parsing (size, binary, UTF-8): the text, or the problem that stops it. */
function decodeYaml(bytes, file, limits) {
    const start = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const fail = (message) => ({
        failed: { ok: false, problems: [{ message, location: start }] },
    });
    if (bytes.byteLength > limits.maxBytes) {
        return fail(`${file} is larger than the ${formatSize(limits.maxBytes)} limit.`);
    }
    if (bytes.includes(0))
        return fail(`${file} is binary, not YAML text.`);
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    }
    catch {
        return fail(`${file} is not UTF-8 text.`);
    }
}
async function parseYamlText(text, file, limits, options = {}) {
    // The fast reader needs no pre-check: it is linear whatever the text, and gives up past the
    // depth limit, where the library path words the problem.
    if (options.fastPath ?? true) {
        const fast = (0,block_yaml/* parseBlockYaml */.w_)(text, file, limits);
        if (fast)
            return fast;
    }
    const { parseWithLibrary } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(283)]).then(__webpack_require__.bind(__webpack_require__, 5283));
    return parseWithLibrary(text, file, limits);
}

;// CONCATENATED MODULE: ./src/load/documents.ts





const MANIFEST_LIMITS = {
    maxBytes: 1024 * 1024,
    maxDepth: 32,
    maxAliasCount: 100,
    maxAliasExpansion: 500_000,
};
const REGISTRY_LIMITS = {
    maxBytes: 5 * 1024 * 1024,
    maxDepth: 32,
    maxAliasCount: 1000,
    maxAliasExpansion: 2_000_000,
};
/** Problems listed per document; the rest are counted in one last problem. */
const MAX_PROBLEMS = 1000;
function failed(problems) {
    const omitted = Math.max(0, problems.length - MAX_PROBLEMS);
    return { ok: false, problems: capProblems(problems), omitted };
}
/** Sorted by position, at most `max`, then one "N more" problem at the first left out. */
function capProblems(problems, max = MAX_PROBLEMS) {
    const sorted = [...problems].sort((a, b) => a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    if (sorted.length <= max)
        return sorted;
    const more = sorted.length - max;
    return [
        ...sorted.slice(0, max),
        {
            message: `${more} more problem${more === 1 ? '' : 's'} not listed; fix the ones above first.`,
            location: sorted[max].location,
            count: more,
        },
    ];
}
/** A parsed document checked against its schema and calendar: the document, or its problems. */
function checked(result, file, validate, schema) {
    if (!result.ok)
        return failed(result.problems);
    const { parsed } = result;
    const { value } = parsed;
    const valid = validate(value);
    const problems = [
        ...(valid ? [] : (0,load_schema/* schemaProblems */.Ic)(validate.errors ?? [], parsed, schema)),
        ...(0,load_schema/* checkCalendarDates */.ky)(parsed),
    ];
    if (!valid || problems.length > 0)
        return failed(problems);
    return { ok: true, document: { data: value, file, locate: parsed.locate } };
}
/** A parsed manifest checked (the second half of `loadManifest`). */
const checkManifest = (result, file) => checked(result, file, validateManifest, manifest_schema);
/** A parsed registry checked (the second half of `loadRegistry`). */
const checkRegistry = (result, file) => checked(result, file, validateRegistry, registry_schema);
async function loadManifest(bytes, file) {
    return checkManifest(await parseYamlBytes(bytes, file, MANIFEST_LIMITS), file);
}
async function loadRegistry(bytes, file) {
    return checkRegistry(await parseYamlBytes(bytes, file, REGISTRY_LIMITS), file);
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   gL: () => (/* binding */ CLASSIFICATION_RANK)
/* harmony export */ });
/* unused harmony export EVIDENCE_CONTEXTS */
const RULE_IDS = [
    'manifest-invalid',
    'manifest-missing',
    'vendor-unknown',
    'vendor-not-approved',
    'product-unknown',
    'product-not-approved',
    'personal-account',
    'condition-unmet',
    'condition-expired',
    'review-missing',
    'review-stale',
    'review-due-soon',
    'review-invalidated',
    'certification-expired',
    'residency-mismatch',
    'classification-exceeded',
    'intermediary-not-approved',
    'usage-undeclared',
    'declaration-unused',
    'waiver-expired',
    'registry-changed',
    'scan-empty',
];
/** Where evidence stands (SPEC section 9): from path conventions and ecosystem scopes. */
const EVIDENCE_CONTEXTS = (/* unused pure expression or super */ null && ([
    'runtime',
    'test',
    'example',
    'docs',
    'ci',
    'config-template',
    'fixture',
    'vendored',
    'generated',
]));
const CLASSIFICATION_RANK = {
    public: 0,
    internal: 1,
    confidential: 2,
    restricted: 3,
};


/***/ }),

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ vendorOf),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   Mb: () => (/* binding */ entryLocation),
/* harmony export */   Ng: () => (/* binding */ isUsable),
/* harmony export */   R6: () => (/* binding */ isPast),
/* harmony export */   ZV: () => (/* binding */ own)
/* harmony export */ });
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1426);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8091);


/** A finding at its rule's severity from the rule table (the one place severities live). */
function makeFinding(ruleId, message, fields = {}) {
    const finding = {
        ruleId,
        severity: fields.severity ?? (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .severityOf */ .xJ)(ruleId),
        message,
        waived: null,
    };
    if (fields.vendor !== undefined)
        finding.vendor = fields.vendor;
    if (fields.product !== undefined)
        finding.product = fields.product;
    if (fields.condition !== undefined)
        finding.condition = fields.condition;
    if (fields.location !== undefined)
        finding.location = fields.location;
    if (fields.situation !== undefined)
        finding.situation = fields.situation;
    return finding;
}
/** Where a manifest entry's field stands (the entry's `vendor:` line for vendor-level findings). */
function entryLocation(ctx, use, field = 'vendor') {
    return ctx.manifest.locate(['vendors', use.index, field]);
}
function vendorOf(ctx, id) {
    const vendors = ctx.registry.data.vendors;
    return Object.prototype.hasOwnProperty.call(vendors, id) ? vendors[id] : undefined;
}
function isUsable(vendor) {
    return vendor.status === 'approved' || vendor.status === 'conditional';
}
function isPast(date, ctx) {
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(date) < ctx.today;
}
function own(map, key) {
    return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}


/***/ }),

/***/ 1426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ todayUtc),
/* harmony export */   U$: () => (/* binding */ dayNumber),
/* harmony export */   fi: () => (/* binding */ addDays)
/* harmony export */ });
/* unused harmony export formatDay */
// Whole UTC days as integers: no time zone can shift a comparison.
const MS_PER_DAY = 86_400_000;
function dayNumber(date) {
    const [y, m, d] = date.split('-').map(Number);
    const value = new Date(0);
    value.setUTCFullYear(y, m - 1, d);
    return Math.floor(value.getTime() / MS_PER_DAY);
}
function formatDay(day) {
    const value = new Date(day * MS_PER_DAY);
    const y = String(value.getUTCFullYear()).padStart(4, '0');
    const m = String(value.getUTCMonth() + 1).padStart(2, '0');
    const d = String(value.getUTCDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
}
function addDays(date, days) {
    return formatDay(dayNumber(date) + days);
}
/** Today in UTC as YYYY-MM-DD. */
function todayUtc(clock = () => new Date()) {
    return formatDay(Math.floor(clock().getTime() / MS_PER_DAY));
}


/***/ }),

/***/ 6415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ reviewFindings),
/* harmony export */   __: () => (/* binding */ DEFAULT_CADENCE_DAYS)
/* harmony export */ });
/* unused harmony exports DEFAULT_WARNING_DAYS, reviewDueDate */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7184);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1426);


const DEFAULT_CADENCE_DAYS = 365;
const DEFAULT_WARNING_DAYS = 30;
function reviewDueDate(ctx, vendor) {
    const date = vendor.review?.date;
    if (!date)
        return undefined;
    const cadence = vendor.review?.cadenceDays ??
        ctx.registry.data.defaults?.reviewCadenceDays ??
        DEFAULT_CADENCE_DAYS;
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addDays */ .fi)(date, cadence);
}
/** The condition that this rule family enforces, when the registry lists one. */
function cadenceCondition(vendor) {
    return vendor.conditions?.find((c) => c.check === 'review-cadence');
}
function reviewFindings(ctx, vendorId, vendor, location) {
    const condition = cadenceCondition(vendor);
    const owner = condition?.owner ?? vendor.review?.reviewer ?? 'Security';
    const fields = { vendor: vendorId, condition: condition?.id, location };
    const date = vendor.review?.date;
    if (!date) {
        return [
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)('review-missing', `${vendor.name} is ${vendor.status} but the registry records no completed review: ${owner} must review the vendor and set review.date.`, fields),
        ];
    }
    const findings = [];
    const due = reviewDueDate(ctx, vendor);
    const daysLeft = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(due) - ctx.today;
    if (daysLeft < 0) {
        findings.push((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)('review-stale', `${vendor.name}'s review of ${date} fell due on ${due}: ${owner} must re-review the vendor and update review.date.`, fields));
    }
    else {
        const warningDays = ctx.registry.data.defaults?.reviewWarningDays ?? DEFAULT_WARNING_DAYS;
        if (daysLeft <= warningDays) {
            findings.push((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)('review-due-soon', `${vendor.name}'s review falls due on ${due} (${daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`}): ${owner} should schedule the re-review.`, fields));
        }
    }
    const reviewDay = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(date);
    const invalidating = (vendor.changes ?? [])
        .filter((change) => change.significant !== false)
        .filter((change) => (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(change.date) > reviewDay && (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(change.date) <= ctx.today)
        .sort((a, b) => (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(a.date) - (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(b.date));
    if (invalidating.length > 0) {
        const first = invalidating[0];
        const more = invalidating.length > 1
            ? ` (and ${invalidating.length - 1} more change${invalidating.length > 2 ? 's' : ''})`
            : '';
        findings.push((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .MH)('review-invalidated', `${vendor.name} made a significant change on ${first.date} ("${first.summary}")${more} after its review of ${date}: ${owner} must re-review the vendor.`, fields));
    }
    return findings;
}


/***/ }),

/***/ 8091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ ruleInfo),
/* harmony export */   jc: () => (/* binding */ fixFor),
/* harmony export */   xJ: () => (/* binding */ severityOf),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony exports RULE_TABLE, RULES_DOC */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
// The one rule table (issue 11): every rule's severity, texts, fixes and SARIF metadata, keyed by
// rule id. The engine takes severities from here and every renderer takes its texts from here, so
// a rule's meaning is written once. Derived from SPEC section 4.

// GitHub maps security-severity to critical (>= 9.0), high (>= 7.0), medium (>= 4.0) and low.
// A use the review did not allow is high; a lapse in upkeep is medium; housekeeping is low.
const USE_NOT_ALLOWED = '8.0';
const UPKEEP_LAPSED = '6.0';
const HOUSEKEEPING = '3.0';
const RULE_TABLE = {
    'manifest-invalid': {
        title: 'Manifest is invalid',
        category: 'manifest',
        severity: 'error',
        securitySeverity: UPKEEP_LAPSED,
        precision: 'very-high',
        shortDescription: 'The AI vendor manifest is not valid.',
        fullDescription: 'The manifest is not valid YAML, has a duplicate key, or breaks the manifest schema. ' +
            'One finding is reported per problem, at its node.',
        help: 'Fix the YAML at the reported line so that it matches the manifest schema ' +
            '(`ai-vendor-gate schema manifest`). Required: `version`, `owner`, `vendors`; per entry ' +
            '`vendor`, `product`, `purpose`, `dataClassification`.',
        fix: {
            default: 'Fix the manifest at this line so that it matches the manifest schema.',
        },
    },
    'manifest-missing': {
        title: 'Manifest is missing',
        category: 'manifest',
        severity: 'error',
        securitySeverity: UPKEEP_LAPSED,
        precision: 'high',
        shortDescription: 'The repository has no AI vendor manifest.',
        fullDescription: 'No manifest was found and the scan found AI vendor usage (a note when the scan found none).',
        help: 'Create `.github/ai-vendors.yml` (`ai-vendor-gate init` writes a starter) and declare each ' +
            'AI vendor and product the repository uses, with its purpose and data classification.',
        fix: {
            default: 'Create `.github/ai-vendors.yml` (`ai-vendor-gate init` writes a starter) and declare each AI vendor the repository uses.',
            'no-usage': 'Nothing to do until the repository starts using an AI vendor.',
        },
    },
    'vendor-unknown': {
        title: 'Vendor is not in the registry',
        category: 'vendor',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: 'The manifest names a vendor the registry does not know.',
        fullDescription: 'A manifest entry names a vendor id that is not in the approved-vendor registry.',
        help: 'Use a vendor id from the registry, or ask security and compliance to review the vendor ' +
            'and add it to the registry before using it.',
        fix: {
            default: 'Fix the vendor id, or ask security and compliance to review the vendor before using it.',
        },
    },
    'vendor-not-approved': {
        title: 'Vendor is not approved',
        category: 'vendor',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: 'The vendor is not approved for use.',
        fullDescription: 'The registry gives the vendor the status `under-review`, `rejected` or `suspended`.',
        help: 'Stop using the vendor, or switch to an approved or conditional vendor. If a review is ' +
            'pending, wait for security and compliance to complete it.',
        fix: {
            default: 'Stop using the vendor, or switch to an approved or conditional vendor.',
            'vendor-under-review': 'Wait for security and compliance to finish the review before using the vendor.',
            'vendor-rejected': 'Security rejected the vendor: remove the use and use an approved vendor.',
            'vendor-suspended': 'Security suspended the vendor: stop sending it data and move to an approved vendor.',
        },
    },
    'product-unknown': {
        title: 'Product is not in the registry',
        category: 'product',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: "The manifest names a product the vendor's registry entry does not list.",
        fullDescription: "A manifest entry names a product id that is not among the vendor's products.",
        help: "Use a product id listed under the vendor's `products` in the registry, or ask security " +
            'and compliance to review the product.',
        fix: {
            default: "Use a product id listed under the vendor's products, or ask security and compliance to review the product.",
        },
    },
    'product-not-approved': {
        title: 'Product is not approved',
        category: 'product',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: 'The product is prohibited or under review.',
        fullDescription: "The registry gives the product the status `prohibited` or `under-review`; the message gives the registry's reason.",
        help: 'Move to an approved product of the vendor (for example the organization API instead of ' +
            'personal or consumer plans), or wait for the review to complete.',
        fix: {
            default: 'Move to an approved product of the vendor.',
            'product-prohibited': 'The product is prohibited: move to an approved product of the vendor.',
            'product-under-review': 'Wait for the review of the product to complete, or move to an approved product.',
        },
    },
    'personal-account': {
        title: 'Personal account',
        category: 'policy',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: 'An AI vendor is used through a personal account.',
        fullDescription: 'A manifest entry declares `accounts: personal`.',
        help: 'Use an organization account covered by the vendor agreement, and set ' +
            '`accounts: organization` (the default).',
        fix: {
            default: 'Move the use to an organization account covered by the vendor agreement and set `accounts: organization`.',
        },
    },
    'condition-unmet': {
        title: 'Condition of approval is not met',
        category: 'condition',
        severity: 'error',
        securitySeverity: UPKEEP_LAPSED,
        precision: 'very-high',
        shortDescription: 'A condition of the vendor approval is not met.',
        fullDescription: 'A condition that applies to this use requires an attestation, and the registry has none.',
        help: "Ask the condition's owner to complete it; security and compliance then record an " +
            '`attestations` entry with the same id in the registry.',
        fix: {
            default: "Ask the condition's owner to complete it; security and compliance then record the attestation in the registry.",
        },
    },
    'condition-expired': {
        title: 'Attestation has expired',
        category: 'condition',
        severity: 'error',
        securitySeverity: UPKEEP_LAPSED,
        precision: 'very-high',
        shortDescription: 'The attestation of a vendor condition has expired.',
        fullDescription: 'The attestation of an applicable condition has an `expires` date before today.',
        help: "Ask the condition's owner to renew it; security and compliance then update the " +
            'attestation in the registry with a new date and expiry.',
        fix: {
            default: "Ask the condition's owner to renew it; security and compliance then update the attestation in the registry.",
        },
    },
    'review-missing': {
        title: 'Vendor was never reviewed',
        category: 'review',
        severity: 'error',
        securitySeverity: UPKEEP_LAPSED,
        precision: 'very-high',
        shortDescription: 'An approved vendor in use has never been reviewed.',
        fullDescription: 'An approved or conditional vendor in use has no `review.date` in the registry.',
        help: 'Security and compliance must review the vendor and record `review.date` in the registry.',
        fix: {
            default: 'Security and compliance must review the vendor and record `review.date`.',
        },
    },
    'review-stale': {
        title: 'Vendor review is overdue',
        category: 'review',
        severity: 'error',
        securitySeverity: UPKEEP_LAPSED,
        precision: 'very-high',
        shortDescription: 'The vendor review is overdue.',
        fullDescription: "Today is later than the vendor's review date plus its review cadence.",
        help: 'Security and compliance must re-review the vendor and update `review.date`; a time-boxed ' +
            'waiver can cover the gap while the review is scheduled.',
        fix: {
            default: 'Security and compliance must re-review the vendor and update `review.date`; a time-boxed waiver can cover the gap.',
        },
    },
    'review-due-soon': {
        title: 'Vendor review falls due soon',
        category: 'review',
        severity: 'warning',
        securitySeverity: HOUSEKEEPING,
        precision: 'very-high',
        shortDescription: 'The vendor review falls due soon.',
        fullDescription: "The vendor's next review falls due within the registry's warning days.",
        help: 'Schedule the re-review with security and compliance before the due date.',
        fix: { default: 'Schedule the re-review with security and compliance before the due date.' },
    },
    'review-invalidated': {
        title: 'Vendor changed since its review',
        category: 'review',
        severity: 'error',
        securitySeverity: UPKEEP_LAPSED,
        precision: 'very-high',
        shortDescription: 'A significant vendor change happened after the last review.',
        fullDescription: 'The registry records a significant vendor change dated after the review date and not after today.',
        help: 'Security and compliance must re-review the vendor against the change and update ' +
            '`review.date`.',
        fix: {
            default: 'Security and compliance must re-review the vendor against the change and update `review.date`.',
        },
    },
    'certification-expired': {
        title: 'Certification has expired',
        category: 'vendor',
        severity: 'warning',
        securitySeverity: '4.0',
        precision: 'very-high',
        shortDescription: "A vendor's verified certification has expired.",
        fullDescription: "A `verified` certification in the vendor's profile expires before today.",
        help: 'Security and compliance should obtain the renewed certificate from the vendor and update ' +
            'the certification in the registry.',
        fix: {
            default: 'Security and compliance should obtain the renewed certificate and update the registry.',
        },
    },
    'residency-mismatch': {
        title: 'Data leaves the allowed regions',
        category: 'data',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: 'The vendor processes data outside the allowed regions.',
        fullDescription: 'The manifest sets `dataResidency` and a vendor processing region is outside it (an unknown region counts as outside).',
        help: 'Use a vendor or product that processes data only in the allowed regions, or correct ' +
            '`dataResidency` if the repository may send data elsewhere.',
        fix: {
            default: 'Use a vendor that processes data only in the allowed regions, or correct `dataResidency`.',
        },
    },
    'classification-exceeded': {
        title: 'Data is too sensitive for the product',
        category: 'data',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: 'The data sent is more sensitive than the product is approved for.',
        fullDescription: "The entry's `dataClassification` ranks above the product's `maxClassification` (public < internal < confidential < restricted), or above the ceiling of the intermediary it goes through.",
        help: 'Send less sensitive data to the product, or use a product (and intermediary) approved ' +
            'for this classification.',
        fix: {
            default: 'Send less sensitive data, or use a product and intermediary approved for this classification.',
        },
    },
    'intermediary-not-approved': {
        title: 'Intermediary is not approved',
        category: 'vendor',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'very-high',
        shortDescription: 'The intermediary named by `via` is not approved.',
        fullDescription: 'The `via` vendor is unknown, not an intermediary, or fails one of the vendor rules.',
        help: 'Route the traffic through an approved intermediary, call the vendor directly, or remove ' +
            '`via` if no intermediary is used.',
        fix: {
            default: 'Route the traffic through an approved intermediary or call the vendor directly; ask security to approve the intermediary.',
        },
    },
    'usage-undeclared': {
        title: 'Undeclared AI vendor use',
        category: 'scan',
        severity: 'error',
        securitySeverity: USE_NOT_ALLOWED,
        precision: 'high',
        shortDescription: 'The repository uses an AI vendor that the manifest does not declare.',
        fullDescription: 'The scan found evidence of a vendor that the manifest does not declare, or found it outside the `paths` of its declaration. ' +
            'An error when any evidence is runtime code or CI; a note when the evidence is only in tests, examples, documentation, fixtures, templates, vendored or generated files, or a transitive lockfile entry; a self-hosted vendor is never more than a note.',
        help: 'Declare the vendor in `.github/ai-vendors.yml` with its product, purpose and data ' +
            'classification, or remove the usage. For a vendor the registry does not allow, remove ' +
            'the usage or ask security for a review.',
        fix: {
            default: 'Declare the vendor in the manifest with its product, purpose and data classification, or remove the use.',
            'vendor-unknown': 'The registry does not know this vendor: remove the use, or ask security for a review before declaring it.',
            'vendor-under-review': 'The vendor is still under review: remove the use until security finishes the review.',
            'vendor-rejected': 'Security rejected this vendor: remove the use, or ask security for a new review.',
            'vendor-suspended': 'Security suspended this vendor: remove the use, or ask security for a new review.',
            'self-hosted': 'A self-hosted model sends no data to a vendor: declare it to keep the inventory complete.',
            'outside-paths': "Add the path to the declaration's `paths`, or add an entry for this part of the repository.",
        },
    },
    'declaration-unused': {
        title: 'Declared vendor not found',
        category: 'scan',
        severity: 'warning',
        securitySeverity: HOUSEKEEPING,
        precision: 'medium',
        shortDescription: 'The manifest declares a vendor the scan found no evidence of.',
        fullDescription: 'A declared vendor has no evidence in the repository (under its `paths`, when it sets them).',
        help: 'Remove the entry if the vendor is no longer used; keep it if the use is not visible to ' +
            'the scan (for example a service called through an internal proxy).',
        fix: {
            default: 'Remove the entry if the vendor is no longer used; correct `paths` if the use lives elsewhere.',
        },
    },
    'waiver-expired': {
        title: 'Waiver has expired',
        category: 'policy',
        severity: 'warning',
        securitySeverity: '4.0',
        precision: 'very-high',
        shortDescription: 'A waiver that would cover a finding has expired.',
        fullDescription: 'A waiver matches a finding but its `expires` date is before today; the finding keeps its severity.',
        help: 'Fix the underlying finding, or ask security to renew the waiver with a new expiry.',
        fix: { default: 'Fix the underlying finding, or ask security to renew the waiver.' },
    },
    'registry-changed': {
        title: 'Pull request changes the registry',
        category: 'policy',
        severity: 'warning',
        securitySeverity: '5.0',
        precision: 'very-high',
        shortDescription: 'The pull request changes the vendor registry.',
        fullDescription: 'On a pull request, the registry file differs from the base commit; the gate uses the base version.',
        help: 'Registry changes take effect once merged: have security and compliance review and merge ' +
            'them separately, so a pull request cannot approve its own vendor.',
        fix: {
            default: 'Land registry changes on their own, reviewed by security and compliance; the gate uses the base version meanwhile.',
        },
    },
    'scan-empty': {
        title: 'Scan read no file',
        category: 'scan',
        severity: 'warning',
        securitySeverity: '5.0',
        precision: 'very-high',
        shortDescription: 'The scan read no file, so undeclared AI use cannot be seen.',
        fullDescription: 'The scan ran but `scan-exclude` left no file to read, or no file could be read; a gate that cannot see the repository does not pass in silence.',
        help: 'Narrow `scan-exclude` so that the source files stay in the scan, or check that the ' +
            'checkout holds the repository (`actions/checkout` before the gate).',
        fix: {
            default: 'Check that the checkout holds the repository before the gate runs.',
            'excluded-all': 'Narrow `scan-exclude` so that the source files stay in the scan.',
            'nothing-read': 'Check that the checkout holds the repository and that its files are readable.',
        },
    },
};
function pascalCase(id) {
    return id
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
/** The page that documents every rule, one heading per rule id. */
const RULES_DOC = 'docs/rules.md';
/** Every rule, in `RULE_IDS` order (so a rule's SARIF index is stable). */
const RULES = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.map((id) => {
    const text = RULE_TABLE[id];
    return {
        ...text,
        id,
        name: pascalCase(id),
        defaultSeverity: text.severity,
        tags: ['security', 'compliance', 'ai-vendor-gate', text.category, ...(text.tags ?? [])],
        helpPath: `${RULES_DOC}#${id}`,
    };
});
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function ruleInfo(id) {
    const rule = BY_ID.get(id);
    if (!rule)
        throw new Error(`Unknown rule id: ${id}`);
    return rule;
}
/** A rule's severity before waivers: the only place severities come from. */
const severityOf = (id) => RULE_TABLE[id].severity;
/** How to fix this finding: the rule's fix for the finding's situation, else its usual fix. */
function fixFor(finding) {
    const fix = RULE_TABLE[finding.ruleId].fix;
    return (finding.situation && fix[finding.situation]) || fix.default;
}


/***/ }),

/***/ 8838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r0: () => (/* binding */ readRegistrySource),
  dJ: () => (/* binding */ registrySourceInfo)
});

// UNUSED EXPORTS: clientFor, encodeRepoPath, failureReason, fetchContents, isGithubSource, parseGithubSource, readContentsEntry, readLocalFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github/status.ts
// The HTTP status of a failed GitHub call, without loading the client: callers that only inspect
// errors should not pay for Octokit at start-up.
/** The HTTP status of an Octokit RequestError (duck-typed: bundles may hold two copies). */
function statusOf(error) {
    if (error === null || typeof error !== 'object')
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: ./src/load/documents.ts + 2 modules
var documents = __webpack_require__(4594);
;// CONCATENATED MODULE: ./src/sources/registry.ts
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
async function clientFor(api) {
    if (api.client)
        return api.client;
    // Octokit is a large part of the bundle: loaded only when something is read through the API.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
    return createGitHubClient({
        ...(api.apiUrl ? { apiUrl: api.apiUrl } : {}),
        ...(api.token ? { token: api.token } : {}),
        ...(api.fetchImpl ? { fetch: api.fetchImpl } : {}),
    });
}
/** `a/b c.yml` → `a/b%20c.yml`: each segment encoded, the separators kept. */
function encodeRepoPath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/**
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=REF`: the entry at the path, or null when the
 * API answers 404 (absent, or hidden from the token). Other failures are a GateError.
 */
async function readContentsEntry(target, api, maxBytes = documents/* REGISTRY_LIMITS */.Vb.maxBytes) {
    const client = await clientFor(api);
    const where = `${target.owner}/${target.repo}/${target.path}@${target.ref}`;
    let data;
    try {
        // The path is encoded here, segment by segment: the route template would turn `/` into %2F.
        const response = await client.request(`GET /repos/{owner}/{repo}/contents/${encodeRepoPath(target.path)}`, { owner: target.owner, repo: target.repo, ref: target.ref });
        data = response.data;
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 404)
            return null;
        throw new errors/* GateError */.u(`The registry ${where} could not be fetched: ${failureReason(error)}.`);
    }
    if (Array.isArray(data))
        return { type: 'dir' };
    const body = data !== null && typeof data === 'object' ? data : {};
    const path = typeof body.path === 'string' ? body.path : target.path;
    if (body.type === 'symlink') {
        if (typeof body.target !== 'string') {
            throw new errors/* GateError */.u(`The registry ${where} is a symbolic link the API did not describe.`);
        }
        return { type: 'symlink', target: body.target, path };
    }
    if (body.type === 'dir')
        return { type: 'dir' };
    if (body.type === 'submodule')
        return { type: 'submodule' };
    if (body.type !== undefined && body.type !== 'file') {
        throw new errors/* GateError */.u(`The registry ${where} is not a file.`);
    }
    const size = typeof body.size === 'number' ? body.size : 0;
    if (size > maxBytes) {
        throw new errors/* GateError */.u(`The registry ${where} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`);
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
            throw new errors/* GateError */.u(`The registry ${where} could not be fetched: ${failureReason(error)}.`);
        });
        content = blob.data.content;
        encoding = blob.data.encoding;
    }
    if (encoding !== 'base64' || typeof content !== 'string') {
        throw new errors/* GateError */.u(`The registry ${where} could not be fetched: the API returned no file content.`);
    }
    const bytes = Buffer.from(content.replace(/\s+/g, ''), 'base64');
    if (bytes.length > maxBytes) {
        throw new errors/* GateError */.u(`The registry ${where} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`);
    }
    return { type: 'file', bytes, path, ...(blobSha ? { blobSha } : {}) };
}
/** Read a file at a ref through the contents API; the raw bytes and the blob sha. */
async function fetchContents(target, api) {
    const where = `${target.owner}/${target.repo}/${target.path}@${target.ref}`;
    const entry = await readContentsEntry(target, api);
    if (entry === null) {
        throw new errors/* GateError */.u(`The registry ${where} could not be fetched: it does not exist or the token cannot read it.`);
    }
    if (entry.type !== 'file')
        throw new errors/* GateError */.u(`The registry ${where} is not a file.`);
    return { bytes: entry.bytes, ...(entry.blobSha ? { blobSha: entry.blobSha } : {}) };
}
/** Why a request failed, in words (never the library's message, which may quote a URL). */
function failureReason(error) {
    const status = statusOf(error);
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
        const info = (0,external_node_fs_.statSync)(file);
        if (!info.isFile())
            throw new errors/* GateError */.u(`The ${label} ${file} is not a file.`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* GateError */.u)
            throw error;
        const code = error.code;
        throw new errors/* GateError */.u(code === 'ENOENT'
            ? `The ${label} ${file} does not exist.`
            : `The ${label} ${file} cannot be read.`);
    }
    if (size > maxBytes) {
        throw new errors/* GateError */.u(`The ${label} ${file} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`);
    }
    try {
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        throw new errors/* GateError */.u(`The ${label} ${file} cannot be read.`);
    }
}
async function readRegistrySource(source, options) {
    if (isGithubSource(source)) {
        const target = parseGithubSource(source);
        if (!target) {
            throw new errors/* GateError */.u(`The registry source ${source} is not of the form github:OWNER/REPO/PATH@REF.`);
        }
        const { bytes, blobSha } = await fetchContents(target, options.api);
        return { source, file: source, bytes, blobSha };
    }
    const localPath = external_node_path_default().resolve(options.cwd, source);
    const bytes = await readLocalFile(localPath, 'registry', documents/* REGISTRY_LIMITS */.Vb.maxBytes);
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


/***/ }),

/***/ 3134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOOL: () => (/* binding */ TOOL)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/tool.ts
// The gate's name and version as every output names them: a module of its own so that
// `--version` loads nothing else.

const TOOL = { name: 'ai-vendor-gate', version: package_namespaceObject.rE };


/***/ }),

/***/ 907:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/manifest.schema.json","title":"ai-vendor-gate manifest","description":"The AI vendors and products this repository uses, for what, and with which data.","type":"object","additionalProperties":false,"required":["version","owner","vendors"],"properties":{"version":{"const":1,"description":"Format version; must be 1."},"owner":{"type":"string","minLength":1,"maxLength":200,"description":"Accountable team."},"contact":{"type":"string","minLength":1,"maxLength":200,"description":"How to reach the owner (channel, email)."},"businessUnit":{"type":"string","minLength":1,"maxLength":200,"description":"Business unit the repository belongs to."},"requirements":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"maxItems":1000,"description":"Compliance regimes the repository is under (e.g. iso27001, gdpr)."},"dataResidency":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"maxItems":1000,"description":"Regions where its data may be processed (e.g. eu, us)."},"vendors":{"type":"array","maxItems":1000,"description":"Each AI vendor and product in use.","items":{"type":"object","additionalProperties":false,"required":["vendor","product","purpose","dataClassification"],"description":"One use of an AI vendor product.","properties":{"vendor":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Registry vendor id."},"product":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Registry product id of that vendor."},"purpose":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the repository uses it: auditors ask."},"dataClassification":{"enum":["public","internal","confidential","restricted"],"description":"Highest class of data sent. One of public < internal < confidential < restricted."},"accounts":{"enum":["organization","personal"],"description":"Whose accounts are used: organization (default) or personal."},"via":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Intermediary vendor id the traffic goes through (e.g. openrouter)."},"paths":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Globs of where the use lives in the repository."}}}}}}');

/***/ }),

/***/ 2517:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/registry.schema.json","title":"ai-vendor-gate registry","description":"The organization\'s reviewed AI vendors, owned by security and compliance.","type":"object","additionalProperties":false,"required":["version","vendors"],"properties":{"version":{"const":1,"description":"Format version; must be 1."},"organization":{"type":"string","minLength":1,"maxLength":200,"description":"Organization name, shown in reports."},"defaults":{"type":"object","additionalProperties":false,"description":"Defaults for every vendor.","properties":{"reviewCadenceDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days between vendor reviews (365 = annual). Default 365."},"reviewWarningDays":{"type":"integer","minimum":0,"maximum":3650,"description":"Warn this many days before a review falls due. Default 30."}}},"vendors":{"type":"object","description":"Reviewed vendors by id (lowercase kebab-case).","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"$ref":"#/$defs/vendor"}},"waivers":{"type":"array","description":"Time-boxed exceptions granted by security.","maxItems":10000,"items":{"$ref":"#/$defs/waiver"}}},"$defs":{"vendor":{"type":"object","additionalProperties":false,"required":["name","status","products"],"description":"One reviewed vendor.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name of the vendor."},"status":{"enum":["approved","conditional","under-review","rejected","suspended"],"description":"Review outcome: approved, conditional (approved subject to conditions), under-review, rejected or suspended."},"intermediary":{"type":"boolean","description":"True for gateways and middleware (OpenRouter, AI gateways) that pass data to other vendors."},"review":{"type":"object","additionalProperties":false,"description":"The last completed review.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"Date the last review was completed (YYYY-MM-DD, a real calendar day)."},"cadenceDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days until the next review is due; overrides defaults.reviewCadenceDays."},"reviewer":{"type":"string","minLength":1,"maxLength":200,"description":"Who performed the review."},"document":{"type":"string","minLength":1,"maxLength":2000,"description":"Link to the review document."}}},"changes":{"type":"array","maxItems":1000,"description":"Vendor product or policy changes since reviews; a significant change after the review invalidates it.","items":{"type":"object","additionalProperties":false,"required":["date","summary"],"description":"One vendor change.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the change took effect (YYYY-MM-DD, a real calendar day)."},"summary":{"type":"string","minLength":1,"maxLength":2000,"description":"What changed."},"significant":{"type":"boolean","description":"Whether the change invalidates the review (default true)."}}}},"profile":{"type":"object","additionalProperties":false,"description":"Facts the review established.","properties":{"processingRegions":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"maxItems":1000,"description":"Regions where the vendor processes data (e.g. us, eu)."},"trainsOnCustomerData":{"type":"boolean","description":"Whether the vendor trains models on customer data."},"retention":{"enum":["none","limited","until-deleted","indefinite"],"description":"How long the vendor retains inputs and outputs."},"customerManagedKeys":{"type":"boolean","description":"Whether customer-managed encryption keys are available."},"encryption":{"type":"object","additionalProperties":false,"description":"Encryption facts.","properties":{"inTransit":{"type":"string","minLength":1,"maxLength":200,"description":"Encryption in transit (e.g. TLS 1.2+)."},"atRest":{"type":"string","minLength":1,"maxLength":200,"description":"Encryption at rest (e.g. AES-256)."}}},"certifications":{"type":"array","maxItems":100,"description":"Security certifications and their verification status.","items":{"type":"object","additionalProperties":false,"required":["name","status"],"description":"One certification.","properties":{"name":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Certification id, e.g. soc2-type2, iso27001."},"status":{"enum":["verified","unverified","absent"],"description":"verified (report seen), unverified (claimed, not confirmed) or absent."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the certification or report expires (YYYY-MM-DD, a real calendar day)."}}}}}},"findings":{"type":"array","maxItems":1000,"description":"The review\'s findings, for reports.","items":{"type":"object","additionalProperties":false,"required":["category","title"],"description":"One review finding.","properties":{"category":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Finding category, e.g. data-retention."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"Finding title."},"summary":{"type":"string","minLength":1,"maxLength":5000,"description":"What the review found."}}}},"products":{"type":"object","description":"The vendor\'s products by id.","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"type":"object","additionalProperties":false,"required":["name","status"],"description":"One product.","properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Display name of the product."},"status":{"enum":["approved","prohibited","under-review"],"description":"approved, prohibited or under-review."},"maxClassification":{"enum":["public","internal","confidential","restricted"],"description":"Highest data classification allowed with this product; no ceiling when absent. One of public < internal < confidential < restricted."},"reason":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the product has this status; shown in findings."}}}},"conditions":{"type":"array","maxItems":200,"description":"Conditions of approval.","items":{"type":"object","additionalProperties":false,"required":["id","title"],"description":"One condition: met by an attestation or by a built-in check.","oneOf":[{"required":["evidence"]},{"required":["check"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Condition id; an attestation with the same id meets it."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"Short title."},"owner":{"type":"string","minLength":1,"maxLength":200,"description":"Who must act to meet it (e.g. Legal)."},"description":{"type":"string","minLength":1,"maxLength":2000,"description":"What must be done."},"evidence":{"const":"attestation","description":"Met by an unexpired attestation with the same id."},"check":{"enum":["personal-accounts","review-cadence"],"description":"Met when this built-in rule finds nothing."},"appliesTo":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Narrows the condition; without it, it applies to every use.","properties":{"products":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Product id."},"maxItems":1000,"description":"Only uses of these product ids."},"requirements":{"type":"array","items":{"type":"string","minLength":1,"maxLength":64},"maxItems":1000,"description":"Only repositories whose manifest lists any of these requirements."}}}}}},"attestations":{"type":"object","description":"Evidence that conditions are met, by condition id.","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"additionalProperties":{"type":"object","additionalProperties":false,"required":["date","by"],"description":"One attestation.","properties":{"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the condition was met (YYYY-MM-DD, a real calendar day)."},"by":{"type":"string","minLength":1,"maxLength":200,"description":"Who attests it."},"reference":{"type":"string","minLength":1,"maxLength":200,"description":"Contract or ticket reference."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"When the attestation lapses (YYYY-MM-DD, a real calendar day)."}}}},"detect":{"type":"object","additionalProperties":false,"description":"Signatures added to the built-in detection catalog for this vendor.","properties":{"npm":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"npm package names."},"pypi":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"PyPI package names."},"go":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Go module paths."},"maven":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Maven group:artifact."},"nuget":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"NuGet package ids."},"rubygems":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Ruby gem names."},"crates":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Rust crate names."},"composer":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Composer (Packagist) package names, vendor/package."},"hosts":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"API hostnames."},"env":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"API-key environment variable names."},"actions":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"GitHub Actions (owner/name) that call the vendor."},"imports":{"type":"object","additionalProperties":false,"description":"Module names that source files import, per language (`import x`, `from x import`, `use x::`).","properties":{"python":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Python module names."},"js":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"JavaScript/TypeScript module specifiers."},"go":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Go import paths."},"java":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Java/Kotlin package prefixes."},"ruby":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Ruby require names."},"rust":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Rust crate paths."}}}}}}},"waiver":{"type":"object","additionalProperties":false,"required":["id","rule","reason","approvedBy","expires"],"description":"A time-boxed exception: findings it covers become notes until it expires.","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64,"description":"Waiver id, e.g. WVR-12."},"rule":{"enum":["manifest-invalid","manifest-missing","vendor-unknown","vendor-not-approved","product-unknown","product-not-approved","personal-account","condition-unmet","condition-expired","review-missing","review-stale","review-due-soon","review-invalidated","certification-expired","residency-mismatch","classification-exceeded","intermediary-not-approved","usage-undeclared","declaration-unused","waiver-expired","registry-changed","scan-empty"],"description":"The rule id it waives (generated from the rule table: any rule the gate has)."},"vendor":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Only findings about this vendor; all vendors when absent."},"repositories":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200},"maxItems":1000,"description":"Globs on owner/name; all repositories when absent."},"reason":{"type":"string","minLength":1,"maxLength":2000,"description":"Why the exception was granted."},"approvedBy":{"type":"string","minLength":1,"maxLength":200,"description":"Who granted it."},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"Last day the waiver applies (YYYY-MM-DD, a real calendar day)."}}}}}');

/***/ })

};
;