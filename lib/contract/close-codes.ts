/**
 * Every close code the collaboration socket sends, in one table. Codes 4400–4499 are final:
 * the page stops reconnecting and says what to do; the others are retried.
 */
export const CLOSE = {
  /** The server is stopping; reconnect to the next process. */
  shuttingDown: 1001,
  /** A text frame or a message type outside the protocol. */
  unsupported: 1003,
  /** A frame that does not decode, or content that cannot be applied. */
  invalidFrame: 1007,
  /** Too many messages (rate, or before the workspace loaded), or an awareness flood. */
  policy: 1008,
  /** A frame larger than the frame limit (sent by the socket library itself). */
  frameTooLarge: 1009,
  /** The store failed while the workspace was open; reconnect later. */
  storageError: 1011,
  /** The client reads too slowly: its send buffer passed the bound. */
  slowConsumer: 4008,
  /** The participant token sent on the socket is not valid for this link: register again. */
  participantRefused: 4401,
  /** The link was revoked. */
  revoked: 4403,
  /**
   * The operator replaced the workspace's stored log with an earlier version, and this
   * client's copy holds history that was dropped: start again from the server's copy.
   */
  restored: 4409,
  /** The workspace cannot be opened (newer schema, damaged data, store failure on load). */
  cannotOpen: 4422,
  /** Too many sockets for this workspace or from this address. */
  tooManySockets: 4429,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Whether a client should stop reconnecting after this close code. */
export function isFinalClose(code: number): boolean {
  return code >= 4400 && code <= 4499;
}
