"use strict";
exports.id = 335;
exports.ids = [335];
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

/***/ 5897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ npmAliasTarget),
/* harmony export */   V: () => (/* binding */ descriptorName)
/* harmony export */ });
// npm package descriptors as lockfiles write them: `@scope/name@^1.0.0`, `alias@npm:real@^2`.
/** The package name of a descriptor such as `@scope/name@^1.0.0` or `name@npm:^2`. */
function descriptorName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at === -1 ? descriptor : descriptor.slice(0, at);
}
/** `name@npm:real@^1` names `real`; any other descriptor names itself. */
function npmAliasTarget(descriptor) {
    const at = descriptor.indexOf('@', 1);
    if (at === -1)
        return descriptor;
    const range = descriptor.slice(at + 1);
    return range.startsWith('npm:') ? descriptorName(range.slice(4)) : descriptor.slice(0, at);
}


/***/ }),

/***/ 7335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPackageJson: () => (/* binding */ readPackageJson)
/* harmony export */ });
/* harmony import */ var _positions_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2408);
/* harmony import */ var _positions_npm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5897);
/* harmony import */ var _shared_evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8043);



const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
function readPackageJson(file, text, catalog) {
    const data = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text);
    if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data))
        return [];
    const spans = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonKeySpans */ .zu)(text, (path) => path.length === 2 && FIELDS.includes(path[0]));
    const meta = (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data.peerDependenciesMeta) ? data.peerDependenciesMeta : {};
    const out = [];
    for (const field of FIELDS) {
        const deps = data[field];
        if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(deps))
            continue;
        for (const [key, spec] of Object.entries(deps)) {
            const name = typeof spec === 'string' ? (0,_positions_npm_js__WEBPACK_IMPORTED_MODULE_1__/* .npmAliasTarget */ .D)(`${key}@${spec}`) : key;
            const optionalPeer = field === 'peerDependencies' && (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(meta[key]) && meta[key].optional === true;
            out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .dependencyEvidence */ .h)(catalog, 'npm', name, {
                file,
                span: spans.get((0,_positions_json_js__WEBPACK_IMPORTED_MODULE_0__/* .keyPath */ .Dw)(field, key)) ?? { line: 1 },
                direct: !optionalPeer,
                test: field === 'devDependencies',
            }));
        }
    }
    return out;
}


/***/ })

};
;