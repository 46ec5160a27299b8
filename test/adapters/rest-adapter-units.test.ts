import { expect } from '@open-wc/testing';
import { retryAfterMs, type HttpResult } from '../../src/adapters/rest/http.js';
import { errorFromResponse } from '../../src/adapters/rest/error-mapping.js';
import { HttpError } from '../../src/adapters/rest/problem.js';
import { REST_MODEL } from '../../src/adapters/rest/rest-adapter.js';
import { AdapterUnavailableError, ConflictError, ValidationError } from '../../src/model/errors.js';

const answer = (status: number, body: unknown): HttpResult => ({
  status,
  headers: new Headers({ 'Content-Type': 'application/problem+json' }),
  text: typeof body === 'string' ? body : JSON.stringify(body),
  attempts: 1,
});
const context = { request: 'PUT /api/announcements/a', id: 'a', readCurrent: () => undefined, model: REST_MODEL };

describe('RestAdapter internals', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(retryAfterMs('7', now)).to.equal(7000);
    expect(retryAfterMs('Sun, 01 Mar 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(retryAfterMs('Sun, 01 Mar 2026 09:00:00 GMT', now)).to.equal(0);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
  });

  it('understands field errors as an object or as a list of pointers', () => {
    const asObject = errorFromResponse(answer(422, { errors: { title: 'too-long', colour: 'required' } }), context);
    expect((asObject as ValidationError).fieldErrors).to.deep.equal({ title: 'too-long' });
    const asList = errorFromResponse(
      answer(422, { errors: [{ pointer: '#/expiresAt', code: 'not-after-publish' }, { pointer: '#/body', code: 'made-up' }] }),
      context,
    );
    expect((asList as ValidationError).fieldErrors).to.deep.equal({ expiresAt: 'not-after-publish', body: 'invalid-type' });
  });

  it('reads a variant’s field errors by position, as a name or a pointer', () => {
    const error = errorFromResponse(
      answer(422, { errors: [{ pointer: '#/variants/2/title', code: 'too-long' }, { field: 'variants.0.language', code: 'duplicate-language' }, { pointer: '#/variants/x/title', code: 'required' }] }),
      context,
    );
    expect((error as ValidationError).fieldErrors).to.deep.equal({ 'variants.2.title': 'too-long', 'variants.0.language': 'duplicate-language' });
    const named = errorFromResponse(answer(422, { errors: { audience: 'invalid-audience', dismissal: 'invalid-dismissal', 'variants.1.body': 'too-long' } }), context);
    expect((named as ValidationError).fieldErrors).to.deep.equal({ audience: 'invalid-audience', dismissal: 'invalid-dismissal', 'variants.1.body': 'too-long' });
  });

  it('treats 409 like 412, and anything unexpected as unavailable with the HTTP details', () => {
    expect(errorFromResponse(answer(409, { title: 'Conflict' }), context)).to.be.instanceOf(ConflictError);
    const forbidden = errorFromResponse(answer(403, { title: 'Forbidden', detail: 'Staff only' }), context);
    expect(forbidden).to.be.instanceOf(AdapterUnavailableError);
    const cause = forbidden.cause as HttpError;
    expect(cause).to.be.instanceOf(HttpError);
    expect(cause.status).to.equal(403);
    expect(cause.problem?.detail).to.equal('Staff only');
    expect(errorFromResponse(answer(502, '<html>Bad gateway</html>'), context).message).to.contain('answered 502');
  });
});
