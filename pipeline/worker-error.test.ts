/** An error posted from a worker thread (structured clone) comes back as what it was. */
import { describe, expect, it } from 'vitest';
import { ReadError } from './stages/read-error.ts';
import { reviveError, toWorkerError } from './worker-error.ts';

const roundTrip = (e: Error) => reviveError(structuredClone(toWorkerError(e)));

describe('worker errors', () => {
  it('an extraction error keeps its name, message and the worker stack trace (for --debug)', () => {
    const thrown = new TypeError('extractor "companies" failed on a.txt: boom');
    const back = roundTrip(thrown);
    expect(back.name).toBe('TypeError');
    expect(back.message).toBe(thrown.message);
    expect(back.stack).toBe(thrown.stack);
    expect(back.stack).toMatch(/worker-error\.test\.ts/);
  });

  it('a ReadError stays a ReadError with its path and reason', () => {
    const back = roundTrip(new ReadError('/in/a.txt', 'empty file'));
    expect(back).toBeInstanceOf(ReadError);
    expect(back).toMatchObject({ path: '/in/a.txt', reason: 'empty file' });
  });

  it('a thrown string becomes an Error with it as the message', () => {
    const back = reviveError(structuredClone(toWorkerError('plain')));
    expect(back).toBeInstanceOf(Error);
    expect(back.message).toBe('plain');
  });
});
