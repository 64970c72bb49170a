import { foldedCode, foldWord, hashOfRange } from './tokenise.ts';

function hashOfForm(form: string): number {
  return hashOfRange(form, 0, form.length);
}

/**
 * The vocabulary of a word index: each distinct folded form once, with its id (its place in
 * `vocabulary`). `idOfRange` finds a word's id from its range in a document's text without
 * making a string: an open-addressing table of ids by a hash of the folded
 * codes, compared code by code with the form already kept. Only a form met for the first
 * time becomes a string. A project of 1.6 million words then makes a few thousand strings,
 * not 1.6 million (each also lower-cased and hashed again by a `Map`).
 */
export class FormTable {
  readonly vocabulary: string[] = [];
  private hashes = new Int32Array(1024);
  /** Id + 1 per slot, 0 for an empty slot; a power of two, at most half full. */
  private slots = new Int32Array(2048);

  /** The id of a folded form (added when new). */
  idOf(form: string): number {
    const hash = hashOfForm(form);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] ?? 0;
      if (held === 0) return this.add(form, hash, slot);
      if (this.hashes[held - 1] === hash && this.vocabulary[held - 1] === form) return held - 1;
    }
  }

  /**
   * The id of the word at [start, end) of `text`, `hash` being hashOfRange(text, start, end):
   * the id of `foldWord(text.slice(start, end))`, for a text that foldsByUnit.
   */
  idOfRange(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] ?? 0;
      if (held === 0) return this.add(foldWord(text.slice(start, end)), hash, slot);
      const id = held - 1;
      if (this.hashes[id] !== hash) continue;
      const form = this.vocabulary[id] ?? '';
      if (form.length !== length) continue;
      let i = 0;
      while (i < length && form.charCodeAt(i) === foldedCode(text.charCodeAt(start + i))) i++;
      if (i === length) return id;
    }
  }

  private add(form: string, hash: number, slot: number): number {
    const id = this.vocabulary.length;
    this.vocabulary.push(form);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.vocabulary.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.vocabulary.length; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}
