// What the app says about itself, and what only an admin may ask of the shell around it.
import type { CourtGateway } from './court/court-gateway';
import { handlerSet } from './handler-table';

export interface ShellControl {
  leaveKioskMode(): Promise<boolean>;
  quit(): Promise<boolean>;
}

export interface AppHandlerDeps {
  version: string;
  shell: 'electron' | 'browser';
  court: () => Promise<CourtGateway>;
  /** A shell that cannot do it answers false. */
  shellControl: ShellControl;
}

export const appHandlers = ({ version, shell, court, shellControl }: AppHandlerDeps) =>
  handlerSet({
    'app.info': async () => ({ name: 'court-kiosk', version, shell, court: (await court()).kind }),
    'app.leaveKioskMode': async () => ({ done: await shellControl.leaveKioskMode() }),
    'app.quit': async () => ({ done: await shellControl.quit() }),
  });
