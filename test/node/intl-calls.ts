/**
 * The calls `run` makes to `Intl`'s formatters (`format` of NumberFormat and DateTimeFormat, and
 * `supportedLocalesOf`), by name: for the tests that British English and Welsh never ask `Intl`, whose first use
 * on a page loads ICU's locale data.
 */
export function intlCalls(run: () => void): string[] {
  const calls: string[] = [];
  // `format` is a getter on the prototypes; supportedLocalesOf a plain method.
  const spy = (owner: object, key: string) => {
    const original = Object.getOwnPropertyDescriptor(owner, key)!;
    const counted: PropertyDescriptor = original.get
      ? {
          ...original,
          get(this: unknown) {
            calls.push(key);
            return original.get!.call(this);
          },
        }
      : {
          ...original,
          value(this: unknown, ...args: unknown[]) {
            calls.push(key);
            return (original.value as (...a: unknown[]) => unknown).apply(this, args);
          },
        };
    Object.defineProperty(owner, key, counted);
    return () => Object.defineProperty(owner, key, original);
  };
  const restore = [
    spy(Intl.NumberFormat.prototype, 'format'),
    spy(Intl.DateTimeFormat.prototype, 'format'),
    spy(Intl.DateTimeFormat.prototype, 'formatToParts'),
    spy(Intl.NumberFormat, 'supportedLocalesOf'),
  ];
  try {
    run();
  } finally {
    for (const r of restore) r();
  }
  return calls;
}
