#!/usr/bin/env bash
# scripts/deps.sh: install, with apt-get, what building and testing commerce_seed
# needs on Debian 12, skipping the package index update when all is present.
set -euo pipefail

PGVER=${PGVER:-15}
PKGS=(make gcc postgresql-$PGVER postgresql-server-dev-$PGVER postgresql-contrib
      postgresql-common libipc-run-perl ${EXTRA_PKGS:-})

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

missing=()
for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    # Debian's postgresql-common would create and start a default cluster;
    # ours start their own, so keep the package from doing it.
    $SUDO mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/commerce_seed.conf >/dev/null
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
