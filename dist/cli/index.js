#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ GateError)
/* harmony export */ });
/**
 * The gate could not evaluate: exit 2 with `message`, one plain sentence, on stderr.
 * Everything else that escapes is an internal error, also exit 2 (fail closed).
 */
class GateError extends Error {
    details;
    constructor(message, 
    /** Further located lines (e.g. each schema problem of a registry), printed after the sentence. */
    details = []) {
        super(message);
        this.details = details;
        this.name = 'GateError';
    }
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ safeLogLine),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   WW: () => (/* binding */ commandSafeWriter),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   oi: () => (/* binding */ safeJson),
/* harmony export */   pF: () => (/* binding */ singleLine),
/* harmony export */   pq: () => (/* binding */ defuseCommands)
/* harmony export */ });
/* unused harmony exports escapeCommandData, escapeCommandProperty */
// The one output boundary. Strings from the manifest, registry or scanned files are untrusted:
// whatever the format, they must never become a workflow command, markdown, a link or HTML.
// Every writer (CLI streams, every --format, the action's log, summary and comment) ends here.
/** Zero-width joiner: invisible, but breaks mentions, autolinks and commands a reader would find. */
const ZWJ = '\u200d';
/** Inline markdown syntax: emphasis, code, links, images, tables, strikethrough, math. */
const MARKDOWN_INLINE = /[\\`*_[\]|~$]/g;
const HTML_SPECIAL = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Markdown inline text that reads as it was written once rendered: markdown punctuation is
 * backslash-escaped, `<`, `>` and `&` become entities, line breaks collapse to spaces, `|` cannot
 * end a table cell, and mentions (`@org/team`), issue references (`#12`, `GH-12`) and autolinks
 * (`https://…`, `www.…`, `a@b.c`) are broken with an invisible zero-width joiner. Safe in a
 * table cell, a list item, a heading or at the start of a line.
 */
function escapeMarkdown(value) {
    const text = singleLine(value)
        .trim()
        .replace(/[&<>]/g, (c) => HTML_SPECIAL[c] ?? c)
        .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=[0-9A-Za-z])/g, `#${ZWJ}`)
        .replace(/(gh)-(?=[0-9])/gi, `$1${ZWJ}-`)
        .replace(/:\/\//g, `:${ZWJ}//`)
        // No word boundary here: GFM autolinks `www.` after `_`, `*`, `~` or `(` too, escaped or not.
        .replace(/(www)\./gi, `$1${ZWJ}.`);
    // At the start of a line these would open a heading, a list, a setext underline, a quote or
    // a thematic break; `::` could read as a workflow command where the text reaches a log.
    if (/^[#+\-=:]/.test(text))
        return `\\${text}`;
    return text.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * Text inside HTML elements or double-quoted attributes. `##[` and `::` become character
 * references too, so the page source holds no workflow command and renders the same.
 */
function escapeHtml(value) {
    return value
        .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/##\[/g, '&#35;#[')
        .replace(/:(?=:)/g, '&#58;');
}
/** Collapse line breaks and control characters (incl. bidi overrides) to single spaces. */
function singleLine(value) {
    return value
        .replace(
    // eslint-disable-next-line no-control-regex -- replacing control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
        .replace(/ {2,}/g, ' ');
}
/**
 * What the runner trims before it looks for `::` (.NET `TrimStart`: every Unicode white space),
 * plus the invisible characters a reader would not see either; not line breaks, so each attempt
 * to match scans one line only (linear time on any input).
 */
const LEADING = '[\\t\\v\\f \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
/** `::` after leading white space at a line start (the runner splits lines at \r, \n, \r\n). */
const LINE_COMMAND = new RegExp(`(^|[\\r\\n])(${LEADING}*):(?=:)`, 'g');
/** A line so far that a later write could still turn into `::` (a lone `:` is half of one). */
const BLANK_SO_FAR = new RegExp(`^${LEADING}*:?$`);
/**
 * Breaks the workflow commands a runner would read in any line of `text`: `::command::` at the
 * start of a line (after the white space the runner trims) and the legacy `##[command]`, which it
 * reads anywhere in a line. A zero-width joiner goes into each; nothing else changes.
 */
function defuseCommands(text) {
    return text.replace(/##\[/g, `##${ZWJ}[`).replace(LINE_COMMAND, `$1$2:${ZWJ}`);
}
/** A line for a log: one line, and no workflow command can start in it. */
function safeLogLine(value) {
    return defuseCommands(singleLine(value));
}
/**
 * JSON text (2-space indent, as every report here) that is still exactly `value` when parsed,
 * yet holds no workflow command in any line: `#` and `:` of `##[` and `::` are written as `\u`
 * escapes. Both only ever occur inside JSON strings, so the result stays valid JSON.
 */
function safeJson(value, indent = 2) {
    return JSON.stringify(value, null, indent)
        .replace(/##\[/g, '\\u0023#[')
        .replace(/:(?=:)/g, '\\u003a');
}
/** Data of a workflow command (`::error ...::DATA`), as @actions/core escapes it. */
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property of a workflow command (`file=...`, `title=...`). */
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * A writer for a stream that may receive a line in several pieces: each piece is defused with
 * the end of the line written before it in view, so a command split across two writes is broken
 * too (`##` then `[x]`, or `  :` then `:error::`). The CLI's stdout and stderr go through one.
 */
function commandSafeWriter(write) {
    // The current line so far: kept whole while it is only white space (a `::` may still start
    // it), else its last two characters (the most a split `##[` leaves behind).
    let line = '';
    let blank = true;
    return (text) => {
        if (text === '')
            return;
        // A non-blank context starts with `x` so that the regex sees no line start there.
        const context = blank ? `\n${line}` : `x${line}`;
        const out = defuseCommands(context + text).slice(context.length);
        write(out);
        const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        const tail = lastBreak >= 0 ? text.slice(lastBreak + 1) : line + text;
        // A lone `:` may be the first half of a `::` split across writes.
        blank = (lastBreak >= 0 || blank) && BLANK_SO_FAR.test(tail);
        line = blank ? tail.slice(-4096) : tail.slice(-2);
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = require("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = require("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/cli/io.ts
// Where a command writes. Every byte the CLI prints goes through the output boundary
// (src/report/escape.ts): `withOutputBoundary` wraps the streams, whoever calls them.


/**
 * The same streams, with no line able to become a workflow command (`::` at a line start,
 * `##[` anywhere), even when a line is written in pieces. Idempotent on already safe text.
 */
function withOutputBoundary(io) {
    return {
        stdout: (0,report_escape/* commandSafeWriter */.WW)((text) => io.stdout(text)),
        stderr: (0,report_escape/* commandSafeWriter */.WW)((text) => io.stderr(text)),
        env: io.env,
        cwd: io.cwd,
        // Forwarded, not copied: a copy would ask the question at once (see processIo).
        get color() {
            return io.color;
        },
    };
}
/**
 * The process's own streams, behind the boundary. What a library would print on its own
 * (process warnings, `console.*`) cannot reach the streams either: with `debug` it goes to
 * stderr through the boundary, one line per message; otherwise it is dropped, so a warning
 * quoting untrusted input cannot appear in a log and the report on stdout stays parseable.
 */
function processIo(options = {}) {
    const io = withOutputBoundary({
        stdout: directWriter(1, () => process.stdout),
        stderr: directWriter(2, () => process.stderr),
        env: process.env,
        cwd: process.cwd(),
        // Asked only by a command that renders in colour: the question creates Node's stdout stream.
        get color() {
            return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
        },
    });
    const stray = (...parts) => {
        if (!options.debug)
            return;
        const text = parts.map((part) => (part instanceof Error ? part.message : String(part)));
        io.stderr(`ai-vendor-gate (debug): ${(0,report_escape/* singleLine */.pF)(text.join(' '))}\n`);
    };
    process.emitWarning = ((warning) => stray(warning));
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
        console[method] = stray;
    }
    return io;
}
/**
 * Writes straight to a file descriptor, in order and completely, before the call returns: the
 * CLI writes its report once, and creating Node's stream for it costs more than writing.
 * Should the descriptor be non-blocking (a pipe another process made so), a write can be
 * refused for now (EAGAIN); that write and every later one then go through Node's stream,
 * which waits for the reader.
 */
function directWriter(fd, stream) {
    let direct = true;
    return (text) => {
        if (!direct) {
            stream().write(text);
            return;
        }
        const bytes = Buffer.from(text, 'utf8');
        let written = 0;
        try {
            while (written < bytes.length)
                written += (0,external_node_fs_.writeSync)(fd, bytes, written);
        }
        catch (error) {
            if (error.code !== 'EAGAIN')
                throw error;
            direct = false;
            stream().write(bytes.subarray(written));
        }
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/main.ts
// The command line: parse the command, run it, turn every failure into exit 2 with one sentence.
// Commands load on demand, so `check` does not pay for the organization sweep, the page
// renderers or the GitHub client at start-up.


const HELP = `Usage: ai-vendor-gate <command> [options]

Commands:
  check     evaluate the manifest against the registry and scan for undeclared AI use
  scan      list the evidence of AI vendor use in the repository
  init      write a starter manifest from what the scan finds
  history   verify FILE | show FILE: the hash-chained history of gate decisions
  schema    manifest | registry | record: print a JSON schema
  org       plan | sweep | report: the gate across an organization, and its inventory
  registry  diff BASE HEAD: what a registry change changes, and for which repositories
  remind    open, update and close issues for reviews and attestations falling due

Run "ai-vendor-gate <command> --help" for a command's options.
Exit codes: 0 pass, 1 fail, 2 could not evaluate.
`;
const COMMANDS = {
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(159), __nccwpck_require__.e(267), __nccwpck_require__.e(36)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3036))).checkCommand,
    scan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(159), __nccwpck_require__.e(85)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4085))).scanCommand,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(159), __nccwpck_require__.e(267), __nccwpck_require__.e(646)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7646))).initCommand,
    history: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4), __nccwpck_require__.e(222)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5339))).historyCommand,
    schema: async () => (await __nccwpck_require__.e(/* import() */ 683).then(__nccwpck_require__.bind(__nccwpck_require__, 7683))).schemaCommand,
    org: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(697), __nccwpck_require__.e(159), __nccwpck_require__.e(267), __nccwpck_require__.e(958), __nccwpck_require__.e(156)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4156))).orgCommand,
    registry: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(697), __nccwpck_require__.e(159), __nccwpck_require__.e(267), __nccwpck_require__.e(958), __nccwpck_require__.e(133)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3133))).registryCommand,
    remind: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(697), __nccwpck_require__.e(159), __nccwpck_require__.e(267), __nccwpck_require__.e(958), __nccwpck_require__.e(48)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4048))).remindCommand,
};
async function main(argv, io) {
    const debug = argv.includes('--debug');
    const [name, ...rest] = argv;
    try {
        if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
            io.stdout(HELP);
            return name === undefined ? 2 : 0;
        }
        if (name === '--version' || name === '-v') {
            const { TOOL } = await __nccwpck_require__.e(/* import() */ 134).then(__nccwpck_require__.bind(__nccwpck_require__, 3134));
            io.stdout(`${TOOL.version}\n`);
            return 0;
        }
        const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
        if (!load)
            throw new errors/* GateError */.u(`Unknown command "${name}"; run ai-vendor-gate --help.`);
        return await (await load())(rest, io);
    }
    catch (error) {
        if (error instanceof errors/* GateError */.u) {
            io.stderr(`ai-vendor-gate: ${(0,report_escape/* singleLine */.pF)(error.message)}\n`);
            for (const detail of error.details)
                io.stderr(`  ${(0,report_escape/* singleLine */.pF)(detail)}\n`);
        }
        else {
            const reason = error instanceof Error ? error.message : String(error);
            io.stderr(`ai-vendor-gate: internal error, the gate could not evaluate: ${(0,report_escape/* singleLine */.pF)(reason)}${debug ? '' : ' (run with --debug for the stack trace).'}\n`);
        }
        if (debug && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// The command-line front end: process streams in (behind the output boundary), exit code out.



const argv = process.argv.slice(2);
const io = processIo({ debug: argv.includes('--debug') });
// Whatever escapes main() (a stray rejection in a library) is still one sentence and exit 2,
// never Node's stack trace and exit 1, which a workflow would read as "fail", not "error".
const crash = (error) => {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`ai-vendor-gate: internal error, the gate could not evaluate: ${(0,report_escape/* singleLine */.pF)(reason)}\n`);
    process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
// Not a top-level await: the bundle is CommonJS (scripts/build-cli.mjs).
void main(argv, io).then((code) => {
    process.exitCode = code;
}, crash);

module.exports = __webpack_exports__;
/******/ })()
;