"use strict";
exports.id = 283;
exports.ids = [283];
exports.modules = {

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseWithLibrary: () => (/* binding */ parseWithLibrary)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _block_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5865);
// The library path of yaml.ts: any YAML document, parsed by the yaml library with node
// positions, its value built here (see yaml.ts for why), every problem located. Imported only
// for a document the fast reader (block-yaml.ts) gives up on.


/** Options of every parse with the library. */
const YAML_OPTIONS = {
    // The library's check is quadratic; the builders check each key as they set it.
    uniqueKeys: false,
    prettyErrors: false,
    // Nothing of the library's may reach stderr or process warnings.
    logLevel: 'silent',
};
const firstLine = (message) => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
/** Parse one document with the library; never throws for bad input. */
function parseWithLibrary(text, file, limits) {
    // The parser recurses on flow collections: refuse deep bracket nesting before it can overflow.
    // It also recurses on block nesting (`- - - x`, `? ? x`, indentation): refuse a document whose
    // estimate is far past the limit; the exact check below locates the rest.
    const flowDepth = deepestFlow(text);
    if (flowDepth > limits.maxDepth ||
        flowDepth + deepestBlock(text) > limits.maxDepth * BLOCK_ESTIMATE_SLACK) {
        const location = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
        return {
            ok: false,
            problems: [
                { message: `The document nests deeper than ${limits.maxDepth} levels.`, location },
            ],
        };
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { ...YAML_OPTIONS, lineCounter });
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
    const built = new Builder(limits, toLocation);
    const value = built.build(root);
    if (built.problems.length > 0)
        return { ok: false, problems: built.problems };
    return { ok: true, parsed: { value, locate: built.locator(root) } };
}
function describeYamlError(code, message) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return _block_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .DUPLICATE_KEY */ .s_;
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (depth > max)
                return node;
            for (const item of node.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item)) {
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
class Builder {
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
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
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            result = this.map(node);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            result = this.seq(node);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && isPlainValue(node.value)) {
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
                this.problem(_block_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .DUPLICATE_KEY */ .s_, keyNode);
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
        if (node && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const alias = node;
            node = this.anchors.get(alias.source);
            if (node)
                this.aliasTargets.set(alias, node);
        }
        if (node === null || node === undefined) {
            this.problem('A map entry has no key.', keyNode ?? map);
            return undefined;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
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
            if (keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(keyNode))
                keyNode = this.aliasTargets.get(keyNode) ?? null;
            if (!keyNode || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) || keyNode.value === null)
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
            if (node && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
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
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(source.node)) {
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


/***/ })

};
;