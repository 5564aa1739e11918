"use strict";
exports.id = 575;
exports.ids = [575];
exports.modules = {

/***/ 4575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeRecord: () => (/* binding */ writeRecord)
});

// EXTERNAL MODULE: ./src/fs/no-follow.ts
var no_follow = __webpack_require__(4828);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/history/chain.ts + 2 modules
var chain = __webpack_require__(2004);
// EXTERNAL MODULE: ./src/history/record.ts + 1 modules
var history_record = __webpack_require__(686);
// EXTERNAL MODULE: ./src/sources/registry.ts + 1 modules
var sources_registry = __webpack_require__(8838);
;// CONCATENATED MODULE: ./src/history/run-record.ts
// The gate record of one run, as both front ends write it: run context from the environment,
// the registry's source, and the due dates of the vendors in use.




function recordForRun(result, registry, env, clock = () => new Date()) {
    const inUse = new Set([
        ...result.vendors.map((v) => v.vendor),
        ...result.report.evidence.map((e) => e.vendor),
    ]);
    const record = (0,history_record/* buildRecord */.kA)(result, (0,history_record/* runContextFromEnv */.wX)(env, clock), null, {
        registrySource: (0,sources_registry/* registrySourceInfo */.dJ)(registry),
        ...(result.registry ? { reviewsDue: (0,history_record/* dueDatesFromRegistry */.h6)(result.registry, [...inUse]) } : {}),
    });
    // Never write a record that `history verify` would reject: the history could not grow past it.
    const problem = (0,chain/* recordProblem */.hN)(record);
    if (problem !== null) {
        throw new errors/* GateError */.u(`The gate record would not match the record schema: ${problem}.`);
    }
    return record;
}

;// CONCATENATED MODULE: ./src/cli/record.ts
// --record and --history: the gate record of this run, written and/or chained into a history.





async function writeRecord(result, io, targets) {
    let record = recordForRun(result, targets.registry, io.env);
    if (targets.history)
        record = await (0,chain/* appendRecordToFile */.J$)(targets.history, record);
    if (targets.record) {
        try {
            await (0,no_follow/* writeOwnFile */.O)(targets.record, `${(0,history_record/* serializeRecord */.Om)(record)}\n`);
        }
        catch {
            throw new errors/* GateError */.u(`The gate record could not be written to ${targets.record}.`);
        }
    }
    return record;
}


/***/ })

};
;