// Admin / provisioning CLI over the same services as the kiosk: `npm run -s cli -- <group> <command>`.
import { appVersion, defaultDataDir, findAppRoot } from './shared/install-locations';
import { auditCommand } from './cli/audit-command';
import type { CliGroup } from './cli/command';
import { configCommand } from './cli/config-command';
import { exportCommand } from './cli/export-command';
import { feeCommand } from './cli/fee-command';
import { hubCommand } from './cli/hub-command';
import { imeCommand } from './cli/ime-command';
import { printCommand } from './cli/print-command';
import { receiptCommand } from './cli/receipt-command';
import { reliefCommand } from './cli/relief-command';
import { riskCommand } from './cli/risk-command';
import { staffCommand } from './cli/staff-command';
import { createKiosk, type Kiosk } from './services/kiosk';

const groups: Record<string, CliGroup> = {
  config: configCommand,
  fee: feeCommand,
  risk: riskCommand,
  relief: reliefCommand,
  receipt: receiptCommand,
  print: printCommand,
  staff: staffCommand,
  audit: auditCommand,
  export: exportCommand,
  hub: hubCommand,
  ime: imeCommand,
};

async function main([group = '', ...args]: string[]): Promise<number> {
  const command = groups[group];
  if (!command) {
    console.error(['usage:', ...Object.values(groups).map((g) => `  cli ${g.usage}`)].join('\n'));
    return 2;
  }
  let kiosk: Kiosk | undefined;
  const openKiosk = async () => {
    const appRoot = findAppRoot();
    kiosk ??= await createKiosk({ dataDir: defaultDataDir(), appRoot, shell: 'browser', version: appVersion(appRoot) });
    return kiosk;
  };
  try {
    return await command.run({ args, openKiosk, out: (t) => console.log(t), err: (t) => console.error(t) });
  } finally {
    await kiosk?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
