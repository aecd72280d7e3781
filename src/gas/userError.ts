/** A problem the user can fix, already worded in their language: the sidebar shows the message as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
