"use strict";
exports.id = 515;
exports.ids = [515];
exports.modules = {

/***/ 8434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ fallingDue)
/* harmony export */ });
/* unused harmony export registryCalendar */
/* harmony import */ var _rules_dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1426);
/* harmony import */ var _rules_review_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6415);


const byDueThenKey = (a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
/** Everything in the registry with a due date, overdue or not, sorted by date then key. */
function registryCalendar(registry, now) {
    const today = (0,_rules_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(now);
    const items = [];
    const push = (item) => items.push({ ...item, daysLeft: (0,_rules_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .dayNumber */ .U$)(item.due) - today });
    for (const [vendorId, vendor] of Object.entries(registry.vendors)) {
        const cadenceCondition = vendor.conditions?.find((c) => c.check === 'review-cadence');
        const reviewOwner = cadenceCondition?.owner ?? vendor.review?.reviewer ?? 'Security';
        const reviewDate = vendor.review?.date;
        if (reviewDate) {
            const cadence = vendor.review?.cadenceDays ?? registry.defaults?.reviewCadenceDays ?? _rules_review_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CADENCE_DAYS */ .__;
            let due = (0,_rules_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addDays */ .fi)(reviewDate, cadence);
            let title = `Review of ${vendor.name} (last reviewed ${reviewDate})`;
            // A significant change after the review makes a re-review due on the change's day.
            const change = (vendor.changes ?? [])
                .filter((c) => c.significant !== false && c.date > reviewDate)
                .map((c) => c.date)
                .sort()[0];
            if (change !== undefined && change < due) {
                due = change;
                title = `Re-review of ${vendor.name} after a significant change on ${change}`;
            }
            push({
                key: `review:${vendorId}`,
                kind: 'review',
                vendor: vendorId,
                vendorName: vendor.name,
                title,
                due,
                owner: reviewOwner,
            });
        }
        for (const [id, attestation] of Object.entries(vendor.attestations ?? {})) {
            if (!attestation.expires)
                continue;
            const condition = vendor.conditions?.find((c) => c.id === id);
            push({
                key: `attestation:${vendorId}:${id}`,
                kind: 'attestation',
                vendor: vendorId,
                vendorName: vendor.name,
                id,
                title: `Attestation "${condition?.title ?? id}" for ${vendor.name} expires`,
                due: attestation.expires,
                owner: condition?.owner ?? attestation.by,
            });
        }
        for (const certification of vendor.profile?.certifications ?? []) {
            if (certification.status !== 'verified' || !certification.expires)
                continue;
            push({
                key: `certification:${vendorId}:${certification.name}`,
                kind: 'certification',
                vendor: vendorId,
                vendorName: vendor.name,
                id: certification.name,
                title: `Certification ${certification.name} of ${vendor.name} expires`,
                due: certification.expires,
                owner: reviewOwner,
            });
        }
    }
    for (const waiver of registry.waivers ?? []) {
        push({
            key: `waiver:${waiver.id}`,
            kind: 'waiver',
            vendor: waiver.vendor,
            vendorName: waiver.vendor ? registry.vendors[waiver.vendor]?.name : undefined,
            id: waiver.id,
            title: `Waiver ${waiver.id} of ${waiver.rule}${waiver.vendor ? ` for ${waiver.vendor}` : ''} expires`,
            due: waiver.expires,
            owner: waiver.approvedBy,
        });
    }
    return items.sort(byDueThenKey);
}
/** What falls due on or before `now + withinDays` (overdue items included). */
function fallingDue(registry, now, withinDays) {
    return registryCalendar(registry, now).filter((item) => item.daysLeft <= withinDays);
}


/***/ }),

/***/ 1976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ CHART_WIDTH),
/* harmony export */   JW: () => (/* binding */ svg),
/* harmony export */   Pc: () => (/* binding */ rect),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   o1: () => (/* binding */ legend),
/* harmony export */   t6: () => (/* binding */ hline)
/* harmony export */ });
/* harmony import */ var _components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(437);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2300);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7548);
// Small inline-SVG charts. Each is a labelled <svg role="img"> with a <title> per mark, so it
// reads without JavaScript and a screen reader hears what it shows. Coordinates are rounded to
// two decimals, so the same data gives the same bytes.



/** The width every chart is drawn at (it scales down with the page). */
const CHART_WIDTH = 1120;
/** A coordinate with at most two decimals. */
function fmt(value) {
    return String(Math.round((Number.isFinite(value) ? value : 0) * 100) / 100);
}
/** An <svg> of the chart width; `label` is its accessible name and tooltip. */
function svg(id, height, label, marks) {
    const h = fmt(height);
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(CHART_WIDTH)} ${h}" width="${String(CHART_WIDTH)}" height="${h}" role="img" aria-label="${label}"><title>${label}</title>${marks}</svg>`;
}
function rect(x, y, width, height, fill, options = {}) {
    const cls = options.className === undefined ? '' : (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) ` class="${options.className}"`;
    const tip = options.title === undefined ? '' : (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<title>${options.title}</title>`;
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<rect${cls} x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" fill="${fill}">${tip}</rect>`;
}
function label(x, y, text, anchor = 'start') {
    const a = anchor === 'start' ? '' : (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) ` text-anchor="${anchor}"`;
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<text x="${fmt(x)}" y="${fmt(y)}"${a}>${text}</text>`;
}
function hline(x1, x2, y, stroke = _style_js__WEBPACK_IMPORTED_MODULE_2__/* .COLORS */ .l.grid) {
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<line x1="${fmt(x1)}" x2="${fmt(x2)}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="${stroke}"/>`;
}
function legend(items, after = null) {
    const swatches = items.map((i) => (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<i class="${i.swatch}${i.round === true ? ' round' : ''}"></i>${i.text} `);
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<p class="legend">${swatches}${after}</p>`;
}
/** Horizontal bars, one row per item, scaled to the largest value. */
function barChart(id, caption, rows, options = {}) {
    if (rows.length === 0)
        return (0,_components_js__WEBPACK_IMPORTED_MODULE_0__/* .empty */ .Ie)(options.emptyText ?? 'Nothing to show.');
    const left = options.labelWidth ?? 230;
    const right = 150;
    const rowH = 24;
    const height = rows.length * rowH + 8;
    const max = rows.reduce((m, r) => Math.max(m, r.value), 1);
    const width = CHART_WIDTH - left - right;
    const marks = rows.map((r, i) => {
        const y = 4 + i * rowH;
        const w = Math.max(2, (r.value / max) * width);
        const tip = r.title ?? `${r.label}: ${r.value}`;
        const name = label(left - 8, y + 16, r.label, 'end');
        const bar = rect(left, y + 3, w, rowH - 8, _style_js__WEBPACK_IMPORTED_MODULE_2__/* .COLORS */ .l.bar);
        const note = label(left + w + 6, y + 16, r.note ?? String(r.value));
        return (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<g class="bar"><title>${tip}</title>${name}${bar}${note}</g>`;
    });
    const chart = svg(id, height, caption, marks);
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<figure>${chart}${legend([], options.legendText ?? caption)}</figure>`;
}


/***/ }),

/***/ 437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ empty),
/* harmony export */   Vs: () => (/* binding */ tile),
/* harmony export */   os: () => (/* binding */ tiles),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uW: () => (/* binding */ section)
/* harmony export */ });
/* unused harmony export plural */
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2300);
// Small building blocks the pages share: sections, summary tiles, tables.

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A section with an id (for links) and a heading. */
function section(id, title, content) {
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<section id="${id}">
<h2>${title}</h2>
${content}
</section>`;
}
/** One figure in the row of tiles at the top of a page. */
function tile(label, value) {
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<div class="tile"><span class="label">${label}</span><b>${value}</b></div>`;
}
function tiles(items) {
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<div class="tiles">${items}</div>`;
}
/** A line that says there is nothing to show. */
function empty(text) {
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<p class="empty">${text}</p>`;
}
/** A table; cells are escaped text or fragments. Wide tables scroll inside their box. */
function table(id, columns, rows) {
    const cls = (c) => (c?.numeric === true ? 'n' : null);
    const head = columns.map((c) => (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<th${cls(c) === null ? '' : (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) ` class="n"`}>${c.label}</th>`);
    const body = rows.map((row) => (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<tr${row.className === undefined ? '' : (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) ` class="${row.className}"`}>${row.cells.map((cell, i) => (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<td${cls(columns[i]) === null ? '' : (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) ` class="n"`}>${cell}</td>`)}</tr>\n`);
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<div class="scroll"><table id="${id}"><thead><tr>${head}</tr></thead><tbody>
${body}</tbody></table></div>`;
}


/***/ }),

/***/ 2300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dI: () => (/* binding */ toString),
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   qy: () => (/* binding */ html)
/* harmony export */ });
/* unused harmony exports isHtml, escapeText, url */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
// The one way to write HTML: an auto-escaping tagged template. Every interpolated string is
// escaped (and collapsed to one line, so control and bidi characters cannot reorder the page);
// only `html` fragments and `raw()` constants pass through. The template also refuses the
// places where escaping is not enough: unquoted attributes, event handlers, `style`, URL
// attributes fed a plain string, and the inside of <style> or <script>.

const TRUSTED = Symbol('trusted HTML');
function trusted(value) {
    return { [TRUSTED]: true, value };
}
function isHtml(value) {
    return typeof value === 'object' && value !== null && TRUSTED in value;
}
/** Escapes text for an element's content or a double-quoted attribute value. */
function escapeText(value) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .singleLine */ .pF)(value));
}
/** Attributes whose value is code or a URL: escaping a plain string does not make it safe. */
const DANGEROUS_ATTRIBUTE = /^(on\w+|style|href|src|srcset|action|formaction|xlink:href|poster)$/i;
function slotOf(before) {
    const lower = before.toLowerCase();
    if (lower.lastIndexOf('<style') > lower.lastIndexOf('</style'))
        return null;
    if (lower.lastIndexOf('<script') > lower.lastIndexOf('</script'))
        return null;
    if (before.lastIndexOf('<') <= before.lastIndexOf('>'))
        return { kind: 'text' };
    // Inside a tag: a value opened with =" takes text; between attributes only fragments fit.
    const attribute = /([^\s"'<>/=]+)="[^"]*$/.exec(before);
    if (attribute !== null)
        return { kind: 'attribute', name: attribute[1] };
    return /[\s"]$/.test(before) || /<[A-Za-z][\w:-]*$/.test(before) ? { kind: 'tag' } : null;
}
function render(value) {
    if (value === null || value === undefined || value === false)
        return '';
    if (typeof value === 'string')
        return escapeText(value);
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : '';
    if (isHtml(value))
        return value.value;
    if (Array.isArray(value))
        return value.map(render).join('');
    throw new TypeError('An html interpolation must be text, a number or an html fragment.');
}
/**
 * `html\`<td>${text}</td>\`` escapes `text`; fragments and arrays of fragments pass through.
 * Interpolating into an unquoted attribute, an event handler, `style`, <style>/<script>, or a
 * plain string into a URL attribute is a programming error and throws.
 */
function html(strings, ...values) {
    let out = strings[0];
    let before = strings[0];
    values.forEach((value, i) => {
        const slot = slotOf(before);
        if (slot === null) {
            throw new Error(`html: interpolation ${i + 1} is not in element content or a "quoted" value.`);
        }
        const fragmentOnly = value === null || value === undefined || value === false || value === '' || isHtml(value);
        if (slot.kind === 'tag' && !fragmentOnly) {
            throw new Error(`html: interpolation ${i + 1} sits between attributes; pass a fragment.`);
        }
        if (slot.kind === 'attribute' && DANGEROUS_ATTRIBUTE.test(slot.name)) {
            if (!fragmentOnly || /^(on|style$)/i.test(slot.name)) {
                throw new Error(`html: attribute ${slot.name} takes only a checked url() or a constant.`);
            }
        }
        out += render(value) + strings[i + 1];
        before += strings[i + 1];
    });
    return trusted(out);
}
/** A constant the program wrote (CSS, an SVG path): never pass it data from a record. */
function raw(constant) {
    return trusted(constant);
}
const HTTP_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?$/;
/** An http(s) URL for an href, escaped; null when the text is not a plain http(s) URL. */
function url(value) {
    if (value === null || value === undefined || !HTTP_URL.test(value))
        return null;
    return trusted((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(value));
}
/** The final text of a fragment. */
function toString(fragment) {
    return fragment.value;
}
/** `<a href>` when the URL is a plain http(s) URL, else the content alone. */
function link(href, content) {
    const checked = url(href);
    return checked === null ? html `${content}` : html `<a href="${checked}">${content}</a>`;
}


/***/ }),

/***/ 4515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderOrgPage: () => (/* binding */ renderOrgPage)
/* harmony export */ });
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1976);
/* harmony import */ var _components_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(437);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2300);
/* harmony import */ var _org_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(901);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3282);





const ORG_CSS = `
.grid td.use { text-align: center; white-space: nowrap; }
.grid td.use span { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 10px; font-size: 12px; }
.c-public { background: #dafbe1; } .c-internal { background: #ddf4ff; }
.c-confidential { background: #fff8c5; } .c-restricted { background: #ffebe9; }
.c-undeclared { background: #cf222e; color: #fff; font-weight: 600; }
.grid th.v { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; vertical-align: bottom; }
ul.why { margin: 0; padding-left: 18px; }
tr.overdue td { color: #cf222e; }
`;
const CLASS_NAMES = ['public', 'internal', 'confidential', 'restricted'];
const HEADER_MAX = 32;
const repositories = (n) => `${n} ${n === 1 ? 'repository' : 'repositories'}`;
const shorten = (text) => text.length > HEADER_MAX ? `${text.slice(0, HEADER_MAX - 1)}…` : text;
function useCell(cell) {
    if (cell === null)
        return (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) ``;
    if (!cell.declared)
        return (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<span class="c-undeclared" title="found, not declared">undeclared</span>`;
    const known = cell.classification !== null && CLASS_NAMES.includes(cell.classification);
    const cls = known ? `c-${cell.classification}` : 'c-internal';
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<span class="${cls}">${cell.classification ?? 'declared'}</span>`;
}
function decisionBadge(decision) {
    const cls = decision === 'pass' ? 'pass' : decision === 'fail' ? 'fail' : 'error';
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<span class="badge ${cls}">${decision}</span>`;
}
function gridTable(view) {
    if (view.grid.length === 0)
        return (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .empty */ .Ie)('No repository declares or uses an AI vendor.');
    const head = view.vendors.map((v) => (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<th class="v" title="${v.name}">${shorten(v.vendor)}</th>`);
    const rows = view.grid.map((row) => (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<tr><td>${row.repository}</td><td>${decisionBadge(row.decision)}</td>${row.cells.map((cell) => (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<td class="use">${useCell(cell)}</td>`)}</tr>\n`);
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<div class="scroll"><table id="grid" class="grid"><thead><tr><th>Repository</th><th>Decision</th>${head}</tr></thead><tbody>
${rows}</tbody></table></div>
${(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .legend */ .o1)([], 'Each cell: the highest data classification the repository declares for the vendor; "undeclared": the scan found use the manifest does not declare.')}`;
}
function renderOrgPage(inventory) {
    const view = (0,_org_view_js__WEBPACK_IMPORTED_MODULE_3__/* .orgView */ .cN)(inventory);
    const { totals } = view;
    const body = (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<h1>AI vendors at ${view.organization}</h1>
<p class="sub">As of ${view.now} · registry ${view.registry.source} · sha256 <code>${view.registry.sha256.slice(0, 12)}</code></p>
${(0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .tiles */ .os)([
        (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .tile */ .Vs)('Repositories', totals.repositories),
        (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .tile */ .Vs)('Pass', (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<span class="pass">${totals.pass}</span>`),
        (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .tile */ .Vs)('Fail', (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<span class="fail">${totals.fail}</span>`),
        (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .tile */ .Vs)('Could not evaluate', (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<span class="${totals.error > 0 ? 'fail' : ''}">${totals.error}</span>`),
        (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .tile */ .Vs)('Without a manifest', totals.noManifest),
        (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .tile */ .Vs)(`Due in ${_org_view_js__WEBPACK_IMPORTED_MODULE_3__/* .DUE_WINDOW_DAYS */ .kH} days`, view.due.length),
    ])}
${(0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .section */ .uW)('vendors', 'Vendors by number of repositories', (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `${(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .barChart */ .S9)('vendor-chart', 'Repositories per vendor', view.vendors.map((v) => ({
        label: v.name,
        value: v.repositories,
        note: `${repositories(v.repositories)}${v.undeclared ? `, ${v.undeclared} undeclared` : ''}`,
    })), { emptyText: 'No AI vendor is declared or found.' })}
${(0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)('vendor-table', [
        { label: 'Vendor' },
        { label: 'Id' },
        { label: 'Registry status' },
        { label: 'Repositories', numeric: true },
        { label: 'Undeclared in', numeric: true },
        { label: 'Highest classification' },
    ], view.vendors.map((v) => ({
        cells: [
            v.name,
            (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<code>${v.vendor}</code>`,
            v.status,
            v.repositories,
            v.undeclared,
            v.highestClassification ?? '—',
        ],
    })))}`)}
${(0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .section */ .uW)('usage', 'Repositories × vendors', gridTable(view))}
${(0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .section */ .uW)('failing', 'Failing repositories and why', view.failing.length === 0
        ? (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .empty */ .Ie)('Every evaluated repository passes.')
        : (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)('failing-table', [{ label: 'Repository' }, { label: 'Decision' }, { label: 'Why' }], view.failing.map((f) => ({
            cells: [
                f.repository,
                decisionBadge(f.decision),
                (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<ul class="why">${f.reasons.map((r) => (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<li><code>${r.ruleId}</code> ${r.message}</li>`)}${f.more ? (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<li>and ${f.more} more</li>` : ''}</ul>`,
            ],
        }))))}
${(0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .section */ .uW)('no-manifest', 'Repositories without a manifest', view.noManifest.length === 0
        ? (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .empty */ .Ie)('Every repository has a manifest.')
        : (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)('no-manifest-table', [{ label: 'Repository' }, { label: 'AI vendors found by the scan' }], view.noManifest.map((r) => ({ cells: [r.repository, r.vendors.join(', ') || '—'] }))))}
${(0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .section */ .uW)('due', `Falling due in the next ${_org_view_js__WEBPACK_IMPORTED_MODULE_3__/* .DUE_WINDOW_DAYS */ .kH} days`, !view.calendarKnown
        ? (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .empty */ .Ie)('The inventory does not carry its registry, so the calendar is unknown.')
        : view.due.length === 0
            ? (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .empty */ .Ie)('Nothing falls due.')
            : (0,_components_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)('due-table', [
                { label: 'Due' },
                { label: 'When' },
                { label: 'Kind' },
                { label: 'What' },
                { label: 'Owner' },
            ], view.due.map((d) => ({
                className: d.daysLeft < 0 ? 'overdue' : undefined,
                cells: [
                    (0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<span class="nowrap">${d.due}</span>`,
                    (0,_org_view_js__WEBPACK_IMPORTED_MODULE_3__/* .dueWhen */ .N_)(d),
                    d.kind,
                    d.title,
                    d.owner,
                ],
            }))))}
<footer>ai-vendor-gate organization report · ${repositories(totals.repositories)} · generated from the inventory of ${view.now}</footer>`;
    return (0,_page_js__WEBPACK_IMPORTED_MODULE_4__/* .page */ .M)({ title: `AI vendors at ${view.organization}`, body, css: ORG_CSS });
}


/***/ }),

/***/ 901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ dueWhen),
/* harmony export */   cN: () => (/* binding */ orgView),
/* harmony export */   kH: () => (/* binding */ DUE_WINDOW_DAYS)
/* harmony export */ });
/* harmony import */ var _governance_due_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8434);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
// The organization page's view model, shared by its HTML and markdown renderers: what the
// inventory says about the organization, computed once, in a fixed order.


const DUE_WINDOW_DAYS = 90;
const REASONS_SHOWN = 5;
function highest(a, b) {
    if (a === null)
        return b;
    const rank = (c) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASSIFICATION_RANK */ .gL[c] ?? -1;
    return rank(b) > rank(a) ? b : a;
}
function cellsOf(repo) {
    const cells = new Map();
    for (const vendor of repo.vendors)
        cells.set(vendor, { classification: null, declared: false });
    for (const use of repo.declared ?? []) {
        for (const vendor of use.via ? [use.vendor, use.via] : [use.vendor]) {
            const cell = cells.get(vendor) ?? { classification: null, declared: false };
            cells.set(vendor, {
                classification: highest(cell.classification, use.dataClassification),
                declared: true,
            });
        }
    }
    return cells;
}
const bySeverity = (a, b) => {
    const rank = { error: 0, warning: 1, note: 2 };
    return rank[a.severity] - rank[b.severity];
};
function orgView(inventory) {
    const registry = inventory.registryDocument;
    const repos = inventory.repositories;
    const usage = new Map();
    const grid = [];
    const perRepo = repos.map((repo) => ({ repo, cells: cellsOf(repo) }));
    for (const { cells } of perRepo) {
        for (const [vendor, cell] of cells) {
            const known = registry?.vendors[vendor];
            const use = usage.get(vendor) ?? {
                vendor,
                name: known?.name ?? vendor,
                status: known?.status ?? 'not in the registry',
                repositories: 0,
                undeclared: 0,
                highestClassification: null,
            };
            use.repositories++;
            if (!cell.declared)
                use.undeclared++;
            if (cell.classification !== null) {
                use.highestClassification = highest(use.highestClassification, cell.classification);
            }
            usage.set(vendor, use);
        }
    }
    const vendors = [...usage.values()].sort((a, b) => b.repositories - a.repositories || (a.vendor < b.vendor ? -1 : 1));
    const columns = vendors.map((v) => v.vendor);
    for (const { repo, cells } of perRepo) {
        if (cells.size === 0)
            continue;
        grid.push({
            repository: repo.repository,
            decision: repo.decision,
            cells: columns.map((vendor) => cells.get(vendor) ?? null),
        });
    }
    const failing = [];
    for (const repo of repos) {
        if (repo.decision === 'pass')
            continue;
        if (repo.decision === 'error') {
            failing.push({
                repository: repo.repository,
                decision: 'error',
                reasons: [
                    { ruleId: 'error', message: repo.reason ?? 'The repository could not be evaluated.' },
                ],
                more: 0,
            });
            continue;
        }
        const deciding = [...repo.findings]
            .filter((f) => f.severity === 'error' || f.severity === 'warning')
            .sort(bySeverity);
        failing.push({
            repository: repo.repository,
            decision: 'fail',
            reasons: deciding
                .slice(0, REASONS_SHOWN)
                .map((f) => ({ ruleId: f.ruleId, message: f.message })),
            more: Math.max(0, deciding.length - REASONS_SHOWN),
        });
    }
    const count = (decision) => repos.filter((r) => r.decision === decision).length;
    const noManifest = repos
        .filter((r) => !r.manifest && r.decision !== 'error')
        .map((r) => ({ repository: r.repository, vendors: r.vendors }));
    return {
        organization: inventory.organization,
        now: inventory.now,
        registry: inventory.registry,
        totals: {
            repositories: repos.length,
            pass: count('pass'),
            fail: count('fail'),
            error: count('error'),
            noManifest: noManifest.length,
        },
        vendors,
        grid,
        failing,
        noManifest,
        due: registry ? (0,_governance_due_js__WEBPACK_IMPORTED_MODULE_0__/* .fallingDue */ .e)(registry, inventory.now, DUE_WINDOW_DAYS) : [],
        calendarKnown: registry !== undefined,
    };
}
function dueWhen(item) {
    if (item.daysLeft < 0)
        return `overdue by ${-item.daysLeft} day${item.daysLeft === -1 ? '' : 's'}`;
    if (item.daysLeft === 0)
        return 'due today';
    return `in ${item.daysLeft} day${item.daysLeft === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 3282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ page)
/* harmony export */ });
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2300);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7548);
// One self-contained page: inline CSS and SVG, no script, no remote resource (the content
// security policy forbids them, so a page opened from an archive stays inert and offline).


const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** The whole document, ending with a newline. */
function page(options) {
    const lang = options.lang !== undefined && LANG.test(options.lang) ? options.lang : 'en';
    // The stylesheet is program text; `</` cannot occur in it, so it cannot close <style>.
    const css = `${_style_js__WEBPACK_IMPORTED_MODULE_1__/* .BASE_CSS */ .i}${options.css ?? ''}`;
    if (css.includes('</'))
        throw new Error('page: CSS must not contain "</".');
    const document = (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
${(0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(`<style>${css}</style>`)}
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .toString */ .dI)(document);
}


/***/ }),

/***/ 7548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ BASE_CSS),
/* harmony export */   l: () => (/* binding */ COLORS)
/* harmony export */ });
// The look every page shares: one palette and one stylesheet, inlined into each page (no
// remote fonts or files), with a print layout so a page can be filed as a PDF.
const COLORS = {
    pass: '#1a7f37',
    fail: '#cf222e',
    error: '#cf222e',
    warning: '#9a6700',
    note: '#8c959f',
    bar: '#0969da',
    grid: '#d0d7de',
    off: '#f6f8fa',
    ink: '#1f2328',
    muted: '#59636e',
};
const BASE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: ${COLORS.ink}; background: #fff; }
main { max-width: 1160px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; overflow-wrap: break-word; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid ${COLORS.grid}; }
figure { margin: 0; }
.sub { color: ${COLORS.muted}; margin: 0 0 16px; overflow-wrap: break-word; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.tile { border: 1px solid ${COLORS.grid}; border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.tile b { display: block; font-size: 22px; }
.tile .label { display: block; color: ${COLORS.muted}; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.pass { color: ${COLORS.pass}; } .fail { color: ${COLORS.fail}; } .warn { color: ${COLORS.warning}; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 600; font-size: 12px; color: #fff; }
.badge.pass { background: ${COLORS.pass}; color: #fff; } .badge.fail, .badge.error { background: ${COLORS.fail}; color: #fff; }
.badge.warning { background: ${COLORS.warning}; color: #fff; } .badge.note { background: ${COLORS.note}; color: #fff; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: ${COLORS.ink}; }
.legend { color: ${COLORS.muted}; font-size: 12px; margin: 4px 0 0; }
.legend i { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; vertical-align: -1px; }
.legend i.round { border-radius: 5px; }
.legend i.pass { background: ${COLORS.pass}; } .legend i.fail, .legend i.error { background: ${COLORS.error}; }
.legend i.warning { background: ${COLORS.warning}; } .legend i.note { background: ${COLORS.note}; }
.legend i.bar { background: ${COLORS.bar}; } .legend i.off { background: ${COLORS.off}; border: 1px solid ${COLORS.grid}; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid ${COLORS.grid}; vertical-align: top; overflow-wrap: break-word; }
th { background: ${COLORS.off}; font-weight: 600; white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
.nowrap { white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: ${COLORS.bar}; }
.empty { color: ${COLORS.muted}; font-style: italic; }
footer { margin-top: 32px; color: ${COLORS.muted}; font-size: 12px; overflow-wrap: break-word; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 11px; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  th, td { padding: 2px 6px; }
}
`;


/***/ })

};
;