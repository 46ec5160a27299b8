// The README's mounting examples (docs/examples/), run as they are: the handler on Node's own
// http server and in Express, with a session-cookie `authorize`.
import { after, before, describe, test } from 'node:test';
import { expressApp } from '../../docs/examples/express-app.mjs';
import { nodeServer } from '../../docs/examples/node-http.mjs';
import { assertQuotedInReadme, checkMounted, startMounted } from './support/mounted-examples.mjs';

const MOUNTS = [
  { name: 'Node http', example: 'node-http.mjs', mount: nodeServer },
  { name: 'Express', example: 'express-app.mjs', mount: expressApp },
];

for (const { name, example, mount } of MOUNTS) {
  describe(`mounted on ${name}`, () => {
    /** @type {Awaited<ReturnType<typeof startMounted>>} */
    let portal;
    before(async () => {
      portal = await startMounted(mount);
    });
    after(() => portal?.close());

    test('no session is a 401, clients read, only staff write, and the event stream hears the write', () => checkMounted(portal.base));

    test('the README shows the example as it is tested', () => assertQuotedInReadme(['announcements-service.mjs', example]));
  });
}
