import { expect } from '@open-wc/testing';
import { describeFieldErrors, hasErrors, validateInput } from '../../src/model/validate.js';

describe('validateInput', () => {
  it('accepts a minimal announcement', () => {
    expect(validateInput({ title: 'Office closed on Friday' })).to.deep.equal({});
  });

  it('requires a title that is not only white space', () => {
    expect(validateInput({ title: '' }).title).to.equal('required');
    expect(validateInput({ title: ' \n\t ' }).title).to.equal('required');
    expect(validateInput({}).title).to.equal('required');
    expect(validateInput(null).title).to.equal('required');
  });

  it('requires a title a reader can see, not only control or zero-width characters', () => {
    for (const title of ['\u0000', '\u0000\u0000', '\u200b\u200b', '\ufeff', '\u200d \u2060', '\u3000']) {
      expect(validateInput({ title }).title, JSON.stringify(title)).to.equal('required');
    }
    expect(validateInput({ title: '\u200bOffice closed' })).to.deep.equal({});
  });

  it('counts the title after trimming, up to 200 characters', () => {
    expect(validateInput({ title: `  ${'a'.repeat(200)}  ` })).to.deep.equal({});
    expect(validateInput({ title: 'a'.repeat(201) }).title).to.equal('too-long');
  });

  it('allows an empty description and refuses one over 20,000 characters', () => {
    expect(validateInput({ title: 'T', body: '' })).to.deep.equal({});
    expect(validateInput({ title: 'T', body: 'b'.repeat(20_000) })).to.deep.equal({});
    expect(validateInput({ title: 'T', body: 'b'.repeat(20_001) }).body).to.equal('too-long');
  });

  it('refuses values of the wrong type instead of throwing', () => {
    expect(validateInput({ title: 42, body: ['x'], severity: 'loud', publishAt: 5 })).to.deep.equal({
      title: 'invalid-type',
      body: 'invalid-type',
      severity: 'invalid-severity',
      publishAt: 'invalid-date',
    });
  });

  it('accepts ISO 8601 instants with a zone and refuses everything else', () => {
    const ok = ['2027-03-31T21:59:59.999Z', '2027-03-31T23:59+02:00', '2027-03-31T23:59:59-05:00'];
    for (const value of ok) expect(validateInput({ title: 'T', expiresAt: value }), value).to.deep.equal({});
    const bad = ['2027-03-31', '2027-03-31T23:59', 'tomorrow', '2027-13-45T00:00:00Z', ''];
    for (const value of bad) expect(validateInput({ title: 'T', expiresAt: value }).expiresAt, value).to.equal('invalid-date');
  });

  it('refuses dates and times that do not exist instead of rolling them over', () => {
    const impossible = [
      '2030-02-30T00:00:00Z',
      '2030-02-29T00:00:00Z',
      '2030-04-31T00:00:00Z',
      '2030-01-01T24:00:00Z',
      '2030-01-01T23:60:00Z',
      '2030-01-01T23:59:60Z',
      '2030-01-01T00:00:00+24:00',
      '2030-01-00T00:00:00Z',
      '2030-00-10T00:00:00Z',
    ];
    for (const value of impossible) expect(validateInput({ title: 'T', expiresAt: value }).expiresAt, value).to.equal('invalid-date');
    for (const value of ['2032-02-29T00:00:00Z', '2000-02-29T23:59:59+14:00', '2030-12-31T23:59:59.999-12:00']) {
      expect(validateInput({ title: 'T', expiresAt: value }), value).to.deep.equal({});
    }
  });

  it('requires the expiry to come after the publish date', () => {
    const input = { title: 'T', publishAt: '2027-01-02T00:00:00Z', expiresAt: '2027-01-02T00:00:00Z' };
    expect(validateInput(input).expiresAt).to.equal('not-after-publish');
    expect(validateInput({ ...input, expiresAt: '2027-01-02T00:00:01Z' })).to.deep.equal({});
  });

  it('refuses an expiry in the past only when told what now is', () => {
    const input = { title: 'T', expiresAt: '2020-01-01T00:00:00Z' };
    expect(validateInput(input)).to.deep.equal({});
    expect(validateInput(input, { now: new Date('2026-01-01T00:00:00Z') }).expiresAt).to.equal('in-past');
  });

  it('summarises errors in one English line', () => {
    const errors = validateInput({ title: '', body: 'x'.repeat(20_001) });
    expect(hasErrors(errors)).to.equal(true);
    expect(describeFieldErrors(errors)).to.equal('title is required; body is too long');
  });
});
