"use strict";
exports.id = 134;
exports.ids = [134];
exports.modules = {

/***/ 3134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOOL: () => (/* binding */ TOOL)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/tool.ts
// The gate's name and version as every output names them: a module of its own so that
// `--version` loads nothing else.

const TOOL = { name: 'ai-vendor-gate', version: package_namespaceObject.rE };


/***/ })

};
;