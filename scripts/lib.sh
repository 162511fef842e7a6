# Shared by start.sh and test.sh: a Node that fits, and node_modules matching package-lock.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

require_node() {
  if ! command -v node >/dev/null; then
    echo "Node.js >= 20.19 is required (https://nodejs.org); it is not installed." >&2
    exit 1
  fi
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' || {
    echo "Node.js >= 20.19 is required; found $(node --version)." >&2
    exit 1
  }
}

# npm ci only when package-lock.json changed since the last install (or in CI, always).
install_dependencies() {
  local stamp=node_modules/.cxzy-lock-hash
  local hash
  hash=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "${CI:-}" = "true" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
    echo "[setup] npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$hash" > "$stamp"
  fi
}
