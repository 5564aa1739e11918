// Where a file stands (SPEC section 9): the context of every evidence item found in it, decided
// from path conventions alone. The order of the checks is the order of strength: a vendored or
// generated copy says nothing of the repository's own use, whatever folder holds it; a fixture
// under `test/` is a fixture; a test under `examples/` is an example's test, still a test.
import type { EvidenceContext } from '../model.js';

/** Folders whose contents are other people's code, copied in. */
const VENDORED_DIRS = new Set([
  'node_modules',
  'vendor',
  'vendors',
  'third_party',
  'third-party',
  'thirdparty',
  'site-packages',
  'bower_components',
  'jspm_packages',
  '.venv',
  'venv',
]);
/** Folders of build output. */
const GENERATED_DIRS = new Set(['dist', 'build', 'out', '.next', '.nuxt', 'target', 'coverage']);
/** Recorded or canned data that tests load. */
const FIXTURE_DIRS = new Set([
  'fixtures',
  'fixture',
  '__fixtures__',
  'testdata',
  'test-data',
  'test_data',
  'cassettes',
  '__snapshots__',
  'snapshots',
  'mocks',
  '__mocks__',
]);
// Developer tooling (a linter's deny-list of hosts, devtools) runs on developers' machines and in
// CI checks, never with production data: it counts with the tests.
const TEST_DIRS = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'e2e',
  'testing',
  'devtools',
  'lint',
  'linter',
  'linters',
]);
const EXAMPLE_DIRS = new Set([
  'examples',
  'example',
  'samples',
  'sample',
  'demo',
  'demos',
  'cookbook',
  'cookbooks',
  'notebooks',
  'playground',
  'tutorials',
  'tutorial',
]);
const DOCS_DIRS = new Set(['docs', 'doc', 'documentation', 'website']);

// A patch changes another project's code (patch-package's `patches/`, a harness a benchmark
// applies its changes to): what it adds runs there, as vendored code does.
const PATCH_FILE = /\.(?:patch|diff)$/i;
const GENERATED_FILE =
  /(?:\.min\.(?:js|mjs|cjs|css)|\.map|\.generated\.[^/]+|\.gen\.[^/]+|_pb2(?:_grpc)?\.pyi?|\.pb\.go|_generated\.go|\.g\.dart|\.designer\.cs|\.bundle\.js|\.chunk\.js)$/i;
const TEST_FILE =
  /(?:_test\.(?:go|py|rb|exs?)|\.(?:test|spec)\.[cm]?[jt]sx?|^test_[^/]*\.py|^conftest\.py|_spec\.rb|Tests?\.(?:java|kt|kts|cs|swift|scala)|Spec\.(?:kt|scala|groovy)|_tests?\.rs)$/;
const DOCS_FILE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;
const TEMPLATE_FILE =
  /(?:^\.env\.(?:example|sample|template|dist|defaults)|\.(?:example|sample|template|tmpl|dist|tpl))$/i;
/**
 * A configuration file named as an example anywhere in its name (`librechat.example.yaml`,
 * `mcp_config_example.json`, `requirements-examples.txt`) or as a template between dots
 * (`config.template.json`): a word of its own, so `sampler.yaml` stays what it is, and
 * `config_template.yml`, which a program may embed as its defaults, stays runtime.
 */
const CONFIG_TEMPLATE_FILE =
  /(?:(?:^|[._-])(?:examples?|samples?)[._-]|\.(?:template|tmpl|tpl)\.)(?:[^/]*\.)?(?:ya?ml|json|jsonc|toml|ini|cfg|conf|properties|env|txt)$/i;
/** The environment a test suite loads (fake keys): `.env.test`, `.env.testing`. */
const TEST_ENV_FILE = /^\.env\.test(?:ing)?(?:\.local)?$/i;
/** Source named as an example (`example_usage.py`, `basic-example.ts`): a word of its own. */
const EXAMPLE_FILE = /(?:^|[._-])examples?[._-][^/]*$/i;
/** .NET and other test projects: `Core.Tests`, `Api.UnitTests`, `Service.FunctionalTests`. */
const TEST_PROJECT_DIR = /[._-](?:unit|functional|integration|acceptance|e2e)?tests?$/;
const CI_FILE =
  /^(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.yml|Jenkinsfile|appveyor\.ya?ml|cloudbuild\.ya?ml|buildkite\.ya?ml|action\.ya?ml)$/;

/**
 * The context of a repository-relative path (`/` separators). `hint` is what an ecosystem reader
 * knows (a development dependency is `test`): a stronger path context wins over it, and it wins
 * over `runtime`.
 */
export function contextOf(file: string, hint?: EvidenceContext): EvidenceContext {
  const fromPath = pathContext(file);
  if (fromPath !== 'runtime') return fromPath;
  return hint ?? 'runtime';
}

/** What a folder path says, whatever file is in it: computed once per folder. */
interface DirFacts {
  vendored: boolean;
  generated: boolean;
  fixture: boolean;
  ci: boolean;
  test: boolean;
  example: boolean;
  docs: boolean;
}

/** Facts by folder; cleared when large, so a sweep over many trees stays bounded. */
const dirFacts = new Map<string, DirFacts>();
const DIR_FACTS_MAX = 50_000;

/** Where a JVM source tree's package folders start: `src/main/java/…` (`com/example/demo`). */
const JVM_SOURCES = new Set(['java', 'kotlin', 'scala', 'groovy', 'resources']);

function factsOf(dir: string): DirFacts {
  const known = dirFacts.get(dir);
  if (known) return known;
  const dirs = dir === '' ? [] : dir.split('/');
  // Below `src/main/java` the folders are a package name, not a layout: Spring Initializr's
  // `com.example.demo` is an application's own code, not an example.
  const main = dirs.findIndex(
    (d, i) => d === 'src' && dirs[i + 1] === 'main' && JVM_SOURCES.has(dirs[i + 2] ?? ''),
  );
  const lower = (main === -1 ? dirs : dirs.slice(0, main + 3)).map((d) => d.toLowerCase());
  const facts: DirFacts = {
    vendored: lower.some((d) => VENDORED_DIRS.has(d)),
    generated: lower.some((d) => GENERATED_DIRS.has(d)),
    fixture: lower.some((d) => FIXTURE_DIRS.has(d)),
    ci:
      (lower[0] === '.github' && (lower[1] === 'workflows' || lower[1] === 'actions')) ||
      lower[0] === '.circleci' ||
      lower[0] === '.buildkite' ||
      (lower[0] === '.gitlab' && lower[1] === 'ci'),
    test:
      lower.some((d) => TEST_DIRS.has(d) || TEST_PROJECT_DIR.test(d)) ||
      // Maven and Gradle keep tests in src/test/…
      dirs.some((d, i) => d === 'src' && (dirs[i + 1] === 'test' || dirs[i + 1] === 'androidTest')),
    example: lower.some((d) => EXAMPLE_DIRS.has(d)),
    docs: lower.some((d) => DOCS_DIRS.has(d)),
  };
  if (dirFacts.size >= DIR_FACTS_MAX) dirFacts.clear();
  dirFacts.set(dir, facts);
  return facts;
}

function pathContext(file: string): EvidenceContext {
  const slash = file.lastIndexOf('/');
  const name = file.slice(slash + 1);
  const dir = factsOf(slash === -1 ? '' : file.slice(0, slash));
  if (dir.vendored || PATCH_FILE.test(name)) return 'vendored';
  if (dir.generated || GENERATED_FILE.test(name)) return 'generated';
  if (dir.fixture) return 'fixture';
  if (dir.ci || CI_FILE.test(name)) return 'ci';
  if (TEMPLATE_FILE.test(name) || CONFIG_TEMPLATE_FILE.test(name)) return 'config-template';
  if (dir.test || TEST_FILE.test(name) || TEST_ENV_FILE.test(name)) return 'test';
  if (dir.example || /\.ipynb$/i.test(name) || EXAMPLE_FILE.test(name)) return 'example';
  if (DOCS_FILE.test(name) || dir.docs) return 'docs';
  return 'runtime';
}
