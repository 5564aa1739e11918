"use strict";
exports.id = 822;
exports.ids = [822];
exports.modules = {

/***/ 2822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPom: () => (/* binding */ readPom)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2667);
/* harmony import */ var _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2151);
/* harmony import */ var _shared_evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8043);
/* harmony import */ var _shared_xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7797);
// pom.xml: `<dependency>` elements of the project and its profiles (direct). Entries of
// `<dependencyManagement>` only pin versions and plugin dependencies serve the build: neither
// is use. `<scope>test</scope>` is context `test`. The document must be well-formed XML
// (fast-xml-parser's validator).




/** Start and end offsets of every `<element>…</element>`, in one pass. */
function ranges(text, element) {
    const out = [];
    const re = new RegExp(`<${element}\\b[^>]*>[\\s\\S]*?</${element}\\s*>`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text))
        out.push([m.index, m.index + m[0].length]);
    return out;
}
/** Sorted, overlapping ranges joined. */
function merge(list) {
    const out = [];
    for (const range of list.sort((a, b) => a[0] - b[0])) {
        const last = out[out.length - 1];
        if (last && range[0] <= last[1])
            last[1] = Math.max(last[1], range[1]);
        else
            out.push([range[0], range[1]]);
    }
    return out;
}
function readPom(file, source, catalog) {
    if (fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* .XMLValidator */ .iI.validate(source) !== true)
        return [];
    const text = (0,_shared_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .blankXmlComments */ .K)(source);
    const lines = new _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const skip = merge([...ranges(text, 'dependencyManagement'), ...ranges(text, 'plugin')]);
    const out = [];
    const re = /<dependency\b[^>]*>([\s\S]*?)<\/dependency\s*>/g;
    let next = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const at = m.index;
        // dependencies come in document order: one pointer walks the skipped ranges
        while (next < skip.length && skip[next][1] <= at)
            next++;
        if (next < skip.length && skip[next][0] <= at)
            continue;
        const group = /<groupId>\s*([^<]+?)\s*<\/groupId>/.exec(m[1]);
        const artifact = /<artifactId>\s*([^<]+?)\s*<\/artifactId>/.exec(m[1]);
        if (!group || !artifact)
            continue;
        const scope = /<scope>\s*([^<]+?)\s*<\/scope>/.exec(m[1])?.[1];
        const bodyStart = at + m[0].indexOf(m[1]);
        const nameStart = bodyStart + artifact.index + artifact[0].indexOf(artifact[1]);
        out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .dependencyEvidence */ .h)(catalog, 'maven', `${group[1]}:${artifact[1]}`, {
            file,
            span: lines.span(nameStart, artifact[1].length),
            direct: true,
            test: scope === 'test',
        }));
    }
    return out;
}


/***/ })

};
;