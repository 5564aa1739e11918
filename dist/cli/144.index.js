"use strict";
exports.id = 144;
exports.ids = [144,896];
exports.modules = {

/***/ 4144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkBom: () => (/* binding */ checkBom)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_cyclonedx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8515);
/* harmony import */ var _declared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9706);
// `check --format cyclonedx`: the BOM needs the manifest's declared uses, which the engine's
// report does not carry; they are read again and must be the bytes the engine evaluated.




async function checkBom(result, manifestPath, timestamp) {
    const manifest = await (0,_declared_js__WEBPACK_IMPORTED_MODULE_3__/* .readDeclaredUses */ .D)(manifestPath, node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(manifestPath));
    const evaluated = result.report.inputs.manifest.sha256;
    if ((manifest.sha256 ?? null) !== evaluated && manifest.present) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('The manifest changed while the gate ran; run check again.');
    }
    return (0,_report_cyclonedx_js__WEBPACK_IMPORTED_MODULE_2__/* .gateBom */ .g)(result, manifest.declared ?? null, { timestamp });
}


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readDeclaredUses)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _load_documents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4594);
// A manifest's declared uses, read the way the engine reads it (same limits, same loader), for
// the inventory and the AI-BOM. A manifest that is missing or invalid declares nothing.



async function readDeclaredUses(file, display) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
        if (!info.isFile() || info.size > _load_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_LIMITS */ .T1.maxBytes)
            return { present: true };
    }
    catch {
        return { present: false };
    }
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch {
        return { present: true };
    }
    const text = bytes.toString('utf8');
    const loaded = await (0,_load_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifest */ .eY)(bytes, display);
    if (!loaded.ok)
        return { present: true, text, sha256: (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes) };
    const manifest = loaded.document.data;
    return {
        present: true,
        text,
        sha256: (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes),
        owner: manifest.owner,
        declared: manifest.vendors.map((entry) => ({
            vendor: entry.vendor,
            product: entry.product,
            dataClassification: entry.dataClassification,
            purpose: entry.purpose,
            ...(entry.accounts ? { accounts: entry.accounts } : {}),
            ...(entry.via ? { via: entry.via } : {}),
        })),
    };
}


/***/ }),

/***/ 8515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ gateBom),
/* harmony export */   inventoryBom: () => (/* binding */ inventoryBom)
/* harmony export */ });
/* unused harmony export purlOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _detect_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
// The AI-BOM: CycloneDX 1.6 JSON. One `service` per vendor product in use (declared in the
// manifest, or found by the scan and marked undeclared) with its provider, endpoints, data
// classification and flow, trust zone, and the registry's status and conditions as properties;
// one `component` per SDK package with its package URL and where it occurs. Deterministic: the
// serial number is derived from the content and there is no timestamp unless one is given.



const PREFIX = 'ai-vendor-gate';
/** At most this many occurrences per component (the rest are counted in a property). */
const OCCURRENCES = 100;
// Text from manifests, registries and scanned files goes into JSON strings only (JSON.stringify
// escapes them); control and bidi characters are collapsed so a viewer cannot be misled.
const text = (value) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .singleLine */ .pF)(value).trim();
const ECOSYSTEM_PURL = {
    npm: 'npm',
    pypi: 'pypi',
    go: 'golang',
    maven: 'maven',
    nuget: 'nuget',
    rubygems: 'gem',
    crates: 'cargo',
    composer: 'composer',
};
const encodeSegment = (segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** The package URL of an SDK package, or null for an ecosystem purl has no type for. */
function purlOf(ecosystem, name) {
    const type = ECOSYSTEM_PURL[ecosystem];
    if (!type)
        return null;
    let namespace;
    let base = name;
    if (type === 'npm' && name.startsWith('@') && name.includes('/')) {
        [namespace, base] = [name.slice(0, name.indexOf('/')), name.slice(name.indexOf('/') + 1)];
    }
    else if (type === 'maven' && name.includes(':')) {
        [namespace, base] = [name.slice(0, name.indexOf(':')), name.slice(name.indexOf(':') + 1)];
    }
    else if ((type === 'golang' || type === 'composer') && name.includes('/')) {
        [namespace, base] = [
            name.slice(0, name.lastIndexOf('/')),
            name.slice(name.lastIndexOf('/') + 1),
        ];
    }
    else if (type === 'pypi') {
        base = name.toLowerCase().replace(/[-_.]+/g, '-');
    }
    const ns = namespace === undefined ? '' : `${namespace.split('/').map(encodeSegment).join('/')}/`;
    return {
        purl: `pkg:${type}/${ns}${encodeSegment(base)}`,
        ...(namespace !== undefined ? { group: namespace } : {}),
        name: base,
    };
}
/** A hostname the scan matched, as an endpoint URL; anything else is left out. */
function endpointOf(host) {
    const clean = host.toLowerCase().replace(/\/+$/, '');
    return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$/.test(clean)
        ? `https://${clean}`
        : null;
}
const RANK = { public: 0, internal: 1, confidential: 2, restricted: 3 };
function higher(a, b) {
    return a === undefined || (RANK[b] ?? -1) > (RANK[a] ?? -1) ? b : a;
}
function buildBom(sources, registry, options) {
    const drafts = new Map();
    const draft = (vendor, product, declared) => {
        const key = `${vendor}\u0000${product ?? ''}`;
        let found = drafts.get(key);
        if (!found) {
            found = {
                vendor,
                product,
                declared,
                purposes: new Set(),
                accounts: new Set(),
                via: new Set(),
                repositories: new Set(),
                endpoints: new Set(),
            };
            drafts.set(key, found);
        }
        found.declared ||= declared;
        return found;
    };
    const components = new Map();
    for (const source of sources) {
        const declaredVendors = new Set();
        for (const use of source.declared ?? []) {
            declaredVendors.add(use.vendor);
            const d = draft(use.vendor, use.product, true);
            d.classification = higher(d.classification, use.dataClassification);
            d.purposes.add(text(use.purpose));
            d.accounts.add(use.accounts ?? 'organization');
            if (source.repository)
                d.repositories.add(source.repository);
            if (use.via) {
                d.via.add(use.via);
                declaredVendors.add(use.via);
                const through = draft(use.via, null, true);
                through.classification = higher(through.classification, use.dataClassification);
                if (source.repository)
                    through.repositories.add(source.repository);
            }
        }
        for (const item of source.evidence) {
            if (!declaredVendors.has(item.vendor)) {
                const d = draft(item.vendor, null, false);
                if (source.repository)
                    d.repositories.add(source.repository);
            }
            if ((item.kind === 'dependency' || item.kind === 'import') && item.ecosystem) {
                const purl = purlOf(item.ecosystem, item.name);
                if (!purl)
                    continue;
                let entry = components.get(purl.purl);
                if (!entry) {
                    entry = {
                        component: {
                            type: 'library',
                            'bom-ref': purl.purl,
                            name: purl.name,
                            ...(purl.group ? { group: purl.group } : {}),
                            purl: purl.purl,
                            properties: [],
                        },
                        vendors: new Set(),
                        occurrences: new Map(),
                    };
                    components.set(purl.purl, entry);
                }
                entry.vendors.add(item.vendor);
                const location = source.repository ? `${source.repository}:${item.file}` : item.file;
                entry.occurrences.set(`${location}\u0000${item.line}`, {
                    location: text(location),
                    ...(item.line > 0 ? { line: item.line } : {}),
                });
            }
        }
    }
    // Endpoints, once every service of the vendor is drafted.
    for (const source of sources) {
        for (const item of source.evidence) {
            if (item.kind !== 'endpoint')
                continue;
            const endpoint = endpointOf(item.name);
            if (!endpoint)
                continue;
            for (const d of drafts.values())
                if (d.vendor === item.vendor)
                    d.endpoints.add(endpoint);
        }
    }
    const services = [...drafts.values()]
        .sort((a, b) => cmp(a.vendor, b.vendor) || cmp(a.product ?? '', b.product ?? ''))
        .map((d) => serviceOf(d, registry));
    const componentList = [...components.values()]
        .sort((a, b) => cmp(a.component.purl, b.component.purl))
        .map(({ component, vendors, occurrences }) => {
        const all = [...occurrences.values()].sort((a, b) => cmp(a.location, b.location) || (a.line ?? 0) - (b.line ?? 0));
        const properties = [...vendors]
            .sort()
            .map((vendor) => ({ name: `${PREFIX}:vendor`, value: vendor }));
        if (all.length > OCCURRENCES) {
            properties.push({
                name: `${PREFIX}:occurrences-not-listed`,
                value: String(all.length - OCCURRENCES),
            });
        }
        return {
            ...component,
            ...(all.length > 0 ? { evidence: { occurrences: all.slice(0, OCCURRENCES) } } : {}),
            properties,
        };
    });
    const tool = options.tool ?? { name: PREFIX, version: '0.0.0' };
    const body = {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        metadata: {
            ...(options.timestamp ? { timestamp: `${options.timestamp}T00:00:00Z` } : {}),
            tools: { components: [{ type: 'application', name: tool.name, version: tool.version }] },
            ...(registry?.organization ? { manufacturer: { name: text(registry.organization) } } : {}),
        },
        components: componentList,
        services,
    };
    const serialNumber = `urn:uuid:${uuidFrom(JSON.stringify(body))}`;
    const { bomFormat, specVersion, version, ...rest } = body;
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeJson */ .oi)({ bomFormat, specVersion, serialNumber, version, ...rest })}\n`;
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** An RFC 4122 UUID (version 5 layout) from the content's SHA-256: same content, same serial. */
function uuidFrom(content) {
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex').slice(0, 32).split('');
    hex[12] = '5';
    hex[16] = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function serviceOf(d, registry) {
    const vendor = registry && Object.hasOwn(registry.vendors, d.vendor) ? registry.vendors[d.vendor] : undefined;
    const product = d.product !== null && vendor && Object.hasOwn(vendor.products, d.product)
        ? vendor.products[d.product]
        : undefined;
    const catalog = (0,_detect_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .catalogVendor */ .gE)(d.vendor);
    const providerName = text(vendor?.name ?? catalog?.name ?? d.vendor);
    const properties = [
        { name: `${PREFIX}:vendor`, value: d.vendor },
        { name: `${PREFIX}:declared`, value: String(d.declared) },
        { name: `${PREFIX}:vendor-status`, value: vendor?.status ?? 'not in the registry' },
    ];
    if (d.product !== null) {
        properties.push({ name: `${PREFIX}:product`, value: text(d.product) });
        properties.push({
            name: `${PREFIX}:product-status`,
            value: product?.status ?? 'not in the registry',
        });
    }
    if (product?.maxClassification) {
        properties.push({ name: `${PREFIX}:max-classification`, value: product.maxClassification });
    }
    if (vendor?.intermediary)
        properties.push({ name: `${PREFIX}:intermediary`, value: 'true' });
    if (vendor?.review?.date)
        properties.push({ name: `${PREFIX}:review-date`, value: vendor.review.date });
    for (const region of vendor?.profile?.processingRegions ?? []) {
        properties.push({ name: `${PREFIX}:processing-region`, value: text(region) });
    }
    for (const condition of vendor?.conditions ?? []) {
        const applies = !condition.appliesTo?.products ||
            d.product === null ||
            condition.appliesTo.products.includes(d.product);
        if (!applies)
            continue;
        const attestation = condition.evidence === 'attestation' ? vendor?.attestations?.[condition.id] : undefined;
        const state = condition.check !== undefined
            ? `checked by ${condition.check}`
            : attestation
                ? `attested ${attestation.date}${attestation.expires ? `, expires ${attestation.expires}` : ''}`
                : 'no attestation';
        properties.push({
            name: `${PREFIX}:condition:${text(condition.id)}`,
            value: text(`${condition.title} (${state})`),
        });
    }
    for (const purpose of [...d.purposes].sort())
        properties.push({ name: `${PREFIX}:purpose`, value: purpose });
    for (const accounts of [...d.accounts].sort())
        properties.push({ name: `${PREFIX}:accounts`, value: accounts });
    for (const via of [...d.via].sort())
        properties.push({ name: `${PREFIX}:via`, value: via });
    for (const repository of [...d.repositories].sort()) {
        properties.push({ name: `${PREFIX}:repository`, value: text(repository) });
    }
    const endpoints = [...d.endpoints].sort();
    return {
        'bom-ref': `service:${d.vendor}/${d.product ?? '*'}`,
        provider: { name: providerName },
        group: d.vendor,
        name: text(product?.name ?? d.product ?? `${providerName} (undeclared use)`),
        ...(endpoints.length > 0 ? { endpoints } : {}),
        authenticated: true,
        'x-trust-boundary': catalog?.selfHosted !== true,
        trustZone: catalog?.selfHosted === true ? 'self-hosted' : 'third-party',
        data: [
            d.declared && d.classification
                ? { flow: 'outbound', classification: d.classification }
                : { flow: 'unknown', classification: 'undeclared' },
        ],
        properties,
    };
}
/** `check --format cyclonedx`: the repository's AI services and SDK packages. */
function gateBom(result, declared, options = {}) {
    return buildBom([{ repository: result.repository, declared, evidence: result.report.evidence }], result.registry, { tool: result.report.tool, ...options });
}
/** `org report --format cyclonedx`: the organization's AI services, with the repositories using each. */
function inventoryBom(inventory, options = {}) {
    return buildBom(inventory.repositories
        .filter((r) => r.decision !== 'error')
        .map((r) => ({
        repository: r.repository,
        declared: r.declared ?? null,
        evidence: r.evidence ?? [],
    })), inventory.registryDocument, { tool: inventory.tool, ...options });
}


/***/ })

};
;