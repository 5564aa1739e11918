"use strict";
exports.id = 669;
exports.ids = [669];
exports.modules = {

/***/ 7669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkflow: () => (/* binding */ readWorkflow)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Workflows and actions: steps that `uses:` a vendor's action (kind `workflow`, spanning the
// `uses:` value). Read in `.github/workflows/*.yml|yaml` (steps, and jobs that call a reusable
// workflow) and in any `action.yml|yaml` (a composite action's `runs.steps`), wherever it lies:
// its context says what it is. A `uses:` given through a YAML alias is resolved. The step's
// `with:` inputs can route the action to another vendor (claude-code-action with
// `use_bedrock: true` sends data to Amazon Bedrock).

/** Aliases resolved per file at most this many times: a billion-laughs file stays cheap. */
const MAX_ALIAS_RESOLUTIONS = 10_000;
function readWorkflow(file, text, catalog) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter: counter,
        uniqueKeys: false,
        // Nothing of the library's may reach stderr or process warnings.
        logLevel: 'silent',
    });
    if (doc.errors.length > 0)
        return [];
    let resolutions = 0;
    /** The node itself, or the node an alias stands for. */
    const deref = (node) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return node;
        if (++resolutions > MAX_ALIAS_RESOLUTIONS)
            return undefined;
        return node.resolve(doc) ?? undefined;
    };
    const get = (node, key) => {
        const map = deref(node);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
            return undefined;
        const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key);
        return pair ? deref(pair.value) : undefined;
    };
    const out = [];
    /** A node that says `uses: owner/name…`, with the inputs beside it. */
    const visitUses = (holder) => {
        const uses = get(holder, 'uses');
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(uses) || typeof uses.value !== 'string')
            return;
        const value = uses.value.trim();
        if (value.startsWith('./') || value.startsWith('docker://'))
            return;
        const action = value.replace(/@.*$/, '').split('/').slice(0, 2).join('/');
        const inputs = {};
        const withNode = get(holder, 'with');
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(withNode)) {
            for (const input of withNode.items) {
                const inputValue = deref(input.value);
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(input.key) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(inputValue)) {
                    inputs[String(input.key.value)] = inputValue.value;
                }
            }
        }
        // The span of the value as written (an alias's target is where the text is).
        const [start, end] = uses.range ?? [0, 0];
        const from = counter.linePos(start);
        const to = counter.linePos(end);
        const sameLine = to.line === from.line;
        for (const vendor of catalog.actionVendors(action, inputs)) {
            out.push({
                vendor,
                kind: 'workflow',
                name: action,
                file,
                line: from.line,
                column: from.col,
                endColumn: sameLine ? to.col : from.col + value.length,
                direct: true,
                context: 'ci',
            });
        }
    };
    const visitSteps = (steps) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(steps))
            return;
        for (const step of steps.items)
            visitUses(step);
    };
    const jobs = get(doc.contents, 'jobs');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobs)) {
        for (const job of jobs.items) {
            visitUses(job.value); // a job that calls a reusable workflow
            visitSteps(get(job.value, 'steps'));
        }
    }
    visitSteps(get(get(doc.contents, 'runs'), 'steps')); // a composite action
    return out;
}


/***/ })

};
;