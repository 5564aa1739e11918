"use strict";
exports.id = 524;
exports.ids = [524];
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

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readComposerJson: () => (/* binding */ readComposerJson),
/* harmony export */   readComposerLock: () => (/* binding */ readComposerLock)
/* harmony export */ });
/* harmony import */ var _positions_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2408);
/* harmony import */ var _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2151);
/* harmony import */ var _shared_evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8043);



const PLATFORM = /^(php|php-64bit|php-ipv6|php-zts|php-debug|hhvm|ext-.*|lib-.*|composer(-.*)?)$/i;
const MANIFEST_FIELDS = ['require', 'require-dev'];
const LOCK_FIELDS = ['packages', 'packages-dev'];
function readComposerJson(file, text, catalog) {
    const data = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text);
    if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data))
        return [];
    const spans = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonKeySpans */ .zu)(text, (path) => path.length === 2 && MANIFEST_FIELDS.includes(path[0]));
    const out = [];
    for (const field of MANIFEST_FIELDS) {
        const map = data[field];
        if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(map))
            continue;
        for (const name of Object.keys(map)) {
            if (PLATFORM.test(name))
                continue;
            out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyEvidence */ .h)(catalog, 'composer', name, {
                file,
                span: spans.get((0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .keyPath */ .Dw)(field, name)) ?? { line: 1 },
                direct: true,
                test: field === 'require-dev',
            }));
        }
    }
    return out;
}
function readComposerLock(file, text, catalog) {
    const data = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text);
    if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data))
        return [];
    const lines = new _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const spans = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonKeySpans */ .zu)(text, (path) => path.length === 3 && LOCK_FIELDS.includes(path[0]) && path[2] === 'name');
    const out = [];
    for (const field of LOCK_FIELDS) {
        const list = data[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((entry, index) => {
            if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) || typeof entry.name !== 'string')
                return;
            const key = spans.get((0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .keyPath */ .Dw)(field, String(index), 'name'));
            const span = key ? (0,_positions_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOnLine */ .Rs)(lines.lineText(key.line), key.line, [entry.name]) : { line: 1 };
            out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyEvidence */ .h)(catalog, 'composer', entry.name, {
                file,
                span,
                direct: false,
                test: field === 'packages-dev',
            }));
        });
    }
    return out;
}


/***/ })

};
;