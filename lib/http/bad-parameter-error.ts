/** A request parameter we refuse; data routes answer it with a 400 naming the parameter. */
export class BadParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}
