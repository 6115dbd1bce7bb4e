// The message of anything thrown, for saying what went wrong in a notice instead of rethrowing it.

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
