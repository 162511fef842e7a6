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

# The console's end-to-end tests drive Debian's Chromium (playwright-core never downloads a browser):
# install it when it is missing and we may (root, or passwordless sudo); otherwise say what to do.
ensure_chromium() {
  local packages=()
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
    packages+=(chromium)
  fi
  # A CJK font, so the screenshots the tests save show Chinese text (not boxes); checked on its own
  # because a machine may have Chromium without one.
  if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then packages+=(fonts-wqy-zenhei); fi
  [ ${#packages[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
      echo "The console's end-to-end tests need ${packages[*]}: install (apt-get install -y ${packages[*]}) or set CHROMIUM_PATH." >&2
      [[ " ${packages[*]} " == *" chromium "* ]] && exit 1
      return 0
    fi
  fi
  if ! command -v apt-get >/dev/null; then
    echo "The console's end-to-end tests need ${packages[*]} and there is no apt-get here: install them or set CHROMIUM_PATH." >&2
    [[ " ${packages[*]} " == *" chromium "* ]] && exit 1
    return 0
  fi
  echo "[setup] apt-get install ${packages[*]} (for the console's end-to-end tests)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
}

# The web console's production build (dist/console), which the API serves under /console/.
build_console() {
  echo "[setup] building the web console (dist/console)"
  npx vite build --config apps/console/vite.config.ts --logLevel warn
}
