/** The element at `index`, or a thrown error: keeps tests free of non-null assertions. */
export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`no element at index ${index}`);
  return value;
}
