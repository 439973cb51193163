#!/bin/sh
# Runs a validator on a packaging file when the validator is installed;
# skips (exit 77, CTest's SKIP_RETURN_CODE here) with a message otherwise.
#   validate.sh PACKAGE TOOL [ARGS...] FILE
package=$1
tool=$2
shift 2
if ! command -v "$tool" > /dev/null 2>&1; then
    echo "skipped: $tool is not installed (Debian package: $package; tools/install-deps installs it)"
    exit 77
fi
exec "$tool" "$@"
