import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { integerColumns, jsonColumns } from './numberColumns.ts';

describe('integerColumns', () => {
  it('reads each column of every row, aligned row by row, from a table or a view', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE spans (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, start INTEGER NOT NULL)');
    const insert = db.prepare('INSERT INTO spans (id, doc, start) VALUES (?, ?, ?)');
    for (const [id, doc, start] of [
      [7, 2, 40],
      [3, 1, 2 ** 40],
      [12, 2, 0],
    ])
      insert.run(id, doc, start);
    expect(integerColumns(db, 'spans', ['id', 'doc', 'start'])).toEqual([
      [3, 7, 12],
      [1, 2, 2],
      [2 ** 40, 40, 0],
    ]);
    db.exec('CREATE TEMP VIEW mine AS SELECT * FROM spans WHERE doc = 2');
    expect(integerColumns(db, 'mine', ['start', 'id'])).toEqual([
      [40, 0],
      [7, 12],
    ]);
    db.exec('DELETE FROM spans');
    expect(integerColumns(db, 'spans', ['id', 'doc'])).toEqual([[], []]);
    db.close();
  });

  it('reads text and nulls as they are, quotes and accents included', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE turns (speaker TEXT, at TEXT)');
    const insert = db.prepare('INSERT INTO turns (speaker, at) VALUES (?, ?)');
    insert.run('Enquêtrice "A"', null);
    insert.run(null, '00:01:02');
    insert.run('P3 \\ «x»\n', '');
    expect(jsonColumns(db, 'turns', ['speaker', 'at'])).toEqual([
      ['Enquêtrice "A"', null, 'P3 \\ «x»\n'],
      [null, '00:01:02', ''],
    ]);
    db.close();
  });
});
