// `history show --format json`: the summary and the records, for other tools (valid JSON in which
// no line can read as a workflow command).
import { safeJson } from '../../report/escape.js';
import { DUE_WINDOW_DAYS, type HistoryView } from './view.js';

export function renderJson(view: HistoryView): string {
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
  return `${safeJson(json)}\n`;
}
