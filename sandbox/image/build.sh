#!/usr/bin/env bash
# Builds the sandbox runtime image offline from Debian's packages and PyPI wheels:
# debootstrap a minimal Debian root with python3, add numpy and pandas at the versions the
# grader uses, and `docker import` the folder. No container registry is needed.
#
# usage: build.sh IMAGE_TAG WORK_DIR
set -euo pipefail
tag="$1"
work="$2"
here="$(cd "$(dirname "$0")" && pwd)"
suite="${JUDGE_IMAGE_SUITE:-bookworm}"
mirror="${JUDGE_IMAGE_MIRROR:-http://deb.debian.org/debian}"
python="${JUDGE_IMAGE_HOST_PYTHON:-python3}"

for tool in debootstrap docker; do
    command -v "$tool" >/dev/null || { echo "build.sh: $tool is not installed" >&2; exit 1; }
done

mkdir -p "$work"
rootfs="$work/rootfs"
if [ ! -x "$rootfs/usr/bin/python3" ]; then
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include=python3 "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
fi

case "$(uname -m)" in
    x86_64) arch=x86_64 ;;
    aarch64) arch=aarch64 ;;
    *) echo "build.sh: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
pyver="$(chroot "$rootfs" /usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
site="$rootfs/usr/local/lib/python$pyver/dist-packages"
rm -rf "$site"
mkdir -p "$site"
"$python" -m pip install --quiet --disable-pip-version-check --no-warn-conflicts --no-compile \
    --target "$site" --only-binary=:all: --implementation cp --python-version "$pyver" \
    --platform "manylinux2014_$arch" --platform "manylinux_2_28_$arch" \
    -r "$here/runtime-requirements.txt"
# Bytecode, compiled by the image's own Python: the root is read-only at run time and the
# harness runs with -B, so without it every sandbox compiled numpy and pandas from source on
# import (about a second of CPU each time).
chroot "$rootfs" /usr/bin/python3 -m compileall -q -j 0 "/usr/local/lib/python$pyver/dist-packages" \
    >/dev/null

# The sandbox user owns nothing: the root file system is mounted read-only at run time.
rm -rf "$rootfs/var/cache/apt/archives"/*.deb "$rootfs/var/lib/apt/lists"/* 
tar -C "$rootfs" -c . | docker import \
    --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'USER 65534:65534' \
    --change 'WORKDIR /tmp' \
    - "$tag" >/dev/null
echo "built $tag"
