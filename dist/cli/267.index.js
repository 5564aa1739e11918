export const id = 267;
export const ids = [267,134];
export const modules = {

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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/detect/index.ts + 7 modules
var detect = __webpack_require__(537);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/load/documents.ts + 2 modules
var documents = __webpack_require__(5357);
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
function readRegistry(input) {
    const loaded = (0,documents/* loadRegistry */.Ag)(input.bytes, input.file);
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
        info = await (0,promises_.stat)(file);
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
        bytes = await (0,promises_.readFile)(file);
    }
    catch {
        return invalid(`The manifest ${display} cannot be read.`);
    }
    const digest = sha256(bytes);
    const loaded = (0,documents/* loadManifest */.eY)(bytes, display);
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
    const registry = readRegistry(options.registry);
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

/***/ 5357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T1: () => (/* binding */ MANIFEST_LIMITS),
  Vb: () => (/* binding */ REGISTRY_LIMITS),
  eY: () => (/* binding */ loadManifest),
  Ag: () => (/* binding */ loadRegistry)
});

// UNUSED EXPORTS: MAX_PROBLEMS, capProblems, checkRecord

// EXTERNAL MODULE: ./src/load/generated/validators.js
var validators = __webpack_require__(1150);
// EXTERNAL MODULE: ./src/load/schema.ts
var schema = __webpack_require__(17);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/load/block-yaml.ts
// The fast path for block-style YAML: a line-oriented reader for the plain subset that
// manifests and registries are written in. It gives exactly what the library path gives
// (the value, every location `locate` can return, the same problems), or gives up at once and
// the library path runs.
//
// Why it exists: the library's parser costs about 12 µs a line, 600 ms for a 1 MiB manifest of
// unknown keys, most of what checking one costs; and cold, at start-up, about 40 ms for an 11 KB
// registry. This reader costs a small fraction of that.
//
// The subset: block maps and block sequences by indentation (spaces), `key: value`, `key:`,
// `- value`, `- key: value`, `- - value`, full-line and trailing comments, blank lines; keys and
// values are one-line plain scalars of a conservative character set, or one-line quoted
// strings ('' in single quotes; in double quotes, the one-character escapes only); a value may
// also be a flow collection on one line of such scalars and nested flow collections, as in
// `vendors: []` or `processingRegions: [us, eu]`. Anything else gives up: tabs, CR, a BOM,
// flow collections that span lines or hold anything else, anchors, aliases, tags, block scalars,
// multi-line scalars, explicit keys, document markers, directives, a value on the line after
// its key, a key that is null, odd indentation, nesting past the depth limit, a comment where
// an empty value would carry it (the library then stretches that value's range over it).
//
// Scalars are typed by the library itself: the same schema's tags, tested and resolved in the
// order it uses. Ranges follow the library's rules for the subset, which the differential tests
// in test/load check against it: a scalar spans its text; a map or list spans from its first
// key or dash to where its last value "ends", and a value's end takes in its line's newline,
// comment lines indented past its collection that follow it, and (for a nested collection)
// trailing comment lines the parser leaves with it rather than with its parent.

/** Options of every parse, so this reader types scalars with the very schema the library uses. */
const YAML_OPTIONS = {
    // The library's check is quadratic; the builders check each key as they set it.
    uniqueKeys: false,
    prettyErrors: false,
    // Nothing of the library's may reach stderr or process warnings.
    logLevel: 'silent',
};
const DUPLICATE_KEY = 'Duplicate key: each key may appear once in a map.';
const reference = (0,dist/* parseDocument */.Tp)('', YAML_OPTIONS);
const resolveOptions = reference.options;
const isScalarTag = (tag) => !tag.collection;
const scalarTags = reference.schema.tags.filter(isScalarTag);
const stringTag = scalarTags.find((tag) => tag.tag === 'tag:yaml.org,2002:str');
// A schema that warns about ambiguous scalars (YAML 1.1 compatibility) is not the one expected.
const usable = stringTag !== undefined && !reference.schema.compat;
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
 * The core schema's tags that match anything (`test`), as yaml 2.x defines them. When the
 * schema in use has exactly these, a plain scalar that starts with a letter is a string unless
 * it is one of the null and boolean words: no other test matches a letter first. Checked, not
 * assumed: with other tags, every scalar goes through the tags.
 */
const CORE_TESTS = [
    'tag:yaml.org,2002:null /^(?:~|[Nn]ull|NULL)?$/',
    'tag:yaml.org,2002:bool /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/',
    'tag:yaml.org,2002:int /^0o[0-7]+$/',
    'tag:yaml.org,2002:int /^[-+]?[0-9]+$/',
    'tag:yaml.org,2002:int /^0x[0-9a-fA-F]+$/',
    'tag:yaml.org,2002:float /^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/',
    'tag:yaml.org,2002:float /^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$/',
    'tag:yaml.org,2002:float /^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/',
];
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const tested = scalarTags.filter((tag) => tag.default && tag.test);
const lettersAreText = tested.length === CORE_TESTS.length &&
    tested.every((tag, i) => `${tag.tag} ${String(tag.test)}` === CORE_TESTS[i]);
/**
 * Values of other plain scalars by text (`1`, `true`, `0.5` repeat), while the schema is the
 * core one: then whether a scalar is a key changes nothing (no tag is for keys only).
 */
const typed = new Map();
const TYPED_MAX = 4096;
/** A plain scalar's value as the library types it: its schema's tags, in its order. */
function plainValue(source, atKey) {
    if (!lettersAreText)
        return resolvePlain(source, atKey);
    if (isLetter(source.charCodeAt(0)) && !WORDS.has(source))
        return source;
    const known = typed.get(source);
    if (known !== undefined)
        return known;
    const value = resolvePlain(source, atKey);
    if (typed.size < TYPED_MAX)
        typed.set(source, value);
    return value;
}
function resolvePlain(source, atKey) {
    const tag = scalarTags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source)) ?? stringTag;
    let failed = false;
    let resolved;
    try {
        resolved = tag.resolve(source, () => (failed = true), resolveOptions);
    }
    catch {
        throw GIVE_UP;
    }
    if (failed)
        throw GIVE_UP;
    const value = (0,dist/* isScalar */.jn)(resolved) ? resolved.value : resolved;
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
        throw GIVE_UP;
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
            const scalar = this.scalar(at, false);
            if (scalar.key) {
                this.line(at, open, false);
                return;
            }
            this.setScalar(open, at, scalar);
            return;
        }
        const key = this.scalar(column, true);
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
        const value = this.scalar(at, false);
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
    scalar(at, atKey) {
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
                return { value: plainValue(text.slice(at, i), atKey), end: i, key: true };
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
        return { value: plainValue(text.slice(at, end), atKey), end, key: false };
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
        return { value: plainValue(text.slice(at, end), atKey), end };
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
 * Call after the loader's pre-checks (size, flow and block depth estimates), as the library
 * path is called.
 */
function parseBlockYaml(text, file, limits) {
    if (!usable)
        return undefined;
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
/** For tests: whether letter-initial plain scalars skip the tags (the schema is the core one). */
const LETTER_SHORTCUT = (/* unused pure expression or super */ null && (lettersAreText));

;// CONCATENATED MODULE: ./src/load/yaml.ts
// YAML (and JSON, its subset) parsed with node positions, so every problem can point at its line.
//
// The value is built here rather than by the library's toJS, for three reasons: the library
// prints warnings of its own (with attacker-chosen keys in them) and checks duplicate keys and
// resolves aliases in quadratic time; and building it ourselves lets us index each map and list
// by its source node once, so locating any path afterwards costs O(depth), not a scan.
//
// Documents in the plain block style (with one-line flow lists and maps) are read by
// block-yaml.ts first, which gives the same result several times faster, or gives up and leaves
// them to the library.


const firstLine = (message) => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
function formatSize(bytes) {
    return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}
/** Parse one YAML document from raw bytes; never throws for bad input. */
function parseYamlBytes(bytes, file, limits) {
    const start = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const fail = (message, location = start) => ({
        ok: false,
        problems: [{ message, location }],
    });
    if (bytes.byteLength > limits.maxBytes) {
        return fail(`${file} is larger than the ${formatSize(limits.maxBytes)} limit.`);
    }
    if (bytes.includes(0))
        return fail(`${file} is binary, not YAML text.`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        return fail(`${file} is not UTF-8 text.`);
    }
    return parseYamlText(text, file, limits);
}
function parseYamlText(text, file, limits, options = {}) {
    // The parser recurses on flow collections: refuse deep bracket nesting before it can overflow.
    const flowDepth = deepestFlow(text);
    if (flowDepth > limits.maxDepth) {
        const location = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
        return {
            ok: false,
            problems: [
                { message: `The document nests deeper than ${limits.maxDepth} levels.`, location },
            ],
        };
    }
    // The parser also recurses on block nesting (`- - - x`, `? ? x`, indentation): refuse a
    // document whose estimate is far past the limit; the exact check below locates the rest.
    if (flowDepth + deepestBlock(text) > limits.maxDepth * BLOCK_ESTIMATE_SLACK) {
        const location = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
        return {
            ok: false,
            problems: [
                { message: `The document nests deeper than ${limits.maxDepth} levels.`, location },
            ],
        };
    }
    if (options.fastPath ?? true) {
        const fast = parseBlockYaml(text, file, limits);
        if (fast)
            return fast;
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { ...YAML_OPTIONS, lineCounter });
    const toLocation = (from, to) => {
        const a = lineCounter.linePos(Math.max(0, from));
        const b = lineCounter.linePos(Math.max(from, to));
        return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
    };
    const problems = [...doc.errors, ...doc.warnings].map((error) => ({
        message: describeYamlError(error.code, firstLine(error.message)),
        location: toLocation(error.pos[0], error.pos[1]),
    }));
    if (problems.length > 0)
        return { ok: false, problems };
    if (doc.contents === null) {
        return {
            ok: false,
            problems: [{ message: 'The document is empty.', location: toLocation(0, 0) }],
        };
    }
    const root = doc.contents;
    const deepest = depthOf(root, limits.maxDepth);
    if (deepest) {
        return {
            ok: false,
            problems: [
                {
                    message: `The document nests deeper than ${limits.maxDepth} levels.`,
                    location: nodeLocation(deepest, toLocation),
                },
            ],
        };
    }
    const built = new yaml_Builder(limits, toLocation);
    const value = built.build(root);
    if (built.problems.length > 0)
        return { ok: false, problems: built.problems };
    return { ok: true, parsed: { value, locate: built.locator(root) } };
}
function describeYamlError(code, message) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return DUPLICATE_KEY;
        case 'TAG_RESOLVE_FAILED':
            return `${message}: custom YAML tags are not accepted.`;
        case 'MULTIPLE_DOCS':
            return 'The file holds several YAML documents; it must hold one.';
        default:
            return `YAML syntax error: ${message.replace(/\.$/, '')}.`;
    }
}
function nodeLocation(node, toLocation) {
    const range = node.range ?? [0, 0, 0];
    return toLocation(range[0], range[1]);
}
/** The first node deeper than `max`, or undefined; iterative so hostile depth cannot overflow. */
function depthOf(root, max) {
    const stack = [[root, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (depth > max)
                return node;
            for (const item of node.items) {
                if ((0,dist/* isPair */.tO)(item)) {
                    stack.push([item.key, depth + 1], [item.value, depth + 1]);
                }
                else {
                    stack.push([item, depth + 1]);
                }
            }
        }
    }
    return undefined;
}
const YAML_TAG = 'tag:yaml.org,2002:';
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => YAML_TAG + t));
const TAG_REFUSED = 'Only the standard YAML tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are accepted.';
const isPlainValue = (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
/**
 * Builds the plain value from the node tree in one pass, in document order: each node is
 * built once (an alias shares the value built for its anchor), each key is checked against
 * the keys already set, and each map and list remembers its source node for `locate`.
 * Problems are not capped here: the caller counts what it does not list.
 */
class yaml_Builder {
    limits;
    toLocation;
    problems = [];
    sources = new WeakMap();
    anchors = new Map();
    aliasTargets = new Map();
    built = new Map();
    inProgress = new Set();
    aliases = 0;
    expansion = 0;
    stopped = false;
    constructor(limits, toLocation) {
        this.limits = limits;
        this.toLocation = toLocation;
    }
    rootValue;
    build(root) {
        this.rootValue = this.node(root).value;
        return this.rootValue;
    }
    problem(message, node) {
        this.problems.push({
            message,
            location: node ? nodeLocation(node, this.toLocation) : this.toLocation(0, 0),
        });
    }
    /** Stop building: the value would be unbounded, and one sentence says why. */
    stop(message, node) {
        this.problems.length = 0;
        this.problem(message, node);
        this.stopped = true;
        return { value: null, size: 1 };
    }
    /** The value of `node` and how many nodes it stands for once aliases are expanded. */
    node(node) {
        if (this.stopped || node === null)
            return { value: null, size: 1 };
        if ((0,dist/* isAlias */.Vj)(node))
            return this.alias(node);
        const done = this.built.get(node);
        if (done)
            return done;
        if (node.anchor)
            this.anchors.set(node.anchor, node);
        let result;
        if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
            // !!binary, !!set, !!omap, !!timestamp…: values a plain document has no use for.
            this.problem(TAG_REFUSED, node);
            result = { value: null, size: 1 };
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            result = this.map(node);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            result = this.seq(node);
        }
        else if ((0,dist/* isScalar */.jn)(node) && isPlainValue(node.value)) {
            result = { value: node.value, size: 1 };
        }
        else {
            this.problem('This YAML node is not accepted here.', node);
            result = { value: null, size: 1 };
        }
        if (node.anchor)
            this.built.set(node, result);
        return result;
    }
    alias(alias) {
        this.aliases += 1;
        if (this.aliases > this.limits.maxAliasCount) {
            return this.stop(`The document uses YAML aliases more than ${this.limits.maxAliasCount} times (a possible alias bomb).`, alias);
        }
        const target = this.anchors.get(alias.source);
        if (!target) {
            this.problem(`The alias *${alias.source} refers to no anchor before it.`, alias);
            return { value: null, size: 1 };
        }
        this.aliasTargets.set(alias, target);
        if (this.inProgress.has(target)) {
            this.problem(`The alias *${alias.source} refers to a node that contains it.`, alias);
            return { value: null, size: 1 };
        }
        const result = this.node(target);
        this.expansion += result.size;
        if (this.expansion > this.limits.maxAliasExpansion) {
            return this.stop(`The document expands YAML aliases to more than ${this.limits.maxAliasExpansion} nodes (a possible alias bomb).`, alias);
        }
        return result;
    }
    map(node) {
        const value = {};
        this.sources.set(value, { node });
        this.inProgress.add(node);
        let size = 1;
        for (const pair of node.items) {
            const keyNode = pair.key;
            const key = this.key(keyNode, node);
            const item = this.node(pair.value);
            size += item.size + 1;
            if (this.stopped)
                break;
            if (key === undefined)
                continue;
            if (Object.prototype.hasOwnProperty.call(value, key)) {
                this.problem(DUPLICATE_KEY, keyNode);
                continue;
            }
            if (key === '__proto__') {
                // An own property, never the prototype.
                Object.defineProperty(value, key, {
                    value: item.value,
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            else {
                value[key] = item.value;
            }
        }
        this.inProgress.delete(node);
        return { value, size };
    }
    seq(node) {
        const value = [];
        this.sources.set(value, { node });
        this.inProgress.add(node);
        let size = 1;
        for (const itemNode of node.items) {
            const item = this.node(itemNode);
            size += item.size;
            if (this.stopped)
                break;
            value.push(item.value);
        }
        this.inProgress.delete(node);
        return { value, size };
    }
    /** A key as the plain value names it; a list, map or missing key is a located problem. */
    key(keyNode, map) {
        let node = keyNode;
        if (node && (0,dist/* isAlias */.Vj)(node)) {
            const alias = node;
            node = this.anchors.get(alias.source);
            if (node)
                this.aliasTargets.set(alias, node);
        }
        if (node === null || node === undefined) {
            this.problem('A map entry has no key.', keyNode ?? map);
            return undefined;
        }
        if (!(0,dist/* isScalar */.jn)(node)) {
            this.problem('A key must be a plain value, not a list or a map.', keyNode);
            return undefined;
        }
        const raw = node.value;
        if (raw === null) {
            this.problem('A map entry has no key.', keyNode);
            return undefined;
        }
        if (!isPlainValue(raw) || (node.tag !== undefined && !PLAIN_TAGS.has(node.tag))) {
            this.problem(TAG_REFUSED, keyNode);
            return undefined;
        }
        return typeof raw === 'string' ? raw : String(raw);
    }
    /**
     * A map's pairs by key, built the first time `locate` enters the map (most maps never are).
     * The first of duplicate keys wins, as in the value.
     */
    pairsOf(source) {
        if (source.pairs)
            return source.pairs;
        const pairs = new Map();
        for (const pair of source.node.items) {
            let keyNode = pair.key;
            if (keyNode && (0,dist/* isAlias */.Vj)(keyNode))
                keyNode = this.aliasTargets.get(keyNode) ?? null;
            if (!keyNode || !(0,dist/* isScalar */.jn)(keyNode) || keyNode.value === null)
                continue;
            if (!isPlainValue(keyNode.value))
                continue;
            const raw = keyNode.value;
            const key = typeof raw === 'string' ? raw : String(raw);
            if (!pairs.has(key))
                pairs.set(key, pair);
        }
        source.pairs = pairs;
        return pairs;
    }
    /** `locate` for the built value: O(depth) lookups, whatever the document's size. */
    locator(root) {
        const here = (node) => {
            if (node && (0,dist/* isAlias */.Vj)(node))
                return this.aliasTargets.get(node) ?? node;
            return node ?? undefined;
        };
        return (path, options = {}) => {
            let node = here(root);
            let keyNode;
            let value = this.rootValue;
            for (const segment of path) {
                const source = value !== null && typeof value === 'object' ? this.sources.get(value) : undefined;
                if (!source)
                    break;
                if ((0,dist/* isMap */.jh)(source.node)) {
                    const pair = this.pairsOf(source).get(String(segment));
                    if (!pair)
                        break;
                    keyNode = pair.key ?? undefined;
                    node = here(pair.value) ?? keyNode;
                }
                else if (typeof segment === 'number' && segment < source.node.items.length) {
                    keyNode = undefined;
                    node = here(source.node.items[segment]) ?? source.node;
                }
                else {
                    break;
                }
                value = value[segment];
            }
            const target = options.key && keyNode ? keyNode : node;
            return target?.range ? nodeLocation(target, this.toLocation) : this.toLocation(0, 0);
        };
    }
}
/** How far past the depth limit the cheap block estimate may go (it over-counts a little). */
const BLOCK_ESTIMATE_SLACK = 4;
/**
 * An estimate of block nesting, linear in the text: indentation levels open at once (a stack
 * of indents, as a tokenizer keeps), plus compact indicators (`- `, `? `, `: `) opening more
 * levels on the same line. It over-counts only for text that is deeper-indented line after
 * line (block scalars), which is why it is compared with slack.
 */
function deepestBlock(text) {
    const indents = [];
    let deepest = 0;
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        let pos = start;
        while (pos < end && text.charCodeAt(pos) === 0x20)
            pos++;
        const first = text[pos];
        if (pos < end && first !== '#' && first !== '\r') {
            const indent = pos - start;
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            let compact = 0;
            while (pos + 1 < end && '-?:'.includes(text[pos]) && ' \t'.includes(text[pos + 1])) {
                compact++;
                pos += 2;
                while (pos < end && (text[pos] === ' ' || text[pos] === '\t'))
                    pos++;
            }
            deepest = Math.max(deepest, indents.length + compact);
        }
        start = end + 1;
    }
    return deepest;
}
/**
 * Deepest nesting of flow brackets outside quoted scalars and comments (an upper bound, cheap).
 * As YAML has it: `#` starts a comment only at a line's start or after a space or tab (`a#b` is
 * text), and a quote starts a quoted scalar only where a scalar starts (after an indicator, or
 * after a comma inside brackets); a quote inside plain text (`don't`) is text. Where this is
 * unsure it counts the brackets, so the estimate errs high. By UTF-16 code unit: a surrogate is
 * never one of the characters looked for, so this is the count a walk by code point gives, at a
 * fraction of the cost on a 1 MiB document.
 */
function deepestFlow(text) {
    let depth = 0;
    let deepest = 0;
    let quote = 0;
    let comment = false;
    // The last character that is not a space or tab on this line (a newline at a line's start),
    // and whether a space or tab followed it.
    let previous = 0x0a;
    let spaced = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (comment) {
            if (c === 0x0a) {
                comment = false;
                previous = c;
                spaced = false;
            }
            continue;
        }
        if (quote) {
            if (c === quote) {
                quote = 0;
                previous = c;
                spaced = false;
            }
            continue;
        }
        if (c === 0x20 || c === 0x09) {
            if (text.charCodeAt(i + 1) === 0x23)
                comment = true; // a space, then #
            spaced = true;
            continue;
        }
        if (c === 0x23 && previous === 0x0a) {
            comment = true; // # at a line's start (after indentation)
        }
        else if ((c === 0x22 || c === 0x27) && startsScalar(previous, spaced, depth)) {
            quote = c; // " '
        }
        else if (c === 0x5b || c === 0x7b) {
            deepest = Math.max(deepest, ++depth); // [ {
        }
        else if ((c === 0x5d || c === 0x7d) && depth > 0) {
            depth--; // ] }
        }
        previous = c;
        spaced = false;
    }
    return deepest;
}
/**
 * Whether a scalar may start after `previous` (the last character that is not a space), with
 * or without a space between.
 */
function startsScalar(previous, spaced, depth) {
    switch (previous) {
        case 0x0a: // a line's start
        case 0x5b: // [
        case 0x7b: // {
            return true;
        case 0x3a: // `: `
        case 0x2d: // `- `
        case 0x3f: // `? `
            return spaced;
        case 0x2c: // , separates items only inside brackets
            return depth > 0;
        default:
            return false;
    }
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
function load(bytes, file, limits, validate) {
    const result = parseYamlBytes(bytes, file, limits);
    if (!result.ok)
        return failed(result.problems);
    const { parsed } = result;
    const { value } = parsed;
    const valid = validate(value);
    const problems = [
        ...(valid ? [] : (0,schema/* schemaProblems */.Ic)(validate.errors ?? [], parsed)),
        ...(0,schema/* checkCalendarDates */.ky)(parsed),
    ];
    if (!valid || problems.length > 0)
        return failed(problems);
    return { ok: true, document: { data: value, file, locate: parsed.locate } };
}
function loadManifest(bytes, file) {
    return load(bytes, file, MANIFEST_LIMITS, validators/* validateManifest */.yl);
}
function loadRegistry(bytes, file) {
    return load(bytes, file, REGISTRY_LIMITS, validators/* validateRegistry */.Yd);
}
/**
 * Check a parsed gate record (one line of a history file) against schemas/record.schema.json
 * with the compiled validator: the record's type is the schema's, never an unchecked cast.
 * Problems are plain sentences naming the field (`findings[0].severity must be one of …`).
 */
function checkRecord(value) {
    if (validateRecord(value))
        return { ok: true, record: value };
    const problems = schemaSentences(validateRecord.errors ?? [], value);
    return { ok: false, problems: problems.length > 0 ? problems : ['The record is invalid.'] };
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
var documents = __webpack_require__(5357);
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
        const info = await (0,promises_.stat)(file);
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
        return await (0,promises_.readFile)(file);
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


/***/ })

};
