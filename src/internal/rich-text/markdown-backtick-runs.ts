/**
 * Where code spans can close. A code span ends at the next run of exactly as many backticks
 * as opened it; searching the rest of the text for it at every opener would be quadratic on
 * text such as `` e` e`` e``` ``, so the runs are indexed once, by length, and each list is
 * walked forward only.
 */
export class BacktickRuns {
  /** Start positions of backtick runs, by run length. */
  private readonly runs = new Map<number, number[]>();
  /** How far each list has been used: openers are met left to right. */
  private readonly cursors = new Map<number, number>();

  constructor(source: string) {
    const pattern = /`+/g;
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      const runs = this.runs.get(match[0].length) ?? [];
      runs.push(match.index);
      this.runs.set(match[0].length, runs);
    }
  }

  /** The start of the first run of exactly `length` backticks at or after `from`, or -1. */
  find(length: number, from: number): number {
    const runs = this.runs.get(length) ?? [];
    let cursor = this.cursors.get(length) ?? 0;
    while (cursor < runs.length && runs[cursor] < from) cursor++;
    this.cursors.set(length, cursor);
    return cursor < runs.length ? runs[cursor] : -1;
  }
}
