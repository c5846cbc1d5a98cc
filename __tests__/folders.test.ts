// Folder listings: a scan's listing reads no file metadata, and a read still bounds what it reads.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffFolders, folderSnapshot, walkFolder } from '../src/diff/folders.js';

describe('folder snapshots', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ea-folders-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'small.txt'), 'x');
    writeFileSync(join(dir, 'big.txt'), 'y'.repeat(100));
    symlinkSync(join(dir, 'big.txt'), join(dir, 'link.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists kinds without sizes unless asked', async () => {
    const plain = await walkFolder(dir);
    expect([...plain.values()].sort((x, y) => x.path.localeCompare(y.path))).toEqual([
      { path: 'a/small.txt', kind: 'file', size: 0 },
      { path: 'big.txt', kind: 'file', size: 0 },
      { path: 'link.txt', kind: 'link', size: 0 },
    ]);
    expect((await walkFolder(dir, true)).get('big.txt')?.size).toBe(100);
  });

  it('a read skips a file over the size limit and a link, and reads the rest', async () => {
    const r = await folderSnapshot(dir).read(['a/small.txt', 'big.txt', 'link.txt'], 10);
    expect(r.files.map((f) => [f.path, f.content.toString()])).toEqual([['a/small.txt', 'x']]);
    expect(r.skipped).toEqual([
      { file: 'big.txt', reason: '100 bytes exceeds max-file-size 10' },
      { file: 'link.txt', reason: 'symbolic link (not followed)' },
    ]);
  });

  it('two folders: a same-size edit is a modification', async () => {
    const other = mkdtempSync(join(tmpdir(), 'ea-folders-'));
    try {
      mkdirSync(join(other, 'a'));
      writeFileSync(join(other, 'a', 'small.txt'), 'z');
      writeFileSync(join(other, 'big.txt'), 'y'.repeat(101));
      const { changes } = await diffFolders(dir, other);
      expect(changes).toEqual([
        { status: 'modified', path: 'a/small.txt' },
        { status: 'modified', path: 'big.txt' },
        { status: 'deleted', path: 'link.txt' },
      ]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
