import { expect } from '@open-wc/testing';
import {
  dateTimeValueOf,
  dateValueOfExpiry,
  endOfDayInstant,
  instantOfWallTime,
  isValidTimeZone,
  localDateTimeInstant,
  parseDateValue,
  todayValue,
  zoneOffsetMs,
} from '../../../src/elements/announcement-editor/time-zone.js';

const HOUR = 3_600_000;

describe('editor time zones', () => {
  describe('zoneOffsetMs', () => {
    it('reads winter and summer offsets, half hours and UTC', () => {
      expect(zoneOffsetMs(Date.parse('2027-01-15T12:00:00Z'), 'Europe/Berlin')).to.equal(1 * HOUR);
      expect(zoneOffsetMs(Date.parse('2027-07-15T12:00:00Z'), 'Europe/Berlin')).to.equal(2 * HOUR);
      expect(zoneOffsetMs(Date.parse('2027-01-15T12:00:00Z'), 'America/New_York')).to.equal(-5 * HOUR);
      expect(zoneOffsetMs(Date.parse('2027-01-15T12:00:00Z'), 'Asia/Kolkata')).to.equal(5.5 * HOUR);
      expect(zoneOffsetMs(Date.parse('2027-01-15T12:00:00Z'), 'UTC')).to.equal(0);
    });
  });

  describe('endOfDayInstant ("Remove announcement after")', () => {
    it('is the last millisecond of that day in the firm zone', () => {
      expect(endOfDayInstant('2027-01-15', 'Europe/Berlin')).to.equal('2027-01-15T22:59:59.999Z');
      expect(endOfDayInstant('2027-07-15', 'Europe/Berlin')).to.equal('2027-07-15T21:59:59.999Z');
      expect(endOfDayInstant('2027-01-15', 'UTC')).to.equal('2027-01-15T23:59:59.999Z');
    });

    it('handles the spring-forward day and the day before it in Berlin', () => {
      // Summer time starts on Sunday 28 March 2027 at 02:00 CET: that day has 23 hours.
      expect(endOfDayInstant('2027-03-27', 'Europe/Berlin')).to.equal('2027-03-27T22:59:59.999Z');
      expect(endOfDayInstant('2027-03-28', 'Europe/Berlin')).to.equal('2027-03-28T21:59:59.999Z');
    });

    it('handles the fall-back day in Berlin (25 hours)', () => {
      expect(endOfDayInstant('2027-10-30', 'Europe/Berlin')).to.equal('2027-10-30T21:59:59.999Z');
      expect(endOfDayInstant('2027-10-31', 'Europe/Berlin')).to.equal('2027-10-31T22:59:59.999Z');
    });

    it('handles the DST change days in New York', () => {
      expect(endOfDayInstant('2027-03-13', 'America/New_York')).to.equal('2027-03-14T04:59:59.999Z');
      expect(endOfDayInstant('2027-03-14', 'America/New_York')).to.equal('2027-03-15T03:59:59.999Z');
      expect(endOfDayInstant('2027-11-07', 'America/New_York')).to.equal('2027-11-08T04:59:59.999Z');
    });

    it('works for zones far from the browser, across the date line', () => {
      expect(endOfDayInstant('2027-03-31', 'Asia/Kolkata')).to.equal('2027-03-31T18:29:59.999Z');
      expect(endOfDayInstant('2027-03-31', 'Pacific/Auckland')).to.equal('2027-03-31T10:59:59.999Z');
      // The same calendar day ends 25 hours apart on the two sides of the date line.
      const kiritimati = Date.parse(endOfDayInstant('2027-06-01', 'Pacific/Kiritimati')!);
      const pagoPago = Date.parse(endOfDayInstant('2027-06-01', 'Pacific/Pago_Pago')!);
      expect(pagoPago - kiritimati).to.equal(25 * HOUR);
    });

    it('ends a day whose successor never happened when the next day would have started', () => {
      // Samoa moved across the date line: 30 December 2011 was skipped in Apia.
      expect(endOfDayInstant('2011-12-29', 'Pacific/Apia')).to.equal('2011-12-30T09:59:59.999Z');
    });

    it('rolls over month and year ends, and refuses dates that do not exist', () => {
      expect(endOfDayInstant('2027-12-31', 'UTC')).to.equal('2027-12-31T23:59:59.999Z');
      expect(endOfDayInstant('2028-02-29', 'UTC')).to.equal('2028-02-29T23:59:59.999Z');
      expect(endOfDayInstant('2027-02-29', 'UTC')).to.equal(undefined);
      expect(endOfDayInstant('', 'UTC')).to.equal(undefined);
      expect(parseDateValue('2027-13-01')).to.equal(undefined);
    });

    it('round-trips through the date shown in the field', () => {
      for (const zone of ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata']) {
        for (const day of ['2027-03-14', '2027-03-28', '2027-04-04', '2027-10-31', '2027-11-07', '2027-12-31']) {
          expect(dateValueOfExpiry(endOfDayInstant(day, zone)!, zone), `${day} in ${zone}`).to.equal(day);
        }
      }
    });
  });

  describe('localDateTimeInstant ("Publish on")', () => {
    it('reads the value as the firm clock', () => {
      expect(localDateTimeInstant('2027-01-15T09:00', 'Europe/Berlin')).to.equal('2027-01-15T08:00:00.000Z');
      expect(localDateTimeInstant('2027-01-15T09:00', 'Asia/Kolkata')).to.equal('2027-01-15T03:30:00.000Z');
      expect(localDateTimeInstant('2027-01-15T09:00', 'Pacific/Auckland')).to.equal('2027-01-14T20:00:00.000Z');
    });

    it('moves a time in the skipped hour forward by the gap', () => {
      expect(localDateTimeInstant('2027-03-28T02:30', 'Europe/Berlin')).to.equal('2027-03-28T01:30:00.000Z');
      expect(localDateTimeInstant('2027-03-14T02:30', 'America/New_York')).to.equal('2027-03-14T07:30:00.000Z');
    });

    it('takes the first of a repeated hour', () => {
      expect(localDateTimeInstant('2027-10-31T02:30', 'Europe/Berlin')).to.equal('2027-10-31T00:30:00.000Z');
      expect(localDateTimeInstant('2027-11-07T01:30', 'America/New_York')).to.equal('2027-11-07T05:30:00.000Z');
    });

    it('round-trips through the datetime-local value', () => {
      const instant = localDateTimeInstant('2027-06-01T17:45', 'America/New_York')!;
      expect(dateTimeValueOf(instant, 'America/New_York')).to.equal('2027-06-01T17:45');
      expect(localDateTimeInstant('2027-06-01T25:00', 'UTC')).to.equal(undefined);
    });
  });

  it('knows valid zones, and today differs across the date line', () => {
    expect(isValidTimeZone('Europe/Berlin')).to.be.true;
    expect(isValidTimeZone('Mars/Olympus')).to.be.false;
    const now = Date.parse('2027-06-01T12:00:00Z');
    expect(todayValue('Pacific/Kiritimati', now)).to.equal('2027-06-02');
    expect(todayValue('Pacific/Pago_Pago', now)).to.equal('2027-06-01');
    expect(instantOfWallTime({ year: 2027, month: 6, day: 2, hour: 0, minute: 0 }, 'Pacific/Kiritimati')).to.equal(
      Date.parse('2027-06-01T10:00:00Z'),
    );
  });
});
