// `history show`: the records become one view (./show/view.ts), which one renderer per format
// turns into text, markdown, JSON or a self-contained HTML page.
import type { GateRecord } from './record.js';
import { renderHtml } from './show/html.js';
import { renderJson } from './show/json.js';
import { renderMarkdown } from './show/markdown.js';
import { renderText } from './show/text.js';
import { historyView, type HistoryView } from './show/view.js';

export { CHART_RUNS, commitUrl, DUE_WINDOW_DAYS, runUrl } from './show/view.js';

export type HistoryFormat = 'text' | 'markdown' | 'json' | 'html';
export const HISTORY_FORMATS: readonly HistoryFormat[] = ['text', 'markdown', 'json', 'html'];

const RENDERERS: Record<HistoryFormat, (view: HistoryView) => string> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
  html: renderHtml,
};

export function renderHistory(records: readonly GateRecord[], format: HistoryFormat): string {
  return RENDERERS[format](historyView(records));
}
