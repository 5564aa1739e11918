"use strict";
exports.id = 266;
exports.ids = [266];
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

/***/ 3266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readYarnLock: () => (/* binding */ readYarnLock)
/* harmony export */ });
/* harmony import */ var _yarnpkg_lockfile__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7716);
/* harmony import */ var _yarnpkg_lockfile__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_yarnpkg_lockfile__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7823);
/* harmony import */ var _positions_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2408);
/* harmony import */ var _positions_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2151);
/* harmony import */ var _positions_npm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5897);
/* harmony import */ var _shared_evidence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8043);
// yarn.lock. Yarn 1 (parsed with @yarnpkg/lockfile): entries that no other entry depends on are
// direct (the scan also promotes entries a package.json beside or below declares). Yarn 2+
// "berry" (parsed with @yarnpkg/parsers): workspace entries (`@workspace:`) declare the direct
// dependencies; every other resolved entry is installed. peerDependencies listed by an entry
// are never evidence.






function unquote(value) {
    const trimmed = value.trim();
    if (trimmed.startsWith('"') && trimmed.endsWith('"')) {
        try {
            return JSON.parse(trimmed);
        }
        catch {
            return trimmed.slice(1, -1);
        }
    }
    return trimmed;
}
/** Top-level entry headers (`"a@^1", a@^2:` at column 0) with their lines. */
function headers(text) {
    const out = [];
    const lines = new _positions_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .rr(text);
    for (let number = 1; number <= lines.count; number++) {
        const line = lines.lineText(number);
        if (!line || /^[\s#]/.test(line) || !line.endsWith(':'))
            continue;
        const body = line.slice(0, -1);
        const descriptors = body.split(/,\s*/).map(unquote).filter(Boolean);
        out.push({ key: unquote(body), descriptors, line: number, text: line });
    }
    return out;
}
/** The span of the package name at the start of an entry header (`"@scope/x@^1", …:`). */
function headerSpan(header, name) {
    const at = header.text.indexOf(name);
    if (at === -1)
        return { line: header.line };
    return { line: header.line, column: at + 1, endColumn: at + 1 + name.length };
}
function readYarnLock(file, text, catalog) {
    return /^__metadata:/m.test(text)
        ? readBerry(file, text, catalog)
        : readClassic(file, text, catalog);
}
function readClassic(file, text, catalog) {
    // Node's ESM loader puts the CommonJS exports on `default`, bundlers on the namespace.
    const parse = _yarnpkg_lockfile__WEBPACK_IMPORTED_MODULE_0__.parse ?? (_yarnpkg_lockfile__WEBPACK_IMPORTED_MODULE_0___default())?.parse;
    let parsed;
    try {
        if (!parse)
            return [];
        // Comment lines are blanked (the line count stays): on `# yarn lockfile v1` the parser loads
        // Yarn's constants to check the version, which ask for `__filename`, undefined in the ES
        // module bundle, so every Yarn 1 lockfile would throw there and give nothing.
        parsed = parse(text.replace(/^[ \t]*#.*$/gm, ''));
    }
    catch {
        return [];
    }
    if (parsed.type === 'conflict')
        return [];
    const data = parsed.object;
    const dependedOn = new Set();
    for (const entry of Object.values(data)) {
        if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry))
            continue;
        for (const field of ['dependencies', 'optionalDependencies']) {
            for (const name of (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(entry[field]))
                dependedOn.add(name);
        }
    }
    const out = [];
    for (const header of headers(text)) {
        const first = header.descriptors[0];
        if (!first || !(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data[first]))
            continue;
        const keyName = (0,_positions_npm_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorName */ .V)(first);
        const name = (0,_positions_npm_js__WEBPACK_IMPORTED_MODULE_4__/* .npmAliasTarget */ .D)(first);
        out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .dependencyEvidence */ .h)(catalog, 'npm', name, {
            file,
            span: headerSpan(header, keyName),
            direct: !dependedOn.has(keyName),
        }));
    }
    return out;
}
function readBerry(file, text, catalog) {
    let data;
    try {
        data = (0,_yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__/* .parseSyml */ ["do"])(text);
    }
    catch {
        return [];
    }
    const direct = new Set();
    for (const entry of Object.values(data)) {
        if (!(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry) || typeof entry.resolution !== 'string')
            continue;
        if (!entry.resolution.includes('@workspace:'))
            continue;
        for (const name of (0,_positions_json_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(entry.dependencies))
            direct.add(name);
    }
    const byKey = new Map(headers(text).map((h) => [h.key, h]));
    const out = [];
    for (const [key, entry] of Object.entries(data)) {
        if (key === '__metadata' || !(0,_positions_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry) || typeof entry.resolution !== 'string')
            continue;
        const resolution = entry.resolution;
        if (/@(workspace|link|portal):/.test(resolution))
            continue;
        const name = (0,_positions_npm_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorName */ .V)(resolution);
        const header = byKey.get(key);
        out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .dependencyEvidence */ .h)(catalog, 'npm', name, {
            file,
            span: header
                ? headerSpan(header, (0,_positions_npm_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorName */ .V)(header.descriptors[0] ?? name))
                : { line: 1 },
            direct: direct.has(name),
        }));
    }
    return out;
}


/***/ })

};
;