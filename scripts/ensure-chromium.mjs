// Makes sure Debian's Chromium and the label fonts are installed before the browser tests run.
// As root it installs them with apt-get; otherwise it stops with the exact command to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONTS = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
const COMMAND = 'apt-get update && apt-get install -y chromium fonts-noto-core fonts-dejavu-core';

if (existsSync(CHROMIUM) && existsSync(FONTS)) process.exit(0);
if (process.getuid?.() === 0) {
  console.log(`Chromium or fonts missing: running "${COMMAND}"`);
  execSync(COMMAND, {
    stdio: 'inherit',
    shell: '/bin/sh',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  `The browser tests need Debian's Chromium and fonts. Run as root:\n  sudo sh -c '${COMMAND}'`,
);
process.exit(1);
