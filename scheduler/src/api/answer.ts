// The shape every route returns, and the two ways to build one; shared by the route files.
export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export const json = (status: number, body: unknown): ApiResponse => ({ status, body });

/** An error answer: `{ error }` with a message that says what is wrong. */
export const problem = (status: number, message: string): ApiResponse =>
  json(status, { error: message });
