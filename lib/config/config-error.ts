/** A setting is missing or malformed. The message names the variable, never its value. */
export class ConfigError extends Error {
  override name = "ConfigError";

  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
  }
}
