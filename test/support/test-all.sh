#!/bin/sh
# `npm test` after the lint: the type check runs beside the tests (one core, mostly while the emulators start
# and the first files import), and either failing fails the run. Arguments go to vitest (CI adds its reporters).
npx tsc --noEmit &
typecheck=$!
npx vitest run "$@"
tests=$?
wait "$typecheck"
types=$?
if [ "$types" -ne 0 ]; then
  echo "tsc --noEmit failed (its errors are above)." >&2
  exit "$types"
fi
exit "$tests"
