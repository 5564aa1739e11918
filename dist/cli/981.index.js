"use strict";
exports.id = 981;
exports.ids = [981];
exports.modules = {

/***/ 2408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ keyPath),
/* harmony export */   YD: () => (/* binding */ keysOf),
/* harmony export */   mZ: () => (/* binding */ narrowToSuffix),
/* harmony export */   pX: () => (/* binding */ parseJsonc),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   zu: () => (/* binding */ jsonKeySpans)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2151);
// JSON and JSONC documents with the positions of their keys, from jsonc-parser (a real parser,
// linear, tolerant of comments and trailing commas where a format allows them).


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function keysOf(value) {
    return isRecord(value) ? Object.keys(value) : [];
}
/** Strict JSON (lockfiles npm writes); undefined when the text is not JSON. */
function parseJson(text) {
    try {
        return JSON.parse((0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text));
    }
    catch {
        return undefined;
    }
}
/** JSONC as bun.lock writes it (comments, trailing commas); undefined on any syntax error. */
function parseJsonc(text) {
    const errors = [];
    let value;
    try {
        value = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)((0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text), errors, { allowTrailingComma: true, disallowComments: false });
    }
    catch {
        return undefined; // nesting deeper than the stack: not a lockfile any tool wrote
    }
    return errors.length > 0 ? undefined : value;
}
/** The path of a key, joined for lookups in `KeySpans`. */
function keyPath(...parts) {
    return parts.join('\0');
}
/**
 * The span of each object key whose path `keep` accepts. Paths are the keys and array indexes
 * from the top. One pass; a document nested deeper than the stack gives the keys seen so far.
 */
function jsonKeySpans(source, keep) {
    const text = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(source);
    const out = new Map();
    const path = [];
    const inArray = [];
    const beforeValue = () => {
        const top = inArray.length - 1;
        if (top >= 0 && inArray[top])
            path[top] = String(Number(path[top]) + 1);
    };
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onObjectBegin: () => {
                beforeValue();
                path.push('');
                inArray.push(false);
            },
            onObjectProperty: (name, _offset, length, startLine, startCharacter) => {
                path[path.length - 1] = name;
                if (!keep(path))
                    return;
                const key = path.join('\0');
                if (out.has(key))
                    return; // the first of duplicate keys, as written first
                const column = startCharacter + 2; // 1-based, past the opening quote
                out.set(key, { line: startLine + 1, column, endColumn: column + length - 2 });
            },
            onObjectEnd: () => {
                path.pop();
                inArray.pop();
            },
            onArrayBegin: () => {
                beforeValue();
                path.push('-1');
                inArray.push(true);
            },
            onArrayEnd: () => {
                path.pop();
                inArray.pop();
            },
            onLiteralValue: beforeValue,
        }, { allowTrailingComma: true, disallowComments: false });
    }
    catch {
        // too deep for the stack: keep what was found
    }
    return out;
}
/**
 * A key's span narrowed to a name that ends it: `node_modules/openai` → `openai`. The key's text
 * is as written, so a key with escapes keeps its whole span.
 */
function narrowToSuffix(span, key, name) {
    if (!span || span.column === undefined || span.endColumn === undefined)
        return span;
    if (!key.endsWith(name) || span.endColumn - span.column !== key.length)
        return span;
    return { ...span, column: span.endColumn - name.length };
}


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml),
/* harmony export */   h: () => (/* binding */ TomlPositions)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2408);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2151);
// TOML documents (smol-toml) with the positions of their keys and string literals. smol-toml
// gives values only; a linear line scan finds where each `key =` and `[table]` is written.



function parseToml(text) {
    try {
        const data = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) ? data : undefined;
    }
    catch {
        return undefined; // not TOML, or nested deeper than the stack
    }
}
/** Split a table header's dotted key into its parts, unquoting quoted parts. */
function headerPath(inner) {
    const parts = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^.\s"']+))\s*(?:\.|$)/y;
    let match;
    while (re.lastIndex < inner.length && (match = re.exec(inner))) {
        parts.push(match[1] ?? match[2] ?? match[3] ?? '');
    }
    return parts;
}
const join = (parts) => parts.join('\0');
/**
 * Where a TOML text writes each key and table. Lines inside multi-line strings and arrays are
 * skipped; lookups are by table and key in constant time.
 */
class TomlPositions {
    keys = [];
    firstByKey = new Map();
    constructor(text) {
        const lines = new _lines_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
        let table = [];
        let entry = 0;
        const counts = new Map();
        let depth = 0; // open brackets of a multi-line array or inline table
        let inString = null;
        for (let number = 1; number <= lines.count; number++) {
            const line = lines.lineText(number);
            if (inString) {
                if (line.includes(inString))
                    inString = null;
                continue;
            }
            if (depth > 0) {
                depth = Math.max(0, depth + bracketBalance(line));
                continue;
            }
            const header = /^(\s*)(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
            if (header) {
                table = headerPath(header[3]);
                const name = join(table);
                if (header[2] === '[[') {
                    entry = counts.get(name) ?? 0;
                    counts.set(name, entry + 1);
                }
                else {
                    entry = 0;
                    // a sub-table of an array entry keeps that entry's index
                    for (let n = table.length - 1; n > 0; n--) {
                        const parent = counts.get(join(table.slice(0, n)));
                        if (parent !== undefined) {
                            entry = parent - 1;
                            break;
                        }
                    }
                }
                const last = table[table.length - 1] ?? '';
                const at = line.lastIndexOf(last);
                const span = at === -1
                    ? { line: number }
                    : { line: number, column: at + 1, endColumn: at + 1 + last.length };
                this.add({ table, entry, key: '', span });
                continue;
            }
            const pair = /^(\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
            if (!pair)
                continue;
            const quoted = /^["']/.test(pair[2]);
            const key = quoted ? pair[2].slice(1, -1) : pair[2];
            const column = pair[1].length + 1 + (quoted ? 1 : 0);
            const rest = pair[3];
            const span = { line: number, column, endColumn: column + key.length };
            const stringColumn = /^["'](?!["'])/.test(rest) ? line.length - rest.length + 2 : undefined;
            this.add({ table, entry, key, span, stringColumn });
            const triple = /^("""|''')/.exec(rest);
            if (triple && !rest.slice(3).includes(triple[1]))
                inString = triple[1];
            else
                depth = Math.max(0, bracketBalance(rest));
        }
    }
    add(key) {
        this.keys.push(key);
        const id = `${join(key.table)}\u0001${key.key}`;
        if (!this.firstByKey.has(id))
            this.firstByKey.set(id, key);
    }
    /** The first `key =` in `table`, or the `[table]` header itself for key `''`. */
    find(table, key) {
        return this.firstByKey.get(`${join(table)}\u0001${key}`);
    }
    /** Where `key` of `table` is written: its pair, else a `[table.key]` header, else the table. */
    keySpan(table, key) {
        return (this.find(table, key)?.span ??
            this.find([...table, key], '')?.span ??
            this.find(table, '')?.span ?? { line: 1 });
    }
}
function bracketBalance(line) {
    let depth = 0;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = null;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#')
            break;
        else if (c === '[' || c === '{')
            depth++;
        else if (c === ']' || c === '}')
            depth--;
    }
    return depth;
}


/***/ }),

/***/ 2981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCargoToml: () => (/* binding */ readCargoToml)
/* harmony export */ });
/* harmony import */ var _positions_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2408);
/* harmony import */ var _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2151);
/* harmony import */ var _positions_toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2038);
/* harmony import */ var _shared_evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8043);




const TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];
function readCargoToml(file, text, catalog) {
    const data = (0,_positions_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(text);
    if (!data)
        return [];
    const positions = new _positions_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .TomlPositions */ .h(text);
    const lines = new _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const out = [];
    const fromTable = (map, table) => {
        if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(map))
            return;
        for (const [key, spec] of Object.entries(map)) {
            const renamed = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(spec) && typeof spec.package === 'string' ? spec.package : null;
            const name = renamed ?? key;
            const keySpan = positions.keySpan(table, key);
            // `llm = { package = "ollama-rs" }`: span the package's name where it is written
            const span = renamed
                ? (0,_positions_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOnLine */ .Rs)(lines.lineText(keySpan.line), keySpan.line, [renamed])
                : keySpan;
            out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .dependencyEvidence */ .h)(catalog, 'crates', name, {
                file,
                span: span.column === undefined ? keySpan : span,
                direct: true,
                test: table[table.length - 1] === 'dev-dependencies',
            }));
        }
    };
    for (const table of TABLES)
        fromTable(data[table], [table]);
    if ((0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data.target)) {
        for (const [target, body] of Object.entries(data.target)) {
            if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(body))
                continue;
            for (const table of TABLES)
                fromTable(body[table], ['target', target, table]);
        }
    }
    if ((0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data.workspace)) {
        fromTable(data.workspace.dependencies, ['workspace', 'dependencies']);
    }
    return out;
}


/***/ })

};
;