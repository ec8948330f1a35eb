// What every CLI command group gets: its arguments, a way to open the kiosk's services, and output.
import type { Kiosk } from '../services/kiosk';

export interface CliContext {
  args: string[];
  /** Opens the terminal's services over its data folder; closed by the CLI when the command ends. */
  openKiosk(): Promise<Kiosk>;
  out(text: string): void;
  err(text: string): void;
}

/** Returns the exit code: 0 done, 2 bad input (already explained on stdout or stderr). */
export type CliCommand = (ctx: CliContext) => Promise<number>;

export interface CliGroup {
  usage: string;
  run: CliCommand;
}
