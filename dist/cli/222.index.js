"use strict";
exports.id = 222;
exports.ids = [222];
exports.modules = {

/***/ 5339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyCommand: () => (/* binding */ historyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/history/chain.ts + 2 modules
var chain = __webpack_require__(2004);
// EXTERNAL MODULE: ./src/report/pages/charts.ts
var charts = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/report/pages/components.ts
var components = __webpack_require__(437);
// EXTERNAL MODULE: ./src/report/pages/html.ts
var html = __webpack_require__(2300);
// EXTERNAL MODULE: ./src/report/pages/page.ts
var page = __webpack_require__(3282);
// EXTERNAL MODULE: ./src/report/pages/style.ts
var style = __webpack_require__(7548);
// EXTERNAL MODULE: ./src/rules/dates.ts
var dates = __webpack_require__(1426);
;// CONCATENATED MODULE: ./src/history/show/view.ts
// The view of a history that every format renders: pure data computed from the records (pass
// and fail counts, findings by rule, vendors over time, what falls due), and the few derived
// strings the formats share. No escaping here: each renderer escapes for its own format.

/** How far ahead "falling due" looks, in days from the latest record's `now`. */
const DUE_WINDOW_DAYS = 90;
/** The charts show at most this many runs (the latest); the runs table shows all. */
const CHART_RUNS = 120;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function historyView(records) {
    const rules = new Map();
    const vendors = new Map();
    const repositories = new Set();
    let pass = 0;
    records.forEach((record, index) => {
        if (record.decision === 'pass')
            pass++;
        if (record.repository !== null)
            repositories.add(record.repository);
        const isLatest = index === records.length - 1;
        const seenRules = new Set();
        for (const finding of record.findings) {
            const count = rules.get(finding.ruleId) ?? {
                ruleId: finding.ruleId,
                findings: 0,
                runs: 0,
                latest: 0,
            };
            count.findings++;
            if (!seenRules.has(finding.ruleId))
                count.runs++;
            if (isLatest)
                count.latest++;
            seenRules.add(finding.ruleId);
            rules.set(finding.ruleId, count);
        }
        for (const vendor of new Set(record.vendors)) {
            const use = vendors.get(vendor) ?? {
                vendor,
                runs: 0,
                first: index + 1,
                last: index + 1,
                inLatest: false,
            };
            use.runs++;
            use.last = index + 1;
            use.inLatest ||= isLatest;
            vendors.set(vendor, use);
        }
    });
    const carrier = [...records].reverse().find((r) => r.reviewsDue !== undefined);
    const due = [];
    if (carrier !== undefined && DATE.test(carrier.now)) {
        const today = (0,dates/* dayNumber */.U$)(carrier.now);
        for (const item of carrier.reviewsDue ?? []) {
            if (!DATE.test(item.due))
                continue;
            const days = (0,dates/* dayNumber */.U$)(item.due) - today;
            if (days <= DUE_WINDOW_DAYS)
                due.push({ ...item, days });
        }
        due.sort((a, b) => a.days - b.days || cmp(a.vendor, b.vendor) || cmp(a.kind, b.kind));
    }
    return {
        records,
        pass,
        fail: records.length - pass,
        repositories: [...repositories].sort(cmp),
        rules: [...rules.values()].sort((a, b) => b.findings - a.findings || cmp(a.ruleId, b.ruleId)),
        vendors: [...vendors.values()].sort((a, b) => cmp(a.vendor, b.vendor)),
        due,
        dueAsOf: carrier?.now ?? null,
    };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// ---- derived strings the formats share ----
function passRate(view) {
    const total = view.pass + view.fail;
    return total === 0 ? 'n/a' : `${Math.round((view.pass / total) * 100)}%`;
}
/** The decision as one of its two words, whatever the record holds. */
const decisionOf = (r) => r.decision === 'pass' ? 'pass' : 'fail';
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function dueLabel(item) {
    if (item.days < 0)
        return `overdue by ${plural(-item.days, 'day')}`;
    if (item.days === 0)
        return 'due today';
    return `in ${plural(item.days, 'day')}`;
}
function dueWhat(item) {
    return item.id === null ? item.kind : `${item.kind} ${item.id}`;
}
/** A count from a record, as a safe number. */
function count(value) {
    return Number.isFinite(value) ? value : 0;
}
function shortSha(sha) {
    return sha === null ? '' : sha.slice(0, 12);
}
// ---- links (only well-formed parts ever become a URL) ----
const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const COMMIT = /^[0-9a-fA-F]{7,64}$/;
const RUN_ID = /^\d{1,20}$/;
function repoUrl(record) {
    const { serverUrl, repository } = record;
    if (serverUrl === null || repository === null)
        return null;
    if (!SERVER.test(serverUrl) || !REPOSITORY.test(repository))
        return null;
    return `${serverUrl}/${repository}`;
}
function commitUrl(record) {
    const repo = repoUrl(record);
    return repo === null || record.sha === null || !COMMIT.test(record.sha)
        ? null
        : `${repo}/commit/${record.sha}`;
}
function runUrl(record) {
    const repo = repoUrl(record);
    return repo === null || record.run.id === null || !RUN_ID.test(record.run.id)
        ? null
        : `${repo}/actions/runs/${record.run.id}`;
}

;// CONCATENATED MODULE: ./src/history/show/html.ts
// `history show --format html`: one self-contained page (inline CSS and SVG, no script, no
// remote resource) built with the shared page machinery, so every string from a record is
// escaped by the template. Deterministic: the only dates in it come from the records.






function renderHtml(view) {
    const n = view.records.length;
    const latest = view.records[n - 1];
    const title = view.repositories.length === 1
        ? `AI vendor gate history — ${view.repositories[0]}`
        : 'AI vendor gate history';
    const period = latest === undefined
        ? 'No runs recorded yet.'
        : `${plural(n, 'run')} from ${view.records[0].timestamp} to ${latest.timestamp}` +
            (view.repositories.length > 1 ? ` across ${view.repositories.join(', ')}` : '');
    const summary = (0,components/* tiles */.os)([
        (0,components/* tile */.Vs)('Runs', String(n)),
        (0,components/* tile */.Vs)('Pass rate', passRate(view)),
        (0,components/* tile */.Vs)('Passed', (0,html/* html */.qy) `<span class="pass">${view.pass}</span>`),
        (0,components/* tile */.Vs)('Failed', (0,html/* html */.qy) `<span class="fail">${view.fail}</span>`),
        latest === undefined
            ? null
            : (0,components/* tile */.Vs)('Latest decision', (0,html/* html */.qy) `<span class="${decisionOf(latest)}">${decisionOf(latest)}</span>`),
    ]);
    const footer = (0,html/* html */.qy) `<footer>Generated by ai-vendor-gate from ${plural(n, 'record')}${latest === undefined ? '' : (0,html/* html */.qy) `; latest record (the head) <code>${latest.sha256}</code>`}. Verify the chain with <code>ai-vendor-gate history verify FILE --head SHA256</code>, using the head the gate published.</footer>`;
    const body = (0,html/* html */.qy) `<h1>${title}</h1>
<p class="sub">${period}</p>
${summary}
${(0,components/* section */.uW)('decisions', 'Decisions over time', decisionsChart(view))}
${(0,components/* section */.uW)('rules', 'Findings by rule', rulesChart(view))}
${(0,components/* section */.uW)('vendors', 'Vendors in use over time', vendorsChart(view))}
${(0,components/* section */.uW)('due', `Reviews and attestations falling due within ${DUE_WINDOW_DAYS} days`, dueTable(view))}
${(0,components/* section */.uW)('runs', 'Runs', runsTable(view))}
${footer}`;
    return (0,page/* page */.M)({ title, body });
}
/** The latest runs the charts show, with their 1-based numbers. */
function chartRuns(view) {
    const start = Math.max(0, view.records.length - CHART_RUNS);
    return view.records.slice(start).map((record, i) => ({ record, number: start + i + 1 }));
}
function chartNote(view) {
    return view.records.length > CHART_RUNS
        ? ` Showing the latest ${CHART_RUNS} of ${view.records.length} runs.`
        : '';
}
function runLabel(record, number) {
    return `Run #${number}, ${record.timestamp}: ${decisionOf(record)}, ${plural(count(record.summary.errors), 'error')}, ${plural(count(record.summary.warnings), 'warning')}, ${plural(count(record.summary.notes), 'note')}`;
}
/** Labels under a run axis: the first and the last run shown, with their dates. */
function runAxis(runs, left, y) {
    const first = runs[0];
    const last = runs[runs.length - 1];
    const day = (r) => r.timestamp.slice(0, 10);
    const labels = [(0,charts/* label */.Pf)(left, y, `#${first.number} ${day(first.record)}`)];
    if (runs.length > 1) {
        labels.push((0,charts/* label */.Pf)(charts/* CHART_WIDTH */.Iz - 12, y, `#${last.number} ${day(last.record)}`, 'end'));
    }
    return labels;
}
function decisionsChart(view) {
    const runs = chartRuns(view);
    if (runs.length === 0)
        return (0,components/* empty */.Ie)('No runs yet.');
    const left = 44;
    const right = 12;
    const top = 12;
    const markH = 16;
    const barTop = top + markH + 14;
    const barH = 140;
    const height = barTop + barH + 28;
    const step = (charts/* CHART_WIDTH */.Iz - left - right) / runs.length;
    const bw = Math.max(1, Math.min(28, step * 0.7));
    const total = (r) => count(r.summary.errors) + count(r.summary.warnings) + count(r.summary.notes);
    const max = runs.reduce((m, { record }) => Math.max(m, total(record)), 1);
    const y = (v) => barTop + barH - (v / max) * barH;
    const marks = [];
    for (const v of [0, Math.ceil(max / 2), max]) {
        marks.push((0,charts/* hline */.t6)(left, charts/* CHART_WIDTH */.Iz - right, y(v)), (0,charts/* label */.Pf)(left - 6, y(v) + 4, String(v), 'end'));
    }
    marks.push((0,charts/* label */.Pf)(left - 6, top + 12, 'gate', 'end'));
    runs.forEach(({ record: r, number }, i) => {
        const cx = left + step * i + step / 2;
        const x = cx - bw / 2;
        const decision = decisionOf(r);
        const mark = decision === 'pass'
            ? (0,html/* html */.qy) `<circle cx="${(0,charts/* fmt */.Sc)(cx)}" cy="${(0,charts/* fmt */.Sc)(top + markH / 2)}" r="${(0,charts/* fmt */.Sc)(Math.min(7, bw / 2))}" fill="${style/* COLORS */.l.pass}"/>`
            : (0,charts/* rect */.Pc)(x, top, bw, markH, style/* COLORS */.l.fail);
        let base = 0;
        const stacks = [];
        for (const [key, color] of [
            ['errors', style/* COLORS */.l.error],
            ['warnings', style/* COLORS */.l.warning],
            ['notes', style/* COLORS */.l.note],
        ]) {
            const v = count(r.summary[key]);
            if (v > 0)
                stacks.push((0,charts/* rect */.Pc)(x, y(base + v), bw, y(base) - y(base + v), color));
            base += v;
        }
        marks.push((0,html/* html */.qy) `<g class="run ${decision}"><title>${runLabel(r, number)}</title>${mark}${stacks}</g>`);
    });
    marks.push(...runAxis(runs, left, height - 8));
    const passed = `${view.pass} of ${view.records.length} runs passed (${passRate(view)}).`;
    return (0,html/* html */.qy) `<figure>${(0,charts/* svg */.JW)('decisions-chart', height, `Decisions over time: ${passed}`, marks)}${(0,charts/* legend */.o1)([
        { swatch: 'pass', text: 'pass', round: true },
        { swatch: 'fail', text: 'fail' },
        { swatch: 'error', text: 'errors' },
        { swatch: 'warning', text: 'warnings' },
        { swatch: 'note', text: 'notes.' },
    ], `Top row: the decision of each run; bars: its findings. ${passed}${chartNote(view)}`)}</figure>`;
}
function rulesChart(view) {
    return (0,charts/* barChart */.S9)('rules-chart', 'Findings by rule across all runs', view.rules.map((r) => ({
        label: r.ruleId,
        value: r.findings,
        note: `${r.findings} (${plural(r.runs, 'run')}; latest ${r.latest})`,
        title: `${r.ruleId}: ${plural(r.findings, 'finding')} in ${plural(r.runs, 'run')}, ${r.latest} in the latest run`,
    })), {
        emptyText: 'No findings in any run.',
        legendText: 'Findings per rule across all runs (runs with the rule; findings in the latest run).',
    });
}
function vendorsChart(view) {
    if (view.vendors.length === 0)
        return (0,components/* empty */.Ie)('No vendors in use in any run.');
    const runs = chartRuns(view);
    const left = 180;
    const right = 12;
    const rowH = 22;
    const height = view.vendors.length * rowH + 26;
    const step = (charts/* CHART_WIDTH */.Iz - left - right) / runs.length;
    const cw = Math.max(1, step - (step > 4 ? 2 : 0));
    const marks = [];
    view.vendors.forEach((v, row) => {
        const y = row * rowH + 4;
        marks.push((0,charts/* label */.Pf)(left - 8, y + 14, v.vendor, 'end'));
        runs.forEach(({ record, number }, i) => {
            const used = record.vendors.includes(v.vendor);
            marks.push((0,charts/* rect */.Pc)(left + i * step, y + 2, cw, rowH - 6, used ? style/* COLORS */.l.bar : style/* COLORS */.l.off, {
                className: used ? 'used' : 'unused',
                title: `${v.vendor} in run #${number} (${record.timestamp}): ${used ? 'in use' : 'not in use'}`,
            }));
        });
    });
    marks.push(...runAxis(runs, left, height - 6));
    const chart = (0,html/* html */.qy) `<figure>${(0,charts/* svg */.JW)('vendors-chart', height, 'Vendors in use per run', marks)}${(0,charts/* legend */.o1)([
        { swatch: 'bar', text: 'in use' },
        { swatch: 'off', text: 'not in use.' },
    ], chartNote(view))}</figure>`;
    const rows = view.vendors.map((v) => ({
        cells: [
            (0,html/* html */.qy) `<code>${v.vendor}</code>`,
            v.runs,
            `#${v.first}`,
            `#${v.last}`,
            v.inLatest ? 'yes' : 'no',
        ],
    }));
    const columns = [
        { label: 'Vendor' },
        { label: 'Runs', numeric: true },
        { label: 'First run', numeric: true },
        { label: 'Last run', numeric: true },
        { label: 'In latest run' },
    ];
    return (0,html/* html */.qy) `${chart}${(0,components/* table */.tp)('vendors-table', columns, rows)}`;
}
function dueTable(view) {
    if (view.dueAsOf === null)
        return (0,components/* empty */.Ie)('No record carries due dates.');
    if (view.due.length === 0) {
        return (0,components/* empty */.Ie)(`Nothing falls due within ${DUE_WINDOW_DAYS} days of ${view.dueAsOf}.`);
    }
    const rows = view.due.map((d) => ({
        cells: [
            d.due,
            (0,html/* html */.qy) `<code>${d.vendor}</code>`,
            dueWhat(d),
            d.days < 0 ? (0,html/* html */.qy) `<span class="fail">${dueLabel(d)}</span>` : dueLabel(d),
        ],
    }));
    const columns = [{ label: 'Due' }, { label: 'Vendor' }, { label: 'What' }, { label: 'When' }];
    return (0,html/* html */.qy) `<p class="sub">As of ${view.dueAsOf} (the latest record that states due dates).</p>${(0,components/* table */.tp)('due-table', columns, rows)}`;
}
function runsTable(view) {
    if (view.records.length === 0)
        return (0,components/* empty */.Ie)('No runs yet.');
    const rows = view.records
        .map((r, i) => ({ r, number: i + 1 }))
        .reverse()
        .map(({ r, number }) => {
        const decision = decisionOf(r);
        const sha = r.sha === null ? null : (0,html/* html */.qy) `<code>${shortSha(r.sha)}</code>`;
        const attempt = r.run.attempt === null || r.run.attempt === '1' ? '' : ` (attempt ${r.run.attempt})`;
        const runText = r.run.id === null ? null : `${r.run.id}${attempt}`;
        return {
            className: `run-${decision}`,
            cells: [
                number,
                (0,html/* html */.qy) `<span class="nowrap">${r.timestamp}</span>`,
                (0,html/* html */.qy) `<span class="badge ${decision}">${decision}</span>`,
                count(r.summary.errors),
                count(r.summary.warnings),
                count(r.summary.notes),
                (0,html/* link */.nf)(commitUrl(r), sha),
                r.ref,
                r.event,
                r.actor,
                (0,html/* link */.nf)(runUrl(r), runText),
                (0,html/* html */.qy) `<code title="${r.sha256}">${r.sha256.slice(0, 12)}</code>`,
            ],
        };
    });
    const columns = [
        { label: '#', numeric: true },
        { label: 'Timestamp' },
        { label: 'Decision' },
        { label: 'Errors', numeric: true },
        { label: 'Warnings', numeric: true },
        { label: 'Notes', numeric: true },
        { label: 'Commit' },
        { label: 'Ref' },
        { label: 'Event' },
        { label: 'Actor' },
        { label: 'Workflow run' },
        { label: 'Record' },
    ];
    return (0,components/* table */.tp)('runs-table', columns, rows);
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/history/show/json.ts
// `history show --format json`: the summary and the records, for other tools (valid JSON in which
// no line can read as a workflow command).


function renderJson(view) {
    const json = {
        schemaVersion: 1,
        runs: view.records.length,
        pass: view.pass,
        fail: view.fail,
        passRate: view.records.length === 0 ? null : view.pass / view.records.length,
        repositories: view.repositories,
        findingsByRule: view.rules,
        vendors: view.vendors,
        due: { asOf: view.dueAsOf, windowDays: DUE_WINDOW_DAYS, items: view.due },
        records: view.records,
    };
    return `${(0,report_escape/* safeJson */.oi)(json)}\n`;
}

;// CONCATENATED MODULE: ./src/history/show/markdown.ts
// `history show` as markdown: every untrusted cell escaped; links only to well-formed commit and
// run URLs.


function renderMarkdown(view) {
    const m = (s) => (s === null || s === '' ? '—' : (0,report_escape/* escapeMarkdown */.FV)(s));
    const link = (text, url) => url === null ? m(text) : `[${m(text)}](${url})`;
    const row = (cells) => `| ${cells.join(' | ')} |`;
    const head = (cells) => [row(cells), row(cells.map(() => '---'))];
    const n = view.records.length;
    const out = ['# ai-vendor-gate history', ''];
    const repos = view.repositories.length === 0 ? '' : ` for ${view.repositories.map(m).join(', ')}`;
    out.push(`${plural(n, 'run')}${repos}: **${view.pass} pass**, **${view.fail} fail**, pass rate ${passRate(view)}.`, '');
    out.push('## Findings by rule', '');
    if (view.rules.length === 0)
        out.push('No findings.');
    else {
        out.push(...head(['Rule', 'Findings', 'Runs', 'Latest run']));
        for (const r of view.rules)
            out.push(row([m(r.ruleId), `${r.findings}`, `${r.runs}`, `${r.latest}`]));
    }
    out.push('', '## Vendors in use', '');
    if (view.vendors.length === 0)
        out.push('No vendors in use.');
    else {
        out.push(...head(['Vendor', 'Runs', 'First run', 'Last run', 'In latest run']));
        for (const v of view.vendors) {
            out.push(row([m(v.vendor), `${v.runs}`, `#${v.first}`, `#${v.last}`, v.inLatest ? 'yes' : 'no']));
        }
    }
    out.push('', `## Falling due within ${DUE_WINDOW_DAYS} days`, '');
    if (view.dueAsOf === null)
        out.push('No record carries due dates.');
    else if (view.due.length === 0)
        out.push(`Nothing falls due as of ${m(view.dueAsOf)}.`);
    else {
        out.push(`As of ${m(view.dueAsOf)}.`, '', ...head(['Due', 'Vendor', 'What', 'When']));
        for (const d of view.due)
            out.push(row([m(d.due), m(d.vendor), m(dueWhat(d)), dueLabel(d)]));
    }
    out.push('', '## Runs', '');
    if (n === 0)
        out.push('No runs.');
    else {
        out.push(...head([
            '#',
            'Timestamp',
            'Decision',
            'Errors',
            'Warnings',
            'Notes',
            'Commit',
            'Ref',
            'Run',
        ]));
        view.records.forEach((r, i) => {
            out.push(row([
                `${i + 1}`,
                m(r.timestamp),
                decisionOf(r) === 'pass' ? 'pass' : '**fail**',
                `${count(r.summary.errors)}`,
                `${count(r.summary.warnings)}`,
                `${count(r.summary.notes)}`,
                r.sha === null ? '—' : link(shortSha(r.sha), commitUrl(r)),
                m(r.ref),
                r.run.id === null ? '—' : link(`${r.run.id}/${r.run.attempt ?? '1'}`, runUrl(r)),
            ]));
        });
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/history/show/text.ts
// `history show` as plain text: aligned tables, every untrusted string on one line.


function pad(value, width) {
    return value.length >= width ? value : value + ' '.repeat(width - value.length);
}
function table(rows) {
    // A loop, not Math.max(...): a long history would overflow the argument list.
    const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
    return rows.map((r) => `  ${r.map((c, i) => pad(c, widths[i])).join('  ')}`.trimEnd());
}
function renderText(view) {
    const t = (s) => (s === null ? '-' : (0,report_escape/* singleLine */.pF)(s));
    const out = [];
    const n = view.records.length;
    out.push(`ai-vendor-gate history: ${plural(n, 'run')}, ${view.pass} pass, ${view.fail} fail (pass rate ${passRate(view)})`);
    if (view.repositories.length > 0)
        out.push(`Repository: ${view.repositories.map(t).join(', ')}`);
    const latest = view.records[n - 1];
    if (latest !== undefined) {
        out.push(`From ${t(view.records[0].timestamp)} to ${t(latest.timestamp)}`);
        out.push(`Latest: ${decisionOf(latest)} on ${t(latest.now)} (${plural(count(latest.summary.errors), 'error')}, ${plural(count(latest.summary.warnings), 'warning')}, ${plural(count(latest.summary.notes), 'note')})`);
    }
    out.push('', 'Findings by rule (all runs):');
    if (view.rules.length === 0)
        out.push('  none');
    else {
        out.push(...table([
            ['rule', 'findings', 'runs', 'latest run'],
            ...view.rules.map((r) => [t(r.ruleId), `${r.findings}`, `${r.runs}`, `${r.latest}`]),
        ]));
    }
    out.push('', 'Vendors in use:');
    if (view.vendors.length === 0)
        out.push('  none');
    else {
        out.push(...table([
            ['vendor', 'runs', 'first run', 'last run', 'in latest'],
            ...view.vendors.map((v) => [
                t(v.vendor),
                `${v.runs}`,
                `#${v.first}`,
                `#${v.last}`,
                v.inLatest ? 'yes' : 'no',
            ]),
        ]));
    }
    out.push('', view.dueAsOf === null
        ? 'Falling due: no record carries due dates.'
        : `Falling due within ${DUE_WINDOW_DAYS} days of ${t(view.dueAsOf)}:`);
    if (view.dueAsOf !== null) {
        if (view.due.length === 0)
            out.push('  none');
        else {
            out.push(...table([
                ['due', 'vendor', 'what', 'when'],
                ...view.due.map((d) => [t(d.due), t(d.vendor), t(dueWhat(d)), dueLabel(d)]),
            ]));
        }
    }
    out.push('', 'Runs:');
    if (n === 0)
        out.push('  none');
    else {
        out.push(...table([
            [
                '#',
                'timestamp',
                'now',
                'decision',
                'errors',
                'warnings',
                'notes',
                'commit',
                'ref',
                'event',
                'run',
            ],
            ...view.records.map((r, i) => [
                `${i + 1}`,
                t(r.timestamp),
                t(r.now),
                decisionOf(r),
                `${count(r.summary.errors)}`,
                `${count(r.summary.warnings)}`,
                `${count(r.summary.notes)}`,
                t(shortSha(r.sha) || null),
                t(r.ref),
                t(r.event),
                r.run.id === null ? '-' : t(`${r.run.id}/${r.run.attempt ?? '1'}`),
            ]),
        ]));
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/history/show.ts






const HISTORY_FORMATS = ['text', 'markdown', 'json', 'html'];
const RENDERERS = {
    text: renderText,
    markdown: renderMarkdown,
    json: renderJson,
    html: renderHtml,
};
function renderHistory(records, format) {
    return RENDERERS[format](historyView(records));
}

;// CONCATENATED MODULE: ./src/cli/history.ts
// `history verify FILE [--head SHA256]` and `history show FILE [--format ...]`. `argv` is what
// follows `history`.






const USAGE = `Usage:
  ai-vendor-gate history verify FILE [--head SHA256]
  ai-vendor-gate history show FILE [--format text|markdown|html|json]
`;
const historyCommand = async (argv, io) => {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        (sub === undefined ? io.stderr : io.stdout)(USAGE);
        return sub === undefined ? 2 : 0;
    }
    if (sub !== 'verify' && sub !== 'show') {
        return usageError(io, `Unknown history command "${sub}"; use verify or show.`);
    }
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: rest,
            options: {
                help: { type: 'boolean', short: 'h' },
                format: { type: 'string', short: 'f' },
                head: { type: 'string' },
            },
            allowPositionals: true,
            strict: true,
        }));
    }
    catch (error) {
        return usageError(io, describeArgError(error, sub));
    }
    if (values.help === true) {
        io.stdout(USAGE);
        return 0;
    }
    if (sub === 'verify' && values.format !== undefined) {
        return usageError(io, 'history verify has no option --format.');
    }
    if (sub === 'show' && values.head !== undefined) {
        return usageError(io, 'history show has no option --head.');
    }
    let head;
    if (values.head !== undefined) {
        const parsed = (0,chain/* parseHead */.ww)(values.head);
        if (parsed === null) {
            return usageError(io, "--head must be the 64 hex digits of a record's sha256.");
        }
        head = parsed;
    }
    if (positionals.length !== 1) {
        return usageError(io, `history ${sub} takes exactly one FILE.`);
    }
    const format = values.format ?? 'text';
    if (!isFormat(format)) {
        return usageError(io, `--format must be text, markdown, html or json, not "${format}".`);
    }
    const file = positionals[0];
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
    }
    catch (error) {
        io.stderr(`${(0,report_escape/* singleLine */.pF)(`Cannot read ${file}: ${(0,chain/* describeFsError */.TQ)(error)}.`)}\n`);
        return 2;
    }
    if (sub === 'verify')
        return verify(io, file, text, head);
    const parsed = (0,chain/* parseHistory */.i6)(text);
    if (!parsed.ok) {
        io.stderr(`${(0,report_escape/* singleLine */.pF)(`${file}:${parsed.line}: ${parsed.reason}`)}\n`);
        return 2;
    }
    const check = (0,chain/* verifyHistory */.aA)(text);
    if (!check.ok) {
        io.stderr(`${(0,report_escape/* singleLine */.pF)(`warning: ${file}:${check.line}: ${check.reason} Run "history verify" for details.`)}\n`);
    }
    io.stdout(renderHistory(parsed.records, format));
    return 0;
};
function verify(io, file, text, head) {
    const result = (0,chain/* verifyAnchored */.aE)(text, head);
    if (!result.ok) {
        const where = result.line === null ? file : `${file}:${result.line}`;
        io.stdout(`${(0,report_escape/* singleLine */.pF)(`${where}: ${result.reason}`)}\n`);
        return 1;
    }
    const lines = [`${result.count} ${result.count === 1 ? 'record' : 'records'}, chain intact`];
    if (head !== undefined) {
        lines.push(`The latest record is the published head ${head}.`);
    }
    else {
        lines.push(result.head === null
            ? 'The history is empty, so it has no head.'
            : `Head (sha256 of the latest record): ${result.head}`, 'Removal of the latest records cannot be detected without a published head: compare this head with the one the gate published (the record-sha256 output, the check run, the pull request comment), or pass it with --head.');
    }
    io.stdout(lines.map((l) => `${l}\n`).join(''));
    return 0;
}
function isFormat(value) {
    return HISTORY_FORMATS.includes(value);
}
function usageError(io, message) {
    io.stderr(`${(0,report_escape/* singleLine */.pF)(message)}\n`);
    return 2;
}
function describeArgError(error, sub) {
    const code = error.code;
    const option = /'([^']+)'/.exec(error.message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
        return `history ${sub} has no option ${option}.`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
        return `Option ${option.replace(/ .*$/, '')} needs a value.`;
    }
    return `Invalid arguments for history ${sub}.`;
}


/***/ }),

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ writeOwnFile),
/* harmony export */   V: () => (/* binding */ appendOwnFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Every file the gate writes is opened without following a symbolic link at its path: a pull
// request owns the checkout and could commit `ai-vendor-gate.sarif -> .git/config` (or a link
// to a script a later step runs) to have the gate overwrite another file.
// node:fs/promises is reached through `promises` when a file is written, not on import: loading
// it costs a few milliseconds of start-up that a run writing nothing need not pay.

const WRITE = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
const APPEND = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
/** Writes `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
function writeOwnFile(file, text) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(file, text, { flag: WRITE });
}
/** Appends `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
function appendOwnFile(file, text) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(file, text, { flag: APPEND, encoding: 'utf8' });
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   ky: () => (/* binding */ checkCalendarDates),
/* harmony export */   oZ: () => (/* binding */ schemaSentences),
/* harmony export */   tf: () => (/* binding */ isCalendarDate)
/* harmony export */ });
/* unused harmony exports PATTERN_HINTS, displayPath, allowedProperties */
const KEBAB_HINT = 'a lowercase kebab-case id (letters a-z, digits and single hyphens)';
const DATE_HINT = 'a date written YYYY-MM-DD';
/** What each pattern of the schemas asks for, in words; a pattern not listed is shown as is. */
const PATTERN_HINTS = {
    '^[a-z0-9]+(-[a-z0-9]+)*$': KEBAB_HINT,
    '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'letters, digits, ".", "_" and "-"',
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': DATE_HINT,
    '^\\d{4}-\\d{2}-\\d{2}$': DATE_HINT,
    '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$': 'a UTC time written YYYY-MM-DDThh:mm:ssZ',
    '^[0-9a-f]{64}$': 'a SHA-256 digest (64 lowercase hexadecimal digits)',
    '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a commit id (40 or 64 lowercase hexadecimal digits)',
    '^[0-9]+$': 'digits',
};
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}
/** `vendors[0].product`, or `the document` for the root. */
function displayPath(path) {
    if (path.length === 0)
        return 'the document';
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
const quote = (value) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `"${(text ?? String(value)).slice(0, 80)}"`;
};
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    return `a ${typeof value}`;
}
function closest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return 99;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
const isSchema = (node) => node !== null && typeof node === 'object' && !Array.isArray(node);
/** `node`, or the definition its local `$ref` (`#/$defs/name`) names. */
function dereferenced(node, root) {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/'))
        return node;
    let target = root;
    for (const part of ref.slice(2).split('/'))
        target = isSchema(target) ? target[part] : undefined;
    return isSchema(target) ? target : node;
}
/**
 * The property names the schema lists for the value at `path`, found by walking the schema as
 * the validator walked the document: a listed property, else `additionalProperties`, and
 * `items` for a list. (The validators are compiled without each error's schema, which would
 * double their size: start-up time.)
 */
function allowedProperties(root, path) {
    let node = dereferenced(root, root);
    for (const segment of path) {
        const properties = node.properties;
        let next;
        if (typeof segment === 'number' && isSchema(node.items))
            next = node.items;
        else if (isSchema(properties) && Object.hasOwn(properties, String(segment))) {
            next = properties[String(segment)];
        }
        else
            next = node.additionalProperties;
        if (!isSchema(next))
            return [];
        node = dereferenced(next, root);
    }
    return isSchema(node.properties) ? Object.keys(node.properties) : [];
}
/** The sentence for one error, or null for one that another error reports. */
function describe(error, value, schema) {
    const path = pointerToPath(error.instancePath);
    const where = displayPath(path);
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `${where} is missing the required property "${params.missingProperty}".`;
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = allowedProperties(schema, path);
            const hint = closest(key, known);
            return (`Unknown property ${quote(key)} in ${where}` +
                (hint ? `: did you mean "${hint}"?` : `; allowed: ${known.join(', ')}.`));
        }
        case 'propertyNames':
            return null; // reported by the nested pattern error, which names the key
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
            return (`${where} must be one of ${allowed.join(', ')}, not ${quote(value)}` +
                (hint ? `: did you mean "${hint}"?` : '.'));
        }
        case 'const':
            return `${where} must be ${JSON.stringify(params.allowedValue)}, not ${quote(value)}.`;
        case 'type':
            return `${where} must be ${typeArticle(String(params.type))}, not ${typeName(value)}.`;
        case 'pattern': {
            const propertyName = error.propertyName;
            const subject = propertyName === undefined ? where : `The key ${quote(propertyName)} in ${where}`;
            const shown = propertyName === undefined ? value : propertyName;
            const pattern = String(params.pattern);
            const hint = Object.hasOwn(PATTERN_HINTS, pattern)
                ? PATTERN_HINTS[pattern]
                : `text matching ${pattern}`;
            return `${subject} must be ${hint}, not ${quote(shown)}.`;
        }
        case 'minLength':
            return `${where} must not be empty.`;
        case 'maxLength':
            return `${where} is longer than ${params.limit} characters.`;
        case 'maxItems':
            return `${where} has more than ${params.limit} items.`;
        case 'minimum':
        case 'maximum':
            return `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}.`;
        case 'minProperties':
            return `${where} must not be empty.`;
        case 'uniqueItems':
            return `${where} lists the same item twice (items ${params.i} and ${params.j}).`;
        case 'oneOf':
            return `${where} must have exactly one of "evidence" (met by an attestation) or "check" (a built-in rule).`;
        default:
            // The validators are compiled without messages: a keyword the schemas start using gets
            // its sentence above (test/load/schema.test.ts lists the keywords each schema uses).
            return `${where} breaks the schema's "${error.keyword}" rule.`;
    }
}
function typeArticle(type) {
    if (type === 'object')
        return 'a map';
    if (type === 'array')
        return 'a list';
    if (type === 'integer')
        return 'a whole number';
    return `a ${type}`;
}
function valueAt(root, path) {
    let node = root;
    for (const segment of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
/**
 * Turn a validator's errors into problems located at their node (or at the key they name).
 * A node reached through aliases is validated once per path but reported once, at its anchor.
 * Linear in the number of errors: each is located by an O(depth) lookup. Each sentence is
 * written when first read: a document with 50,000 unknown keys lists 1,000 problems and counts
 * the rest, and describing the rest (a near-miss search per key) would be most of the work.
 */
function schemaProblems(errors, parsed, schema) {
    const problems = [];
    // What was reported at each line: an error reached again through an alias is reported once.
    // By line, not by a string made for each error: at 50,000 errors, making and hashing those
    // strings costs more than the rest of the loop.
    const seen = [];
    const paths = new Map(); // aliases repeat the same instance paths
    for (const error of errors) {
        // Errors under oneOf branches explain why each branch failed; the oneOf error says it plainly.
        if (error.schemaPath.includes('/oneOf/'))
            continue;
        // A propertyNames error is reported by the nested pattern error, which names the key.
        if (!describes(error))
            continue;
        let path = paths.get(error.instancePath);
        if (!path) {
            path = pointerToPath(error.instancePath);
            paths.set(error.instancePath, path);
        }
        // Locate and deduplicate before describing: repeats through aliases cost one lookup each.
        const key = keyNamed(error);
        const location = key === undefined ? parsed.locate(path) : parsed.locate([...path, key], AT_KEY);
        const problem = new LazyProblem(location, error, path, parsed.value, schema);
        const atLine = seen[location.line];
        if (atLine === undefined) {
            seen[location.line] = problem;
        }
        else if (atLine instanceof LazyProblem) {
            if (atLine.repeats(problem))
                continue;
            seen[location.line] = [atLine, problem];
        }
        else if (Array.isArray(atLine)) {
            if (atLine.some((other) => other.repeats(problem)))
                continue;
            atLine.push(problem);
            // Many on one line (a flow map of unknown keys): by id, so it stays linear.
            if (atLine.length > 8)
                seen[location.line] = new Set(atLine.map((p) => p.id()));
        }
        else {
            const id = problem.id();
            if (atLine.has(id))
                continue;
            atLine.add(id);
        }
        problems.push(problem);
    }
    return problems;
}
const AT_KEY = { key: true };
/** Whether `describe` gives the error a sentence (it gives none for `propertyNames`). */
const describes = (error) => error.keyword !== 'propertyNames';
/**
 * A problem whose sentence is written when `message` is first read, then kept as an own
 * property. A class rather than an object literal with an accessor: V8 gives each such literal
 * its own hidden class, which costs more at 50,000 problems than describing them. `toJSON`
 * writes the message, so a serialized problem has it; spreading one unread would not.
 */
class LazyProblem {
    location;
    #error;
    #path;
    #root;
    #schema;
    constructor(location, error, path, root, schema) {
        this.location = location;
        this.#error = error;
        this.#path = path;
        this.#root = root;
        this.#schema = schema;
    }
    get message() {
        const message = describe(this.#error, valueAt(this.#root, this.#path), this.#schema) ?? '';
        this.message = message;
        return message;
    }
    set message(value) {
        Object.defineProperty(this, 'message', {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    /** The same error at the same node: the same location, schema path and key. */
    repeats(other) {
        const a = this.location;
        const b = other.location;
        return (this.#error.schemaPath === other.#error.schemaPath &&
            (keyNamed(this.#error) ?? '') === (keyNamed(other.#error) ?? '') &&
            a.line === b.line &&
            a.column === b.column &&
            a.endLine === b.endLine &&
            a.endColumn === b.endColumn);
    }
    /** The same as `repeats` compares, as a string (the line aside). */
    id() {
        const { column, endLine, endColumn } = this.location;
        return `${column}:${endLine}:${endColumn} ${this.#error.schemaPath} ${keyNamed(this.#error) ?? ''}`;
    }
    toJSON() {
        return { message: this.message, location: this.location };
    }
}
/** The map key an error is about (an unknown key, or a key breaking `propertyNames`). */
function keyNamed(error) {
    if (error.keyword === 'additionalProperties') {
        return String(error.params.additionalProperty);
    }
    return error.propertyName;
}
/** A validator's errors as plain sentences, for documents without positions (JSON lines). */
function schemaSentences(errors, value, schema) {
    const sentences = new Set();
    for (const error of errors) {
        if (error.schemaPath.includes('/oneOf/'))
            continue;
        const described = describe(error, valueAt(value, pointerToPath(error.instancePath)), schema);
        if (described)
            sentences.add(described);
    }
    return [...sentences];
}
const locationKey = (l) => `${l.line}:${l.column}:${l.endLine}:${l.endColumn}`;
const DATE_KEYS = new Set(['date', 'expires']);
/** The schema checks the date shape; this checks the day exists (no 2026-02-30). */
function checkCalendarDates(parsed) {
    const problems = [];
    const seen = new Set(); // a date reached through aliases is reported once
    // Depth first in document order, so a date reached through aliases is named by its first path.
    const stack = [[parsed.value, []]];
    while (stack.length > 0) {
        const [node, path] = stack.pop();
        const children = [];
        if (Array.isArray(node)) {
            node.forEach((item, index) => {
                if (item !== null && typeof item === 'object')
                    children.push([item, [...path, index]]);
            });
        }
        else if (node !== null && typeof node === 'object') {
            // Object.keys, not Object.entries: a map of 50,000 keys is a dictionary-mode object, on
            // which entries costs several times more than keys and a lookup each.
            for (const key of Object.keys(node)) {
                const item = node[key];
                if (DATE_KEYS.has(key) && typeof item === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item)) {
                    if (isCalendarDate(item))
                        continue;
                    const location = parsed.locate([...path, key]);
                    const id = locationKey(location);
                    if (seen.has(id))
                        continue;
                    seen.add(id);
                    problems.push({
                        message: `${displayPath([...path, key])} is ${quote(item)}, a day that does not exist.`,
                        location,
                    });
                }
                else if (item !== null && typeof item === 'object') {
                    children.push([item, [...path, key]]);
                }
            }
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return problems.sort((a, b) => a.location.line - b.location.line);
}
function isCalendarDate(value) {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d); // not Date.UTC, which maps years 0-99 to 1900-1999
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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


/***/ }),

/***/ 1426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ todayUtc),
/* harmony export */   U$: () => (/* binding */ dayNumber),
/* harmony export */   fi: () => (/* binding */ addDays)
/* harmony export */ });
/* unused harmony export formatDay */
// Whole UTC days as integers: no time zone can shift a comparison.
const MS_PER_DAY = 86_400_000;
function dayNumber(date) {
    const [y, m, d] = date.split('-').map(Number);
    const value = new Date(0);
    value.setUTCFullYear(y, m - 1, d);
    return Math.floor(value.getTime() / MS_PER_DAY);
}
function formatDay(day) {
    const value = new Date(day * MS_PER_DAY);
    const y = String(value.getUTCFullYear()).padStart(4, '0');
    const m = String(value.getUTCMonth() + 1).padStart(2, '0');
    const d = String(value.getUTCDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
}
function addDays(date, days) {
    return formatDay(dayNumber(date) + days);
}
/** Today in UTC as YYYY-MM-DD. */
function todayUtc(clock = () => new Date()) {
    return formatDay(Math.floor(clock().getTime() / MS_PER_DAY));
}


/***/ })

};
;