import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../contract';
import { combineHandlers, handlerSet, type Handlers } from '../../../main/services/handler-table';

const answer = async () => ({ done: true });
/** Every contract method but app.quit, as one domain's set; app.quit is another's. */
const allButQuit = Object.fromEntries(METHOD_NAMES.filter((name) => name !== 'app.quit').map((name) => [name, answer])) as unknown as Omit<
  Handlers,
  'app.quit'
>;
const quit = handlerSet({ 'app.quit': async () => ({ done: false }) });

describe('combineHandlers', () => {
  it('joins the domains’ sets into one table answering every contract method', async () => {
    const table = combineHandlers(allButQuit, quit);
    expect(Object.keys(table).sort()).toEqual([...METHOD_NAMES].sort());
    expect(await table['app.quit']({})).toEqual({ done: false });
  });

  it('refuses a method two sets define', () => {
    const quitAgain = handlerSet({ 'app.quit': async () => ({ done: true }) });
    // @ts-expect-error app.quit is defined twice: tsc refuses it before the kiosk ever starts.
    expect(() => combineHandlers(allButQuit, quit, quitAgain)).toThrow('contract method app.quit has two handlers');
  });

  it('refuses a table that leaves a contract method unanswered', () => {
    // @ts-expect-error app.quit has no handler.
    expect(() => combineHandlers(allButQuit)).toThrow('contract methods without a handler: app.quit');
  });
});
