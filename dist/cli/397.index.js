export const id = 397;
export const ids = [397];
export const modules = {

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// Argument parsing shared by the commands: node's own parseArgs, errors as GateError (exit 2).



function parse(argv, options, command) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = String(error.message)
            .split('\n')[0]
            .replace(/\.$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`${message} (see "ai-vendor-gate ${command} --help").`);
    }
}
function oneOf(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}
function parseNow(value, today) {
    if (value === undefined || value === '')
        return today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !(0,_load_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .isCalendarDate */ .tf)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`--now must be a real date written YYYY-MM-DD, not "${value}".`);
    }
    return value;
}
const FAIL_ON = ['error', 'warning', 'never'];


/***/ }),

/***/ 3397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCAN_HELP: () => (/* binding */ SCAN_HELP),
/* harmony export */   requireDirectory: () => (/* binding */ requireDirectory),
/* harmony export */   scanCommand: () => (/* binding */ scanCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _detect_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2344);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(776);
// `scan`: the inventory of AI vendor use found in the tree.





const SCAN_HELP = `Usage: ai-vendor-gate scan [--root DIR] [--format text|json] [--exclude GLOB ...]

Lists the evidence of AI vendor use in the repository: dependencies, lockfiles, workflows,
SDK imports, API hostnames and API-key variable names, each with its context (runtime, test,
docs, ...). Honours .gitignore. Files not read (binary, over 2 MiB, unreadable, links leading
outside the root) are listed with the reason.
`;
async function requireDirectory(dir) {
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory())
            return;
    }
    catch {
        // reported below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`The root ${dir} is not a directory.`);
}
const scanCommand = async (argv, io) => {
    const { values, positionals } = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, {
        root: { type: 'string' },
        format: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, 'scan');
    if (values.help) {
        io.stdout(SCAN_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .u(`scan takes no arguments, got "${positionals[0]}".`);
    const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(values.format, ['text', 'json'], '--format', 'text');
    const given = values.root ?? '.';
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, given);
    await requireDirectory(root);
    const result = await (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scan */ .SQ)(root, { exclude: values.exclude });
    io.stdout(format === 'json' ? (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scanJson */ .Ey)(given, result) : (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderScanText */ .Jd)(result, { color: io.color }));
    return 0;
};


/***/ })

};
