/** One row or feature that could not be used, worded for the user. */
export interface RowProblem {
  file: string;
  /**
   * Delimited text: the line where the record starts (the header is line 1),
   * so it is the record number unless a quoted field spans lines, and always
   * the line a text editor shows. Features: the feature number, from 1.
   */
  row: number;
  message: string;
}

/** A whole file that cannot be read; the message says what to do. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ImportError';
  }
}

/** Keeps the first problems verbatim and counts the rest, so a broken 1M-row file stays cheap. */
export class ProblemLog {
  readonly items: RowProblem[] = [];
  total = 0;

  constructor(
    readonly file: string,
    private readonly keep = 1000,
  ) {}

  add(row: number, message: string): void {
    this.total++;
    if (this.items.length < this.keep) this.items.push({ file: this.file, row, message });
  }
}
