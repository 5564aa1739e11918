// @yarnpkg/lockfile ships no types: the one function used here. It is a CommonJS bundle that
// also sets __esModule, so loaders disagree on where `parse` lands (see readers/yarn-lock.ts).
declare module '@yarnpkg/lockfile' {
  export type ParseResult = {
    type: 'success' | 'merge' | 'conflict';
    object: Record<string, unknown>;
  };
  export const parse: ((source: string) => ParseResult) | undefined;
  const lockfile: { parse?: (source: string) => ParseResult } | undefined;
  export default lockfile;
}
