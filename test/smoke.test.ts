import { expect } from '@open-wc/testing';
it('runs in a real browser with IndexedDB', async () => {
  expect(typeof indexedDB.open).to.equal('function');
});
