/** Why a part could not be started, and the exit code a command line should end with because of it. */
export class LaunchError extends Error {
  override name = 'LaunchError';
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
