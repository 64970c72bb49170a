// Types of electronFuses.mjs, for the tests that import it.
export type FuseName =
  | 'runAsNode'
  | 'enableCookieEncryption'
  | 'enableNodeOptionsEnvironmentVariable'
  | 'enableNodeCliInspectArguments'
  | 'enableEmbeddedAsarIntegrityValidation'
  | 'onlyLoadAppFromAsar'
  | 'loadBrowserProcessSpecificV8Snapshot'
  | 'grantFileProtocolExtraPrivileges';
export type FuseSettings = Partial<Record<FuseName, boolean>>;
export const FUSE_SENTINEL: string;
export const FUSE_WIRE_VERSION: number;
export const FUSE_WIRE_ORDER: readonly FuseName[];
export const ELECTRON_FUSES: Readonly<FuseSettings>;
export function setFuseWires(bytes: Buffer, fuses?: FuseSettings): number[];
export function readFuseWire(bytes: Buffer): Partial<Record<FuseName, boolean | 'removed'>>;
export function fuseFileOf(options: {
  appOutDir: string;
  platform: string;
  productFilename: string;
  executableName: string;
}): string;
export function flipFusesInFile(path: string, fuses?: FuseSettings): number;
