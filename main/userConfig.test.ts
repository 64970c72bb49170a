import { describe, expect, it } from 'vitest';
import { defaultCoderName, defaultConfigDir } from './userConfig.ts';

describe('defaultConfigDir', () => {
  it('honours VERBATIM_CONFIG_DIR on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(defaultConfigDir({ env: { VERBATIM_CONFIG_DIR: '/tmp/v' }, platform, home: '/home/u' })).toBe(
        '/tmp/v',
      );
    }
  });

  it('uses XDG_CONFIG_HOME, then ~/.config on Linux', () => {
    expect(defaultConfigDir({ env: { XDG_CONFIG_HOME: '/x' }, platform: 'linux', home: '/home/u' })).toBe(
      '/x/verbatim',
    );
    expect(defaultConfigDir({ env: { XDG_CONFIG_HOME: '' }, platform: 'linux', home: '/home/u' })).toBe(
      '/home/u/.config/verbatim',
    );
  });

  it('uses %APPDATA%\\Verbatim on Windows and Application Support on macOS', () => {
    expect(
      defaultConfigDir({
        env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\u',
      }),
    ).toBe('C:\\Users\\u\\AppData\\Roaming\\Verbatim');
    expect(defaultConfigDir({ env: {}, platform: 'darwin', home: '/Users/u' })).toBe(
      '/Users/u/Library/Application Support/Verbatim',
    );
  });
});

describe('defaultCoderName', () => {
  it('is a non-empty name', () => {
    expect(defaultCoderName().trim()).not.toBe('');
  });
});
