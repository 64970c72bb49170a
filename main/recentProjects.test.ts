import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentProjectsStore, MAX_RECENT_PROJECTS, RECENT_PROJECTS_FILE } from './recentProjects.ts';

let root: string;
let configDir: string;

function project(name: string): string {
  const path = join(root, `${name}.verbatim`);
  writeFileSync(path, 'placeholder');
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'verbatim-recent-'));
  configDir = join(root, 'config', 'nested');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('createRecentProjectsStore', () => {
  it('starts empty when no file exists and creates its folder on first write', () => {
    const store = createRecentProjectsStore(configDir);
    expect(store.list()).toEqual([]);
    const a = project('a');
    store.remember(a);
    expect(store.list()).toEqual([a]);
    const stored = JSON.parse(readFileSync(join(configDir, RECENT_PROJECTS_FILE), 'utf8')) as unknown;
    expect(stored).toEqual({ version: 1, projects: [a] });
  });

  it('lists the most recent first and moves a reopened project to the top without duplicating it', () => {
    const store = createRecentProjectsStore(configDir);
    const [a, b, c] = [project('a'), project('b'), project('c')];
    store.remember(a);
    store.remember(b);
    store.remember(c);
    expect(store.list()).toEqual([c, b, a]);
    store.remember(a);
    expect(store.list()).toEqual([a, c, b]);
  });

  it('stores normalised absolute paths so that two spellings of one file are one entry', () => {
    const store = createRecentProjectsStore(configDir);
    const a = project('a');
    store.remember(join(root, 'elsewhere', '..', 'a.verbatim'));
    store.remember(a);
    expect(store.list()).toEqual([a]);
  });

  it(`keeps at most ${MAX_RECENT_PROJECTS} projects`, () => {
    const store = createRecentProjectsStore(configDir);
    const paths = Array.from({ length: MAX_RECENT_PROJECTS + 3 }, (_, index) => project(`p${index}`));
    for (const path of paths) store.remember(path);
    const listed = store.list();
    expect(listed).toHaveLength(MAX_RECENT_PROJECTS);
    expect(listed[0]).toBe(paths.at(-1));
    expect(listed).not.toContain(paths[0]);
    expect(listed).not.toContain(paths[2]);
  });

  it('leaves missing projects out of list() but remembers them until forgotten', () => {
    const store = createRecentProjectsStore(configDir);
    const [a, b] = [project('a'), project('b')];
    store.remember(a);
    store.remember(b);
    rmSync(b);
    expect(store.list()).toEqual([a]);
    // The start page shows it marked missing (an unplugged disk comes back)...
    const c = project('c');
    store.remember(c);
    expect(store.remembered()).toEqual([c, b, a]);
    // ...until the user takes it off the list.
    store.forget(b);
    expect(store.remembered()).toEqual([c, a]);
    const stored = JSON.parse(readFileSync(join(configDir, RECENT_PROJECTS_FILE), 'utf8')) as {
      projects: string[];
    };
    expect(stored.projects).toEqual([c, a]);
  });

  it('forgets a path in the spelling of its file system', () => {
    const store = createRecentProjectsStore(configDir, { platform: 'darwin' });
    const a = project('a');
    store.remember(a);
    store.forget(a.toUpperCase());
    expect(store.remembered()).toEqual([]);
  });

  it('ignores a folder that carries a project name', () => {
    const store = createRecentProjectsStore(configDir);
    const a = project('a');
    store.remember(a);
    store.remember(root); // a directory, not a project file
    expect(store.list()).toEqual([a]);
  });

  it.each([
    ['not JSON at all', '{ this is not json'],
    ['the wrong shape', '["/a.verbatim"]'],
    ['null', 'null'],
    ['non-string entries', '{"version":1,"projects":[42,null,{"p":1}]}'],
  ])('tolerates a corrupt file (%s) and overwrites it on the next write', (_label, content) => {
    const store = createRecentProjectsStore(configDir);
    const a = project('a');
    store.remember(a); // creates the folder
    writeFileSync(join(configDir, RECENT_PROJECTS_FILE), content);
    expect(store.list()).toEqual([]);
    store.remember(a);
    expect(store.list()).toEqual([a]);
  });

  it('does not throw when the list cannot be written', () => {
    const blocker = join(root, 'blocker');
    writeFileSync(blocker, 'a file where the config folder should be');
    const store = createRecentProjectsStore(join(blocker, 'config'));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(() => store.remember(project('a'))).not.toThrow();
    } finally {
      console.warn = warn;
    }
    expect(store.list()).toEqual([]);
  });
});
