// Checked array access (the project compiles with noUncheckedIndexedAccess).

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new RangeError(`index ${index} out of range (length ${items.length})`);
  }
  return item;
}

export const first = <T>(items: readonly T[]): T => at(items, 0);

export const last = <T>(items: readonly T[]): T => at(items, items.length - 1);
