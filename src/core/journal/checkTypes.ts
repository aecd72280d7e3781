import type { CheckCode } from '../../shared/endpoints';

/** A finding before it is tied to a sheet: its cell and its rendered message. */
export interface Finding {
  row: number;
  column: number;
  code: CheckCode;
  message: string;
}
