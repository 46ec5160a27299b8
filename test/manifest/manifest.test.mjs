// The custom-elements manifest is how editors, Storybook's API tables and framework wrappers
// learn what the elements offer. These checks run the analyzer exactly as `npm run analyze`
// does and fail when something private leaks into the manifest, or when it points at files the
// package does not ship. Run with `node --test test/manifest/`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { outputName, PUBLIC_ENTRIES } from '../../scripts/entries.mjs';
import { htmlCustomData } from '../../scripts/vscode-custom-data.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readText = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const packageJson = JSON.parse(readText('package.json'));

const PUBLIC_TAGS = ['announcement-banner', 'announcement-editor', 'announcement-list', 'announcement-sidebar'];
const SEVERITIES = ['info', 'success', 'warning', 'critical'];
/** The elements that colour each announcement by its severity. */
const SEVERITY_COLOURED_TAGS = ['announcement-banner', 'announcement-list', 'announcement-sidebar'];

let manifest;

before(async () => {
  const [command, ...args] = packageJson.scripts.analyze.match(/"[^"]*"|\S+/g).map((token) => token.replace(/^"(.*)"$/, '$1'));
  assert.equal(command, 'cem', '`npm run analyze` runs the custom-elements analyzer');
  manifest = await cli({ argv: [...args, '--quiet'], cwd: root, noWrite: true });
});

const declarations = () => manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = () => declarations().filter((declaration) => declaration.customElement);
const element = (tag) => elements().find((declaration) => declaration.tagName === tag);
const membersAndAttributes = (declaration) => [...(declaration.members ?? []), ...(declaration.attributes ?? [])];

test('lists exactly the four public elements', () => {
  assert.deepEqual(elements().map((declaration) => declaration.tagName).sort(), PUBLIC_TAGS);
  const defined = manifest.modules.flatMap((module) => module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition');
  assert.deepEqual([...new Set(defined.map((entry) => entry.name))].sort(), PUBLIC_TAGS);
});

test('lists no private, protected or internal member', () => {
  const leaks = declarations().flatMap((declaration) =>
    membersAndAttributes(declaration)
      .filter((member) => member.privacy === 'private' || member.privacy === 'protected' || /^[_#]/.test(member.name))
      .map((member) => `${declaration.tagName ?? declaration.name}.${member.name}`),
  );
  assert.deepEqual(leaks, []);
  // What once leaked: the banner's internal queue and the elements' controllers and view state.
  const names = new Set(elements().flatMap((declaration) => membersAndAttributes(declaration).map((member) => member.name)));
  for (const internal of ['queue', 'currentId', 'pagingMessage', 'source', 'localize', 'view', 'styles', 'properties']) {
    assert.ok(!names.has(internal), `the manifest lists the internal member "${internal}"`);
  }
});

test('documents every listed member, attribute, event, part and custom property', () => {
  const undocumented = elements().flatMap((declaration) =>
    [...membersAndAttributes(declaration), ...(declaration.events ?? []), ...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])]
      .filter((item) => !item.description?.trim())
      .map((item) => `${declaration.tagName}: ${item.name}`),
  );
  assert.deepEqual(undocumented, []);
});

test('lists only the typed announcement-* events, each with its event class', () => {
  // The event classes and the names they are dispatched under, as declared in the source.
  const eventClasses = new Map(
    [...readText('src/events/announcement-events.ts').matchAll(/export class (\w+) extends Event \{\s*static readonly eventName = '([^']+)'/g)].map(
      ([, className, eventName]) => [eventName, className],
    ),
  );
  assert.ok(eventClasses.size >= 6, 'the event classes were found');
  for (const declaration of elements()) {
    for (const event of declaration.events ?? []) {
      assert.match(event.name ?? '(unnamed)', /^announcement-[a-z]+(-[a-z]+)*$/, `an event of <${declaration.tagName}>`);
      assert.equal(event.type?.text, eventClasses.get(event.name), `the type of ${event.name} on <${declaration.tagName}>`);
    }
  }
  const eventsOf = (tag) => (element(tag).events ?? []).map((event) => event.name).sort();
  assert.deepEqual(eventsOf('announcement-banner'), ['announcement-dismiss', 'announcement-error', 'announcement-read-more', 'announcement-show']);
  assert.deepEqual(eventsOf('announcement-list'), ['announcement-error', 'announcement-read-more']);
  assert.deepEqual(eventsOf('announcement-sidebar'), ['announcement-error']);
  assert.deepEqual(eventsOf('announcement-editor'), ['announcement-delete', 'announcement-error', 'announcement-publish']);
});

test('names only modules the package ships and exports', () => {
  const built = new Set(Object.values(PUBLIC_ENTRIES).map((sourceFile) => `dist/${outputName(sourceFile)}.js`));
  const exported = new Set(exportTargets(packageJson.exports).map((target) => target.replace(/^\.\//, '')));
  const declaredIn = new Map(manifest.modules.map((module) => [module.path, new Set((module.declarations ?? []).map((declaration) => declaration.name))]));
  const distBuilt = existsSync(new URL('../../dist/', import.meta.url));
  for (const module of manifest.modules) {
    assert.ok(built.has(module.path), `${module.path} is the build output of a public entry`);
    assert.ok(exported.has(module.path), `${module.path} is a target of package.json "exports"`);
    if (distBuilt) assert.ok(existsSync(new URL(`../../${module.path}`, import.meta.url)), `${module.path} exists in the build`);
    for (const entry of module.exports ?? []) {
      const { name, module: from } = entry.declaration;
      assert.ok(declaredIn.get(from)?.has(name), `${module.path} exports ${name} from ${from}, which declares it`);
    }
  }
});

test("lists each severity's colour properties on their own", () => {
  const names = (tag) => new Set((element(tag).cssProperties ?? []).map((property) => property.name));
  for (const tag of SEVERITY_COLOURED_TAGS) {
    for (const severity of SEVERITIES) {
      for (const property of [`--announcement-${severity}-color`, `--announcement-${severity}-background`]) {
        assert.ok(names(tag).has(property), `<${tag}> lists ${property}`);
      }
    }
  }
  for (const declaration of elements()) {
    for (const property of declaration.cssProperties ?? []) {
      assert.match(property.name, /^--announcement(-[a-z]+)+$/, `a custom property of <${declaration.tagName}> is one real name`);
    }
  }
});

test('the VS Code data offers the same tags and attributes', () => {
  const data = htmlCustomData(manifest);
  assert.deepEqual(data.tags.map((tag) => tag.name).sort(), PUBLIC_TAGS);
  for (const tag of data.tags) {
    const attributes = (element(tag.name).attributes ?? []).map((attribute) => attribute.name);
    assert.deepEqual(tag.attributes.map((attribute) => attribute.name), attributes, `the attributes of <${tag.name}>`);
  }
  const values = (tag, attribute) =>
    data.tags.find((candidate) => candidate.name === tag).attributes.find((candidate) => candidate.name === attribute)?.values?.map((value) => value.name);
  assert.deepEqual(values('announcement-banner', 'placement'), ['inline', 'top', 'bottom']);
  assert.deepEqual(values('announcement-sidebar', 'body-format'), ['markdown', 'html', 'text']);
});

/** Every file path in package.json `exports`, at any depth of conditions. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}
