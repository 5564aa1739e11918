"use strict";
exports.id = 723;
exports.ids = [723];
exports.modules = {

/***/ 8723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readNuget: () => (/* binding */ readNuget)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2667);
/* harmony import */ var _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2151);
/* harmony import */ var _shared_evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8043);
/* harmony import */ var _shared_xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7797);
// *.csproj / *.fsproj / *.vbproj `<PackageReference Include="…">` and packages.config
// `<package id="…">`: direct. The document must be well-formed XML.




const REFERENCE = /<(?:PackageReference\b[^>]*?\bInclude|package\b[^>]*?\bid)\s*=\s*(["'])([^"']+)\1/g;
function readNuget(file, source, catalog) {
    if (fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* .XMLValidator */ .iI.validate(source) !== true)
        return [];
    const text = (0,_shared_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .blankXmlComments */ .K)(source);
    const lines = new _positions_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const out = [];
    const re = new RegExp(REFERENCE.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
        // `Include="A;B"` lists several packages
        let offset = m.index + m[0].length - 1 - m[2].length;
        for (const part of m[2].split(';')) {
            const name = part.trim();
            const start = offset + part.indexOf(name);
            offset += part.length + 1;
            if (!name)
                continue;
            out.push(...(0,_shared_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .dependencyEvidence */ .h)(catalog, 'nuget', name, {
                file,
                span: lines.span(start, name.length),
                direct: true,
            }));
        }
    }
    return out;
}


/***/ })

};
;