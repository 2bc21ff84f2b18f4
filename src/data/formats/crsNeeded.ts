import type { CrsCode } from '../crsCodes';
import { ImportError } from '../importProblem';

/**
 * Thrown when the coordinate system cannot be known from the file: the UI
 * reacts by letting the user choose one and importing again with
 * `ImportOptions.crs`.
 */
export class CrsNeededError extends ImportError {
  readonly needsCrs = true;
  constructor(
    file: string,
    message: string,
    /** The systems to offer, those in which the file lands in Sweden first; `fitting` of them fit. */
    readonly choices: CrsCode[],
    readonly fitting: number,
  ) {
    super(file, message);
  }
}
