// Shared by the XML readers (pom.xml, *.csproj, packages.config).

/** Replace comments with spaces, keeping offsets and line breaks. */
export function blankXmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
}
