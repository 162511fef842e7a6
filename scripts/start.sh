#!/usr/bin/env bash
# Command 1: install what is missing, then PostgreSQL, Temporal (+ Web UI), API, worker and a demo.
source "$(dirname "$0")/lib.sh"
require_node
install_dependencies
exec node scripts/up.mjs
