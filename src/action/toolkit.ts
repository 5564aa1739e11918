// The one @actions/core the action uses. Bundled into dist/index.js, so the action runs without
// node_modules; but when a tool imports the bundle to run it (`npx @github/local-action .
// dist/index.js .env`), the tool's own @actions/core is taken instead, because that is the copy
// it instruments to show the outputs, summary and annotations it reports.
import * as bundled from '@actions/core';

export type Core = typeof bundled;

// A live binding: every module that imports `core` sees the one chosen here.
export let core: Core = bundled;

/** Use the @actions/core that the importing tool resolves, if there is one; else the bundled. */
export async function adoptHostCore(): Promise<void> {
  try {
    // webpackIgnore: resolved by Node at run time from dist/, not bundled by ncc.
    const host = (await import(/* webpackIgnore: true */ '@actions/core')) as Core;
    if (typeof host.setOutput === 'function' && typeof host.setFailed === 'function') core = host;
  } catch {
    // No node_modules (a runner): the bundled copy is the one.
  }
}
