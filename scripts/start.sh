#!/usr/bin/env bash
# Command 1: install what is missing, build the web console, then PostgreSQL, Temporal (+ Web UI),
# API (serving the console), worker and a demo.
source "$(dirname "$0")/lib.sh"
require_node
install_dependencies
build_console
exec node scripts/up.mjs
