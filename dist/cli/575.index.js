export const id = 575;
export const ids = [575];
export const modules = {

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
// EXTERNAL MODULE: ./src/history/chain.ts
var chain = __webpack_require__(493);
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


/***/ }),

/***/ 493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ appendRecordToFile),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   aA: () => (/* binding */ verifyHistory),
/* harmony export */   aE: () => (/* binding */ verifyAnchored),
/* harmony export */   hN: () => (/* binding */ recordProblem),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   ww: () => (/* binding */ parseHead)
/* harmony export */ });
/* unused harmony exports lastRecordHash, isGateRecord */
/* harmony import */ var _fs_no_follow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4828);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _load_generated_validators_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1150);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(686);
// The history: one canonical record per line, each carrying the sha256 of the line before it.
// Verification recomputes every hash and link, so an edited, removed, inserted, repeated or
// reordered line shows, at the first line where the chain breaks. The chain cannot show that
// its latest records were cut off (what remains is still a valid chain), nor that the latest
// record was edited and resealed: only a head published elsewhere (the sha256 of the latest
// record) anchors the tail, so `verify` takes one.






const HEX64 = /^[0-9a-f]{64}$/;
/** A published head as given on the command line: 64 hex digits, either case. */
function parseHead(value) {
    const head = value.trim().toLowerCase();
    return HEX64.test(head) ? head : null;
}
function splitLines(text) {
    if (text === '')
        return [];
    const parts = text.split('\n');
    const terminated = parts[parts.length - 1] === '';
    if (terminated)
        parts.pop();
    return parts.map((raw, i) => ({
        number: i + 1,
        // Tolerate CRLF checkouts: the hash covers the record, not the line ending.
        text: raw.endsWith('\r') ? raw.slice(0, -1) : raw,
        unterminated: !terminated && i === parts.length - 1,
    }));
}
/** Reads one line as a gate record, or says in one sentence why it is not one. */
function readLine(line) {
    if (line.text.trim() === '')
        return 'The line is blank, but every line must hold one record.';
    let value;
    try {
        value = JSON.parse(line.text);
    }
    catch {
        return line.unterminated
            ? 'The last line is truncated: its record stops before the end.'
            : 'The line is not valid JSON.';
    }
    const problem = recordProblem(value);
    if (problem !== null)
        return `The line is not a gate record of schemaVersion 1: ${problem}.`;
    return value;
}
/** Recomputes every record's hash and `previous` link. */
function verifyHistory(text) {
    return verifyChain(text, new Map());
}
/**
 * The chain check, plus its head. With `publishedHead` (the sha256 of the latest record,
 * published where the history file's writer cannot change it), the latest record must also be
 * that one: this catches a removed, resealed or replaced tail, and an emptied file.
 */
function verifyAnchored(text, publishedHead) {
    const seen = new Map();
    const result = verifyChain(text, seen);
    if (!result.ok)
        return result;
    const head = [...seen.keys()].at(-1) ?? null;
    const chain = { ...result, head };
    if (publishedHead === undefined)
        return chain;
    if (head === null) {
        return {
            ok: false,
            line: null,
            reason: `The history is empty, but the published head is ${publishedHead}: its records were removed.`,
        };
    }
    if (head === publishedHead)
        return chain;
    const at = seen.get(publishedHead);
    return {
        ok: false,
        line: chain.count,
        reason: at === undefined
            ? `The latest record is not the published head ${publishedHead}, and no record in the file is: the latest records were removed, or replaced and resealed.`
            : `The latest record is not the published head, which is the record on line ${at}: records after it were not covered by that head.`,
    };
}
/** Checks the chain; `seen` collects each record's sha256 and line. */
function verifyChain(text, seen) {
    let previous = null;
    const lines = splitLines(text);
    for (const line of lines) {
        const fail = (reason) => ({ ok: false, line: line.number, reason });
        const record = readLine(line);
        if (typeof record === 'string')
            return fail(record);
        let hash;
        let canonical;
        try {
            hash = (0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .recordHash */ .oj)(record);
            canonical = (0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalJson */ .dj)(record);
        }
        catch {
            return fail('The record holds text that has no canonical JSON form.');
        }
        if (hash !== record.sha256)
            return fail('The record does not match its sha256: it was altered.');
        if (canonical !== line.text)
            return fail('The record is not in canonical JSON form: it was rewritten.');
        const earlier = seen.get(record.sha256);
        if (earlier !== undefined)
            return fail(`The record repeats the one on line ${earlier}.`);
        if (record.previous !== previous) {
            return fail(previous === null
                ? 'The first record links to an earlier one: records were removed from the start.'
                : `The record does not link to the one on line ${line.number - 1}: a record was removed, inserted or moved.`);
        }
        seen.set(record.sha256, line.number);
        previous = record.sha256;
    }
    return { ok: true, count: lines.length };
}
/** Reads every line as a record (for `history show`), without checking the chain. */
function parseHistory(text) {
    const records = [];
    for (const line of splitLines(text)) {
        const record = readLine(line);
        if (typeof record === 'string') {
            return { ok: false, line: line.number, reason: record };
        }
        records.push(record);
    }
    return { ok: true, records };
}
/**
 * The sha256 of the history's last record (the `previous` of the next), null for an empty
 * history. Throws GateError when the last line is not a record: appending would hide the break.
 */
function lastRecordHash(text) {
    const lines = splitLines(text);
    const last = lines[lines.length - 1];
    if (last === undefined)
        return null;
    const record = readLine(last);
    if (typeof record === 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`The history's last line (line ${last.number}) is not a gate record, so a new record cannot be chained to it.`);
    }
    return record.sha256;
}
/**
 * Appends the record to a history file (created when absent), chained to its last line.
 * Returns the record as written, with its new `previous` and `sha256`.
 */
async function appendRecordToFile(path, record) {
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`Cannot read the history file ${path}: ${describeFsError(error)}.`);
        }
    }
    const chained = (0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .rechain */ .jJ)(record, lastRecordHash(text));
    const separator = text !== '' && !text.endsWith('\n') ? '\n' : '';
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        await (0,_fs_no_follow_js__WEBPACK_IMPORTED_MODULE_0__/* .appendOwnFile */ .V)(path, `${separator}${(0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .serializeRecord */ .Om)(chained)}\n`);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`Cannot write the history file ${path}: ${describeFsError(error)}.`);
    }
    return chained;
}
/** A plain phrase for a file system error. */
function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file';
        case 'EISDIR':
            return 'it is a directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOTDIR':
            return 'a part of the path is not a directory';
        default:
            return code ?? 'unknown error';
    }
}
// ---- shape: the compiled record schema decides ----
/** Why a value is not a gate record (the schema's first complaint), or null when it is one. */
function recordProblem(value) {
    if ((0,_load_generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validateRecord */ .eV)(value))
        return null;
    const error = _load_generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validateRecord */ .eV.errors?.[0];
    if (error === undefined)
        return 'it does not match the record schema';
    const where = error.instancePath === '' ? 'the record' : error.instancePath.slice(0, 120);
    const extra = error.params.additionalProperty;
    const detail = typeof extra === 'string' ? ` (${extra.slice(0, 60)})` : '';
    return `${where} ${error.message ?? 'is not valid'}${detail}`;
}
/** Whether a value is a gate record by the record schema. */
function isGateRecord(v) {
    return validateRecord(v);
}


/***/ }),

/***/ 686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kA: () => (/* binding */ buildRecord),
  dj: () => (/* binding */ canonicalJson),
  h6: () => (/* binding */ dueDatesFromRegistry),
  jJ: () => (/* binding */ rechain),
  oj: () => (/* binding */ recordHash),
  wX: () => (/* binding */ runContextFromEnv),
  Om: () => (/* binding */ serializeRecord)
});

// UNUSED EXPORTS: sealRecord

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/rules/dates.ts
var dates = __webpack_require__(1426);
;// CONCATENATED MODULE: ./src/history/record.ts
// The gate record (SPEC 8): what was decided, for which commit, against which inputs, hashed as
// RFC 8785 canonical JSON so that any later edit shows.




const ENV_KEYS = {
    repository: 'GITHUB_REPOSITORY',
    sha: 'GITHUB_SHA',
    ref: 'GITHUB_REF',
    event: 'GITHUB_EVENT_NAME',
    runId: 'GITHUB_RUN_ID',
    runAttempt: 'GITHUB_RUN_ATTEMPT',
    actor: 'GITHUB_ACTOR',
    workflow: 'GITHUB_WORKFLOW',
    serverUrl: 'GITHUB_SERVER_URL',
};
/**
 * The run context from GitHub's variables. `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) fixes
 * the timestamp, for reproducible output.
 */
function runContextFromEnv(env, clock) {
    const get = (key) => {
        const value = env[key];
        return value === undefined || value === '' ? null : value;
    };
    const epoch = get('SOURCE_DATE_EPOCH');
    let time;
    if (epoch !== null) {
        if (!/^\d{1,12}$/.test(epoch)) {
            throw new errors/* GateError */.u(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}".`);
        }
        time = new Date(Number(epoch) * 1000);
    }
    else {
        time = clock();
    }
    return {
        timestamp: isoSeconds(time),
        repository: get(ENV_KEYS.repository),
        sha: get(ENV_KEYS.sha),
        ref: get(ENV_KEYS.ref),
        event: get(ENV_KEYS.event),
        // GitHub's run id and attempt are numbers; anything else cannot name a run (nor be linked).
        runId: digits(get(ENV_KEYS.runId)),
        runAttempt: digits(get(ENV_KEYS.runAttempt)),
        actor: get(ENV_KEYS.actor),
        workflow: get(ENV_KEYS.workflow),
        serverUrl: get(ENV_KEYS.serverUrl)?.replace(/\/+$/, '') ?? null,
    };
}
function digits(value) {
    return value !== null && /^[0-9]{1,20}$/.test(value) ? value : null;
}
function isoSeconds(time) {
    return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Builds the record of one gate run, chained to `previous` and hashed. */
function buildRecord(result, run, previous, extra = {}) {
    const { report } = result;
    const registry = {
        source: report.inputs.registry.source,
        sha256: report.inputs.registry.sha256,
    };
    for (const key of ['path', 'repo', 'ref', 'blobSha']) {
        const value = extra.registrySource?.[key];
        if (value !== undefined)
            registry[key] = value;
    }
    const findings = report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        vendor: f.vendor ?? null,
        product: f.product ?? null,
        condition: f.condition ?? null,
        file: f.location?.file ?? null,
        line: f.location?.line ?? null,
        waived: f.waived?.id ?? null,
    }));
    const vendors = new Set();
    for (const v of result.vendors)
        vendors.add(v.vendor);
    for (const e of report.evidence)
        vendors.add(e.vendor);
    for (const f of report.findings)
        if (f.vendor !== undefined)
            vendors.add(f.vendor);
    const unsigned = {
        schemaVersion: 1,
        tool: { name: report.tool.name, version: report.tool.version },
        now: report.now,
        timestamp: run.timestamp,
        repository: result.repository ?? run.repository,
        serverUrl: run.serverUrl,
        sha: run.sha,
        ref: run.ref,
        event: run.event,
        run: { id: run.runId, attempt: run.runAttempt },
        actor: run.actor,
        workflow: run.workflow,
        inputs: {
            manifest: { path: report.inputs.manifest.path, sha256: report.inputs.manifest.sha256 },
            registry,
        },
        decision: report.decision,
        failOn: report.failOn,
        summary: { ...report.summary },
        findings,
        vendors: [...vendors].sort(compareCodeUnits),
        previous,
    };
    if (extra.reviewsDue !== undefined)
        unsigned.reviewsDue = sortDue(extra.reviewsDue);
    return sealRecord(wellFormed(unsigned));
}
/** The same record chained to another predecessor (rehashed). */
function rechain(record, previous) {
    const rest = { ...record };
    delete rest.sha256;
    return sealRecord({ ...rest, previous });
}
/** Adds `sha256` over the canonical JSON of the record without it. */
function sealRecord(unsigned) {
    return { ...unsigned, sha256: recordHash(unsigned) };
}
/** SHA-256 (lowercase hex) of the canonical JSON of a record, ignoring any `sha256` field. */
function recordHash(record) {
    const rest = { ...record };
    delete rest.sha256;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}
/** One line: the record as RFC 8785 canonical JSON. */
function serializeRecord(record) {
    return canonicalJson(record);
}
/** RFC 8785 canonical JSON of a JSON value. */
function canonicalJson(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new TypeError('The value has no JSON form.');
    return text;
}
/**
 * Due dates for the given vendors as the registry states them: the next review (review date +
 * cadence), attestation expiries, verified certification expiries. For `extra.reviewsDue`.
 */
function dueDatesFromRegistry(registry, vendors) {
    const items = [];
    const defaultCadence = registry.defaults?.reviewCadenceDays ?? 365;
    for (const id of vendors) {
        const vendor = Object.hasOwn(registry.vendors, id) ? registry.vendors[id] : undefined;
        if (vendor === undefined)
            continue;
        if (vendor.review?.date !== undefined) {
            const cadence = vendor.review.cadenceDays ?? defaultCadence;
            items.push({
                vendor: id,
                kind: 'review',
                id: null,
                due: (0,dates/* addDays */.fi)(vendor.review.date, cadence),
            });
        }
        for (const [name, attestation] of Object.entries(vendor.attestations ?? {})) {
            if (attestation.expires !== undefined) {
                items.push({ vendor: id, kind: 'attestation', id: name, due: attestation.expires });
            }
        }
        for (const cert of vendor.profile?.certifications ?? []) {
            if (cert.status === 'verified' && cert.expires !== undefined) {
                items.push({ vendor: id, kind: 'certification', id: cert.name, due: cert.expires });
            }
        }
    }
    return sortDue(items);
}
function sortDue(items) {
    return items
        .map((i) => ({ vendor: i.vendor, kind: i.kind, id: i.id ?? null, due: i.due }))
        .sort((a, b) => compareCodeUnits(a.due, b.due) ||
        compareCodeUnits(a.vendor, b.vendor) ||
        compareCodeUnits(a.kind, b.kind) ||
        compareCodeUnits(a.id ?? '', b.id ?? ''));
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replaces lone surrogates (which have no canonical JSON form) with U+FFFD, deeply. */
function wellFormed(value) {
    if (typeof value === 'string')
        return value.replace(LONE_SURROGATE, '\uFFFD');
    if (Array.isArray(value))
        return value.map(wellFormed);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormed(v)]));
    }
    return value;
}


/***/ })

};
