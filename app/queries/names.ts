/** Case- and accent-insensitive form of a code name, as the palette folds it: "Éthique " → "ethique". */
export function foldCodeName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase();
}
