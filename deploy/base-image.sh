#!/usr/bin/env bash
# Builds the service image's base offline from Debian's packages: debootstrap a minimal Debian
# root with Python (and venv), CA certificates and CodeMirror for the problem page's editor,
# then `docker import` the folder. No container registry is needed; where one is reachable,
# the Dockerfile takes an ordinary Python image instead (--build-arg BASE=python:3.11-slim).
#
# usage: base-image.sh IMAGE_TAG WORK_DIR
set -euo pipefail
tag="$1"
work="$2"
suite="${JUDGE_IMAGE_SUITE:-bookworm}"
mirror="${JUDGE_IMAGE_MIRROR:-http://deb.debian.org/debian}"
packages="python3,python3-venv,ca-certificates,libjs-codemirror"

for tool in debootstrap docker; do
    command -v "$tool" >/dev/null || { echo "base-image.sh: $tool is not installed" >&2; exit 1; }
done

mkdir -p "$work"
rootfs="$work/rootfs"
# a root from an earlier, interrupted run is started again
if [ ! -f "$rootfs/.complete" ]; then
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
    rm -rf "$rootfs/var/cache/apt/archives"/*.deb "$rootfs/var/lib/apt/lists"/*
    touch "$rootfs/.complete"
fi
tar -C "$rootfs" --exclude=./.complete -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["/bin/bash"]' \
    - "$tag" >/dev/null
echo "built $tag"
