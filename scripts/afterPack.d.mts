// Types of afterPack.mjs, for the test that runs it on a fake packaged app.
export function afterPack(context: {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}): void;
