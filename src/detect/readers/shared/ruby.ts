// Shared by the Ruby readers: which Bundler groups hold development tools, not the program.

const DEVELOPMENT_GROUPS = new Set([
  'development',
  'test',
  'dev',
  'ci',
  'lint',
  'rubocop',
  'benchmark',
]);

export function isDevelopmentGroup(name: string): boolean {
  return DEVELOPMENT_GROUPS.has(name.toLowerCase());
}
