// npm package descriptors as lockfiles write them: `@scope/name@^1.0.0`, `alias@npm:real@^2`.

/** The package name of a descriptor such as `@scope/name@^1.0.0` or `name@npm:^2`. */
export function descriptorName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? descriptor : descriptor.slice(0, at);
}

/** `name@npm:real@^1` names `real`; any other descriptor names itself. */
export function npmAliasTarget(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  if (at === -1) return descriptor;
  const range = descriptor.slice(at + 1);
  return range.startsWith('npm:') ? descriptorName(range.slice(4)) : descriptor.slice(0, at);
}
