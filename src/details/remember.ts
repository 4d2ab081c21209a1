/**
 * `derive`, recomputed only when an argument changes (by identity): the same object while nothing
 * changes, so a property binding does not make a child re-render.
 */
export function remember<A, B, R>(derive: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; result: R } | undefined;
  return (a, b) => {
    if (!last || last.a !== a || last.b !== b) last = { a, b, result: derive(a, b) };
    return last.result;
  };
}
