import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { describeAdapterContract } from './adapter-contract.js';

describeAdapterContract('MemoryAdapter', () => ({ adapter: new MemoryAdapter() }));

describe('MemoryAdapter', () => {
  it('skips malformed initial records and keeps the good ones', async () => {
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const adapter = new MemoryAdapter([
        { id: 'a', title: 'Good', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
        { id: 'b', title: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
        'not a record',
      ]);
      const listed = await adapter.list();
      expect(listed.map((a) => a.title)).to.deep.equal(['Good']);
      expect(warnings).to.have.length(2);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('hands out copies, so a caller cannot change the stored record', async () => {
    const adapter = new MemoryAdapter();
    const created = await adapter.create({ title: 'Original' });
    created.title = 'Mutated';
    expect((await adapter.list())[0].title).to.equal('Original');
  });
});
